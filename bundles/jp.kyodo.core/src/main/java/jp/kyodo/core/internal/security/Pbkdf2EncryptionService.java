package jp.kyodo.core.internal.security;

import java.util.Map;
import org.apache.karaf.jaas.modules.Encryption;
import org.apache.karaf.jaas.modules.EncryptionService;
import org.osgi.service.component.annotations.Component;

/**
 * Makes {@link Pbkdf2Passwords} available to Karaf's JAAS login modules: etc/org.apache.karaf.jaas.cfg
 * sets {@code encryption.name = kyodo-pbkdf2}. Passwords an operator writes in clear into
 * users.properties are hashed by Karaf at that user's first login.
 */
@Component(
        service = {EncryptionService.class, Pbkdf2EncryptionService.class},
        property = "name=" + Pbkdf2EncryptionService.NAME)
public final class Pbkdf2EncryptionService implements EncryptionService {

    static final String NAME = "kyodo-pbkdf2";

    private final Pbkdf2Passwords passwords = new Pbkdf2Passwords(Pbkdf2Passwords.DEFAULT_ITERATIONS);

    @Override
    public Encryption createEncryption(Map<String, String> params) {
        return new Encryption() {
            @Override
            public String encryptPassword(String plain) {
                return passwords.hash(plain);
            }

            @Override
            public boolean checkPassword(String input, String stored) {
                return passwords.matches(input, stored);
            }
        };
    }

    /** The value Karaf stores between its {@code {CRYPT}} markers. */
    String hashForUsersFile(String plain) {
        return passwords.hash(plain);
    }
}
