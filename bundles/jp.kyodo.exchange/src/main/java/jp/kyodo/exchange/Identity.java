package jp.kyodo.exchange;

import java.time.Instant;

/**
 * This installation as its neighbours know it: its 全国地方公共団体コード and name (empty until an administrator
 * sets them) and the public half of its signing key, which the neighbours register.
 *
 * @param keyId names the key in every message: its RFC 7638 JWK thumbprint (SHA-256, base64url)
 * @param publicKey the raw 32-byte Ed25519 public key, base64url without padding (as in a JWK's {@code x})
 * @param previousKeyId the key before the last rotation, still accepted by neighbours who have not heard of the
 *     new one; null when the key was never rotated
 */
public record Identity(
        String municipalityCode,
        String municipalityName,
        String keyId,
        String publicKey,
        Instant keyCreatedAt,
        String previousKeyId) {

    /** Whether the city's code is set: nothing is sent or accepted before. */
    public boolean configured() {
        return !municipalityCode.isEmpty();
    }
}
