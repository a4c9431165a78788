package jp.kyodo.events.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An edition of the national event-list CSV, read from a data file ({@code <name>.layout}): one line per
 * column, {@code column name,field}, in file order; {@code -} for a column Kyodo ignores. The fields are
 * {@link #FIELDS}.
 */
record EventListLayout(String name, List<String> columns, Map<String, String> fieldOf) {

    /** What a column can carry. */
    static final Set<String> FIELDS = Set.of(
            "cityCode",
            "id",
            "cityName",
            "prefecture",
            "city",
            "title",
            "titleKana",
            "titleEn",
            "startDate",
            "endDate",
            "startTime",
            "endTime",
            "timeNote",
            "description",
            "feeBasic",
            "feeDetail",
            "contactName",
            "contactPhone",
            "contactExtension",
            "organiser",
            "place",
            "placeCityCode",
            "address",
            "building",
            "latitude",
            "longitude",
            "access",
            "parking",
            "capacity",
            "applyUntilDate",
            "applyUntilTime",
            "applyMethod",
            "url",
            "note",
            "-");

    /** The editions shipped with the bundle. */
    static final List<String> BUILT_IN = List.of("current", "2019");

    static EventListLayout parse(String name, BufferedReader in) throws IOException {
        List<String> columns = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int comma = text.lastIndexOf(',');
            if (comma <= 0) {
                throw new IllegalArgumentException("layout " + name + " line " + number + ": not 'column,field'");
            }
            String column = text.substring(0, comma).strip();
            String field = text.substring(comma + 1).strip();
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("layout " + name + " line " + number + ": unknown field " + field);
            }
            if (fields.containsKey(column)) {
                throw new IllegalArgumentException("layout " + name + " line " + number + ": column twice " + column);
            }
            columns.add(column);
            fields.put(column, field);
        }
        if (!fields.containsValue("title") || !fields.containsValue("startDate")) {
            throw new IllegalArgumentException("layout " + name + " has no title or startDate column");
        }
        return new EventListLayout(name, List.copyOf(columns), Map.copyOf(fields));
    }

    /** The built-in layouts, then those of the folder (a file of the same name replaces a built-in one). */
    static Map<String, EventListLayout> load(String folder) {
        Map<String, EventListLayout> out = new LinkedHashMap<>();
        try {
            for (String name : BUILT_IN) {
                try (InputStream in = EventListLayout.class.getResourceAsStream("layouts/" + name + ".layout")) {
                    out.put(name, parse(name, reader(in)));
                }
            }
            if (folder != null && !folder.isBlank()) {
                Path dir = Path.of(folder);
                if (Files.isDirectory(dir)) {
                    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.layout")) {
                        for (Path file : files) {
                            String name = file.getFileName().toString().replaceFirst("\\.layout$", "");
                            try (InputStream in = Files.newInputStream(file)) {
                                out.put(name, parse(name, reader(in)));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** How many of this layout's columns the header has. */
    int matched(List<String> header) {
        return (int) columns.stream().filter(header::contains).count();
    }

    /** The column that carries the field, or null. */
    String columnOf(String field) {
        for (String column : columns) {
            if (field.equals(fieldOf.get(column))) {
                return column;
            }
        }
        return null;
    }
}
