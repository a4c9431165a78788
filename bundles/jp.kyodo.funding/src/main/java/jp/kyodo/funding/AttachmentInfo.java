package jp.kyodo.funding;

import java.time.Instant;

/**
 * A document attached to an application (stored in the database).
 *
 * @param documentName which required document it is (or any other name)
 * @param fileName the name it was uploaded with
 * @param mediaType the type found in the content (never taken from the name): {@code application/pdf}, an
 *     Office type, {@code image/jpeg} or {@code image/png}
 * @param sha256 of the content, hexadecimal
 */
public record AttachmentInfo(
        long id,
        long applicationId,
        String documentName,
        String fileName,
        String mediaType,
        long sizeBytes,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {}
