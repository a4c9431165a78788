package jp.kyodo.core.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The columns a JDBC store writes, named once. The text of the INSERT, the UPDATE and the select list
 * is derived from the list, and values are bound by column name at the positions the list gives, so
 * that no store keeps a column count or a parameter position by hand: a new column is one more name
 * here and one more value where the row is bound, and a forgotten value fails the first test that
 * writes a row. Read rows back by column label ({@code rs.getString("NAME_EN")}).
 *
 * <pre>
 * private static final Columns DETAILS = Columns.of("ID", "NAME_EN", "FOUNDED_ON", "MEMBERS_COUNT");
 * private static final String INSERT = DETAILS.insertInto("EVT_VENUE");
 *
 * try (PreparedStatement ps = c.prepareStatement(INSERT)) {
 *     DETAILS.values()
 *             .number("ID", id)
 *             .string("NAME_EN", v.nameEnglish())
 *             .date("FOUNDED_ON", v.foundedOn())      // null is bound as SQL NULL
 *             .integer("MEMBERS_COUNT", v.members())
 *             .bind(ps, 1);
 *     ps.executeUpdate();
 * }
 * </pre>
 *
 * Immutable and thread-safe; keep one per statement shape in a constant. Names are SQL identifiers
 * (letters, digits, {@code _}), never data. {@link Jdbc} does the other chores (generated keys, nullable
 * values read back, pages), {@link Sql} the {@code IN} lists.
 */
public final class Columns {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final List<String> names;
    private final Map<String, Integer> indexOf;

    private Columns(List<String> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no columns");
        }
        Map<String, Integer> index = new HashMap<>();
        for (String name : names) {
            if (!IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("not a column name: " + name);
            }
            if (index.put(name, index.size()) != null) {
                throw new IllegalArgumentException("column named twice: " + name);
            }
        }
        this.names = List.copyOf(names);
        this.indexOf = Map.copyOf(index);
    }

    /** The columns in the order they are written. */
    public static Columns of(String... names) {
        return new Columns(List.of(names));
    }

    /** These columns followed by more. */
    public Columns and(String... more) {
        List<String> all = new ArrayList<>(names);
        all.addAll(List.of(more));
        return new Columns(all);
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    /** The 1-based position of the column in this list (and so of its parameter in the derived SQL). */
    public int position(String column) {
        Integer i = indexOf.get(column);
        if (i == null) {
            throw new IllegalArgumentException("no column " + column + " in " + names);
        }
        return i + 1;
    }

    /** {@code A, B, C}: a select list. */
    public String list() {
        return String.join(", ", names);
    }

    /** {@code p.A, p.B, p.C}: a select list of a table with an alias in a join. */
    public String list(String alias) {
        return names.stream().map(n -> alias + "." + n).collect(Collectors.joining(", "));
    }

    /** {@code INSERT INTO T (A, B, C) VALUES (?, ?, ?)}. */
    public String insertInto(String table) {
        return "INSERT INTO " + table + " (" + list() + ") VALUES (" + Sql.placeholders(names.size()) + ")";
    }

    /**
     * {@code UPDATE T SET A = ?, B = ?, C = ?}; the caller appends further assignments and the {@code WHERE}
     * clause, whose parameters follow at {@code size() + 1}.
     */
    public String update(String table) {
        return "UPDATE " + table + " SET " + names.stream().map(n -> n + " = ?").collect(Collectors.joining(", "));
    }

    /** An empty row of values for these columns. */
    public Values values() {
        return new Values();
    }

    @Override
    public String toString() {
        return list();
    }

    /**
     * One value per column, set by name in any order and bound in the order of the columns. Null values
     * are bound as SQL NULL of the column's type.
     */
    public final class Values {

        private final Binding[] bindings = new Binding[names.size()];

        private Values() {}

        public Values string(String column, String value) {
            return set(column, (ps, i) -> {
                if (value == null) {
                    ps.setNull(i, Types.VARCHAR);
                } else {
                    ps.setString(i, value);
                }
            });
        }

        public Values integer(String column, Integer value) {
            return set(column, (ps, i) -> Jdbc.setInteger(ps, i, value));
        }

        /** A BIGINT, e.g. an id. */
        public Values number(String column, Long value) {
            return set(column, (ps, i) -> Jdbc.setLong(ps, i, value));
        }

        public Values bool(String column, Boolean value) {
            return set(column, (ps, i) -> {
                if (value == null) {
                    ps.setNull(i, Types.BOOLEAN);
                } else {
                    ps.setBoolean(i, value);
                }
            });
        }

        public Values date(String column, LocalDate value) {
            return set(column, (ps, i) -> Jdbc.setDate(ps, i, value));
        }

        public Values timestamp(String column, Instant value) {
            return set(column, (ps, i) -> Jdbc.setTimestamp(ps, i, value));
        }

        /**
         * Binds every column's value, the first column at parameter {@code first}.
         *
         * @return the parameter position after the last column (where a {@code WHERE} clause's parameters go)
         * @throws IllegalStateException when a column has no value (a bug: the list and the binding differ)
         */
        public int bind(PreparedStatement ps, int first) throws SQLException {
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < bindings.length; i++) {
                if (bindings[i] == null) {
                    missing.add(names.get(i));
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("no value for " + missing);
            }
            for (int i = 0; i < bindings.length; i++) {
                bindings[i].bind(ps, first + i);
            }
            return first + bindings.length;
        }

        private Values set(String column, Binding binding) {
            int i = position(column) - 1;
            if (bindings[i] != null) {
                throw new IllegalStateException("value of " + column + " set twice");
            }
            bindings[i] = binding;
            return this;
        }
    }

    @FunctionalInterface
    private interface Binding {
        void bind(PreparedStatement ps, int index) throws SQLException;
    }
}
