package jp.kyodo.core.internal.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned SQL file, {@code V<version>__<description>.sql}. Public (in a package no bundle exports)
 * for the unit-test fixture, which applies bundles' migrations with the real runner.
 */
public record Migration(int version, String description, String sql) {

    private static final Pattern FILE_NAME = Pattern.compile("V(\\d{1,6})__([A-Za-z0-9_]+)\\.sql");

    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("migration versions start at 1: " + version);
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sql, "sql");
    }

    /** Parses a file name; empty when the name is not a migration (other files are ignored). */
    public static Optional<Migration> fromFile(String fileName, String content) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(
                new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), content));
    }

    /** SHA-256 of the file, with line endings normalised so a checkout on Windows does not differ. */
    String checksum() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(sql.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The statements of the file: split at semicolons that end a line; {@code --} comment lines
     * are dropped. Semicolons inside string literals at a line end are not supported (keep DDL
     * simple).
     */
    List<String> statements() {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                addIfNotBlank(result, current);
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        addIfNotBlank(result, current);
        return result;
    }

    private static void addIfNotBlank(List<String> result, StringBuilder statement) {
        String s = statement.toString().strip();
        if (!s.isEmpty()) {
            result.add(s);
        }
    }
}
