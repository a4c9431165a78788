package jp.kyodo.core.internal.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.audit.AuditLog;
import jp.kyodo.core.internal.CoreConfiguration;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No default password: on first start, when no user has {@code kyodo-admin}, creates the
 * administrator from the password given at install time ({@code KYODO_ADMIN_PASSWORD}, or the
 * password file, which is deleted after use), or generates one and prints it once.
 */
@Component(
        immediate = true,
        service = {},
        configurationPid = CoreConfiguration.PID)
@Designate(ocd = CoreConfiguration.class)
public final class AdminBootstrap {

    static final String PASSWORD_ENV = "KYODO_ADMIN_PASSWORD";
    static final int MIN_PASSWORD_LENGTH = 10;
    /** Karaf's own administrators' group: lets the Kyodo administrator use the SSH console too. */
    static final String KARAF_ADMIN_GROUP = "_g_:admingroup";

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

    @Activate
    public AdminBootstrap(
            CoreConfiguration config, @Reference Pbkdf2EncryptionService encryption, @Reference AuditLog auditLog) {
        if (!"karaf".equals(config.realm())) {
            LOG.info(
                    "Staff accounts are managed in realm '{}' (e.g. LDAP); no administrator is created here",
                    config.realm());
            return;
        }
        String etc = System.getProperty("karaf.etc", "etc");
        UsersFile users = new UsersFile(pathOr(config.usersFile(), Paths.get(etc, "users.properties")));
        Path passwordFile = pathOr(config.adminPasswordFile(), Paths.get(etc, "kyodo-admin.password"));
        try {
            if (users.anyUserHasRole(Role.ADMIN.roleName())) {
                return;
            }
            if (users.hasUser(config.adminUser())) {
                LOG.error(
                        "User '{}' exists in {} but has no {} role; add the role by hand (see README)",
                        config.adminUser(),
                        users.path(),
                        Role.ADMIN.roleName());
                return;
            }
            create(config.adminUser(), users, passwordFile, encryption, auditLog);
        } catch (IOException e) {
            LOG.error("Cannot create the first administrator in {}", users.path(), e);
        }
    }

    private static void create(
            String user, UsersFile users, Path passwordFile, Pbkdf2EncryptionService encryption, AuditLog auditLog)
            throws IOException {
        String given = System.getenv(PASSWORD_ENV);
        String source = "environment variable " + PASSWORD_ENV;
        if ((given == null || given.isBlank()) && Files.isRegularFile(passwordFile)) {
            given = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream()
                    .findFirst()
                    .orElse("")
                    .strip();
            source = passwordFile.toString();
        }
        boolean generated = given == null || given.isBlank();
        if (!generated && given.length() < MIN_PASSWORD_LENGTH) {
            LOG.error(
                    "The administrator password from {} is shorter than {} characters; no administrator was created",
                    source,
                    MIN_PASSWORD_LENGTH);
            return;
        }
        String password = generated ? generate() : given;
        users.addUser(
                user,
                "{CRYPT}" + encryption.hashForUsersFile(password) + "{CRYPT}",
                List.of(Role.ADMIN.roleName(), KARAF_ADMIN_GROUP));
        if (!generated && passwordFile.toString().equals(source)) {
            Files.delete(passwordFile);
        }
        SecurityContext.runAs(
                Actor.system("core"),
                () -> auditLog.record(AuditAction.ADMIN, "core.User", user, "initial administrator created"));
        if (generated) {
            announce(user, password);
        } else {
            LOG.info("Created the administrator '{}' with the password from {}", user, source);
        }
    }

    /** Printed once, to the console that started Karaf; the log only says where to look. */
    @SuppressWarnings("java:S106") // the one place where the console, not the log, is right
    private static void announce(String user, String password) {
        String banner = String.join(
                System.lineSeparator(),
                "",
                "==================================================================",
                " Kyodo: 初期管理者を作成しました / first administrator created",
                "   user:     " + user,
                "   password: " + password,
                " このパスワードは一度だけ表示されます。ログイン後に変更してください。",
                " Shown only this once. Change it after your first login.",
                "==================================================================",
                "");
        System.out.println(banner);
        writeOwnerOnly(password);
        LOG.warn(
                "Created the administrator '{}' with a generated password; it was printed on the console once "
                        + "and written to data/kyodo/initial-admin-password (delete that file after the first login)",
                user);
    }

    private static void writeOwnerOnly(String password) {
        Path file = Paths.get(System.getProperty("karaf.data", "data"), "kyodo", "initial-admin-password");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data folder's ACL applies
            }
        } catch (IOException e) {
            LOG.error("Cannot write {}", file, e);
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    private static Path pathOr(String configured, Path fallback) {
        return configured == null || configured.isBlank() ? fallback : Paths.get(configured);
    }
}
