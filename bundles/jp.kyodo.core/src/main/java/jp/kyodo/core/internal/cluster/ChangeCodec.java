package jp.kyodo.core.internal.cluster;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An event's properties as one line of text in the change table: {@code key=Tvalue} entries separated by
 * newlines, T the type (S String, L Long, I Integer, B Boolean); backslash and newline in values escaped.
 */
final class ChangeCodec {

    private ChangeCodec() {}

    static String encode(Map<String, ?> properties) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, ?> e : properties.entrySet()) {
            String key = e.getKey();
            if (key.isEmpty() || key.indexOf('=') >= 0 || key.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("property name not allowed in the change feed: '" + key + "'");
            }
            Object v = e.getValue();
            char type;
            if (v instanceof String) {
                type = 'S';
            } else if (v instanceof Long) {
                type = 'L';
            } else if (v instanceof Integer) {
                type = 'I';
            } else if (v instanceof Boolean) {
                type = 'B';
            } else {
                throw new IllegalArgumentException("the change feed carries String, Long, Integer or Boolean, not "
                        + (v == null ? "null" : v.getClass().getName()) + " (" + key + ")");
            }
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(key).append('=').append(type);
            String text = v.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    default -> out.append(c);
                }
            }
        }
        return out.toString();
    }

    static Map<String, Object> decode(String text) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return properties;
        }
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            String key = line.substring(0, eq);
            char type = line.charAt(eq + 1);
            StringBuilder value = new StringBuilder();
            for (int i = eq + 2; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length()) {
                    char next = line.charAt(++i);
                    value.append(next == 'n' ? '\n' : next);
                } else {
                    value.append(c);
                }
            }
            String v = value.toString();
            properties.put(
                    key,
                    switch (type) {
                        case 'L' -> Long.valueOf(v);
                        case 'I' -> Integer.valueOf(v);
                        case 'B' -> Boolean.valueOf(v);
                        default -> v;
                    });
        }
        return properties;
    }
}
