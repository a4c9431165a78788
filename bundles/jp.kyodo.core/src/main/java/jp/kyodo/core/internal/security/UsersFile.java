package jp.kyodo.core.internal.security;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Karaf's properties realm file: {@code user = password,role,…,_g_:group} and {@code _g_\:group =
 * group,role,…}. Read to find out whether an administrator exists, appended to for the first one.
 */
final class UsersFile {

    static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final String GROUP_PREFIX = "_g_:";

    private final Path file;

    UsersFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    /** Whether some user has {@code role}, directly or through a group. */
    boolean anyUserHasRole(String role) throws IOException {
        Properties p = load();
        for (String key : p.stringPropertyNames()) {
            if (!key.startsWith(GROUP_PREFIX) && rolesOf(p, key).contains(role)) {
                return true;
            }
        }
        return false;
    }

    boolean hasUser(String user) throws IOException {
        return load().containsKey(user);
    }

    private static Set<String> rolesOf(Properties p, String user) {
        Set<String> roles = new HashSet<>();
        String[] infos = p.getProperty(user, "").split(",");
        for (int i = 1; i < infos.length; i++) {
            String entry = infos[i].strip();
            if (entry.startsWith(GROUP_PREFIX)) {
                String[] group = p.getProperty(entry, "").split(",");
                for (int j = 1; j < group.length; j++) {
                    roles.add(group[j].strip());
                }
            } else {
                roles.add(entry);
            }
        }
        return roles;
    }

    /**
     * Appends a user line. The file is rewritten through a temporary file and a move, so a crash
     * never leaves it half written.
     */
    void addUser(String user, String storedPassword, Iterable<String> rolesAndGroups) throws IOException {
        if (!USER_NAME.matcher(user).matches()) {
            throw new IllegalArgumentException("invalid user name: " + user);
        }
        StringBuilder line = new StringBuilder(user).append(" = ").append(storedPassword);
        for (String r : rolesAndGroups) {
            line.append(',').append(r);
        }
        String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
        String updated = existing + (existing.isEmpty() || existing.endsWith("\n") ? "" : "\n") + line + "\n";
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, updated, StandardCharsets.ISO_8859_1);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Properties load() throws IOException {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = new StringReader(Files.readString(file, StandardCharsets.ISO_8859_1))) {
                p.load(r);
            }
        }
        return p;
    }
}
