package jp.kyodo.exchange.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * This installation's Ed25519 signing key in a folder of {@code etc/}: {@code signing-key.pem} (PKCS #8, readable
 * by the owner only) and {@code signing-key.pub.pem} (X.509). Made at the first start; a rotation keeps the key it
 * replaces as {@code previous-key*.pem}, which signs the announcement of the new one. Nodes of one city share the
 * folder's files (copy them), since neighbours know the city by one key.
 */
final class SigningKeys {

    /** X.509 SubjectPublicKeyInfo of an Ed25519 key, before its 32 raw bytes (RFC 8410). */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64URL_DECODER = Base64.getUrlDecoder();

    /** One key pair with its public key in the form neighbours register. */
    record Key(PrivateKey privateKey, String publicKey, String keyId, Instant createdAt) {}

    private final Path folder;
    private volatile Key current;
    private volatile Key previous;

    private SigningKeys(Path folder) {
        this.folder = folder;
    }

    /** The keys in the folder, making the first one when there is none. */
    static SigningKeys open(Path folder) {
        SigningKeys keys = new SigningKeys(folder);
        try {
            Files.createDirectories(folder);
            restrict(folder, "rwx------");
            if (!Files.exists(folder.resolve("signing-key.pem"))) {
                keys.write(
                        "signing-key", KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
            }
            keys.current = keys.read("signing-key");
            keys.previous = Files.exists(folder.resolve("previous-key.pem")) ? keys.read("previous-key") : null;
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the signing key in " + folder, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot use the signing key in " + folder, e);
        }
    }

    Key current() {
        return current;
    }

    /** The key the last rotation replaced, or null. */
    Key previous() {
        return previous;
    }

    /** Makes a new key; the current one becomes the previous one. */
    synchronized Key rotate() {
        try {
            for (String suffix : new String[] {".pem", ".pub.pem"}) {
                Files.move(
                        folder.resolve("signing-key" + suffix),
                        folder.resolve("previous-key" + suffix),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            write("signing-key", KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
            previous = read("previous-key");
            current = read("signing-key");
            return current;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rotate the signing key in " + folder, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot rotate the signing key in " + folder, e);
        }
    }

    static byte[] sign(Key key, byte[] data) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key.privateKey());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign", e);
        }
    }

    /** Whether the signature over the data is the given public key's (base64url raw); false for any bad input. */
    static boolean verify(String publicKey, byte[] data, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(publicKey(publicKey));
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The key from its raw 32 bytes in base64url.
     *
     * @throws IllegalArgumentException when the text is not 32 bytes of base64url
     */
    static PublicKey publicKey(String raw) {
        byte[] bytes = B64URL_DECODER.decode(raw);
        if (bytes.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + bytes.length);
        }
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
        System.arraycopy(bytes, 0, encoded, X509_PREFIX.length, 32);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The key's RFC 7638 JWK thumbprint (SHA-256, base64url): the {@code kid} of the messages it signs. */
    static String keyId(String raw) {
        String jwk = "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + raw + "\"}";
        try {
            return B64URL.encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(jwk.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(String name, KeyPair pair) throws IOException {
        Path privateFile = folder.resolve(name + ".pem");
        Files.deleteIfExists(privateFile);
        Files.createFile(privateFile);
        restrict(privateFile, "rw-------");
        Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        Files.writeString(
                folder.resolve(name + ".pub.pem"),
                pem("PUBLIC KEY", pair.getPublic().getEncoded()),
                StandardCharsets.US_ASCII);
    }

    private Key read(String name) throws IOException, GeneralSecurityException {
        Path privateFile = folder.resolve(name + ".pem");
        PrivateKey privateKey = KeyFactory.getInstance("Ed25519")
                .generatePrivate(new PKCS8EncodedKeySpec(unpem(Files.readString(privateFile))));
        byte[] spki = unpem(Files.readString(folder.resolve(name + ".pub.pem")));
        if (spki.length != X509_PREFIX.length + 32
                || !Arrays.equals(Arrays.copyOf(spki, X509_PREFIX.length), X509_PREFIX)) {
            throw new GeneralSecurityException(name + ".pub.pem is not an Ed25519 public key");
        }
        String raw = B64URL.encodeToString(Arrays.copyOfRange(spki, X509_PREFIX.length, spki.length));
        return new Key(
                privateKey,
                raw,
                keyId(raw),
                Files.getLastModifiedTime(privateFile).toInstant());
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END " + label + "-----\n";
    }

    private static byte[] unpem(String text) {
        String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static void restrict(Path path, String permissions) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
