package jp.kyodo.exchange.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The wire format between cities: JWS compact serialization (RFC 7515) signed with EdDSA over Ed25519 (RFC 8037),
 * the header naming the key ({@code kid}, its RFC 7638 thumbprint) and the type {@code kyodo-exchange+json}; the
 * payload a JSON {@link Envelope} (records or a key announcement), answered by a signed {@link Receipt}. Unknown
 * JSON fields are ignored, so a newer city can add some.
 */
final class Wire {

    static final String TYPE = "kyodo-exchange+json";
    static final String RECORDS = "records";
    static final String KEY = "key";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64URL_DECODER = Base64.getUrlDecoder();

    private Wire() {}

    /**
     * What one message carries.
     *
     * @param iss the sender's 全国地方公共団体コード
     * @param aud the recipient's
     * @param iat when it was signed, seconds since the epoch
     * @param jti its id (a UUID), refused when seen before
     * @param kind {@value #RECORDS} or {@value #KEY}
     */
    record Envelope(String iss, String aud, long iat, String jti, String kind, List<Item> records, Announcement key) {}

    /**
     * One shared record, or its withdrawal.
     *
     * @param v the type's codec version
     * @param id the record's id at the sender
     * @param rev the sender's outbox revision of this change
     */
    record Item(String type, int v, String id, long rev, String title, String payload, boolean withdrawn) {}

    /** A new signing key, announced signed with the old one. */
    record Announcement(String kid, String x) {}

    /** The answer to a message, signed by its recipient. */
    record Receipt(String iss, String aud, long iat, String jti, String inReplyTo, int accepted, int conflicts) {}

    /** The header of a message. */
    record Header(String alg, String kid, String typ) {}

    /** A message split into its parts; nothing verified yet. */
    record Parsed(Header header, byte[] payload, byte[] signingInput, byte[] signature) {}

    static String sign(SigningKeys.Key key, Object payload) {
        String header = b64(bytes(new Header("EdDSA", key.keyId(), TYPE)));
        String body = b64(bytes(payload));
        String signingInput = header + "." + body;
        byte[] signature = SigningKeys.sign(key, signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + b64(signature);
    }

    /**
     * Splits a compact JWS.
     *
     * @throws IllegalArgumentException with what is wrong when it is not one (three base64url parts, a JSON
     *     header with alg EdDSA)
     */
    static Parsed parse(String compact) {
        String text = compact.strip();
        String[] parts = text.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException(
                    "JWS compact serialization has 3 parts separated by '.', not " + parts.length);
        }
        Header header;
        byte[] payload;
        byte[] signature;
        try {
            header = JSON.readValue(B64URL_DECODER.decode(parts[0]), Header.class);
            payload = B64URL_DECODER.decode(parts[1]);
            signature = B64URL_DECODER.decode(parts[2]);
        } catch (IllegalArgumentException | IOException e) {
            throw new IllegalArgumentException("unreadable JWS: " + e.getMessage(), e);
        }
        if (header == null || !"EdDSA".equals(header.alg())) {
            throw new IllegalArgumentException(
                    "the JWS algorithm must be EdDSA, not " + (header == null ? null : header.alg()));
        }
        if (header.kid() == null || header.kid().isBlank()) {
            throw new IllegalArgumentException("the JWS header names no key (kid)");
        }
        return new Parsed(header, payload, (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII), signature);
    }

    /**
     * Reads JSON of the type.
     *
     * @throws IllegalArgumentException with Jackson's reason when it is not
     */
    static <T> T read(byte[] json, Class<T> type) {
        try {
            T value = JSON.readValue(json, type);
            if (value == null) {
                throw new IllegalArgumentException("empty JSON");
            }
            return value;
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "unreadable JSON: "
                            + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()),
                    e);
        }
    }

    static byte[] bytes(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return B64URL.encodeToString(bytes);
    }
}
