package jp.kyodo.core.internal.reference;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.area.AreaCsv;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.field.ActivityFieldCsv;
import jp.kyodo.core.field.ActivityFieldTaxonomy;
import jp.kyodo.core.municipality.Municipality;
import jp.kyodo.core.municipality.MunicipalityCsv;

/**
 * The city's own reference data, as CSV files in etc/ that city IT edits: its area hierarchy, its
 * activity-field taxonomy, and (rarely) a newer municipality list. A missing file means the
 * shipped default; a broken file is an error with row numbers, never a silent fallback.
 */
final class CityFiles {

    static final String AREAS = "kyodo-areas.csv";
    static final String ACTIVITY_FIELDS = "kyodo-activity-fields.csv";
    static final String MUNICIPALITIES = "kyodo-municipalities.csv";

    /** What a file turned into, or why it could not. */
    record Loaded<T>(Optional<T> value, String source, List<String> errors) {}

    @FunctionalInterface
    interface CsvReader<T> {
        T read(Reader reader) throws IOException;
    }

    private final Path etc;

    CityFiles(Path etc) {
        this.etc = etc;
    }

    Loaded<AreaHierarchy> areas() {
        return load(AREAS, AreaCsv::read, () -> AreaHierarchy.of(List.of(), Map.of()));
    }

    Loaded<ActivityFieldTaxonomy> activityFields() {
        return load(ACTIVITY_FIELDS, ActivityFieldCsv::read, ActivityFieldCsv::loadDefault);
    }

    Loaded<List<Municipality>> municipalities() {
        return load(MUNICIPALITIES, MunicipalityCsv::read, MunicipalityCsv::loadSnapshot);
    }

    private <T> Loaded<T> load(String name, CsvReader<T> reader, Supplier<T> shipped) {
        Path file = etc.resolve(name);
        if (!Files.exists(file)) {
            return new Loaded<>(Optional.of(shipped.get()), "default", List.of());
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Loaded<>(Optional.of(reader.read(r)), file.toString(), List.of());
        } catch (ValidationException e) {
            return new Loaded<>(
                    Optional.empty(),
                    file.toString(),
                    e.errors().stream().map(f -> f.field() + ": " + f.message()).toList());
        } catch (IOException | RuntimeException e) {
            return new Loaded<>(Optional.empty(), file.toString(), List.of(String.valueOf(e.getMessage())));
        }
    }
}
