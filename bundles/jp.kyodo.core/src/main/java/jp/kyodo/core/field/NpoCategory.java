package jp.kyodo.core.field;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.csv.CsvTable;

/**
 * One of the 20 activity fields in the schedule (別表) of the NPO law (特定非営利活動促進法), numbered in
 * the law's order. The national NPO data flags each corporation's fields by these numbers (活動分野1–20);
 * {@link ActivityField#npoCategories()} maps a city's own fields onto them for importing that data.
 *
 * <p>The names are data ({@code npo-categories.csv}) because the schedule is amended from time to time.
 *
 * @param number 1 to {@value #COUNT}
 * @param name the Japanese name as the schedule lists it, without the closing 「を図る活動」, e.g. 保健・医療又は福祉の増進
 */
public record NpoCategory(int number, String name) {

    /** How many fields the schedule lists. */
    public static final int COUNT = 20;

    private static final String RESOURCE = "npo-categories.csv";

    /** @throws ValidationException when the number is not 1–20 or the name is blank */
    public NpoCategory {
        checkNumber(number);
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw ValidationException.of("name", "NPO法の活動分野 " + number + " の名称を入力してください");
        }
    }

    /** All 20 fields in the law's order. */
    public static List<NpoCategory> all() {
        return Holder.ALL;
    }

    /**
     * The field with this number.
     *
     * @throws ValidationException when the number is not 1–20
     */
    public static NpoCategory of(int number) {
        checkNumber(number);
        return all().get(number - 1);
    }

    static void checkNumber(int number) {
        if (number < 1 || number > COUNT) {
            throw ValidationException.of("npoCategory", "NPO法の活動分野の番号は1〜" + COUNT + "です（入力: " + number + "）");
        }
    }

    /** Loads the resource once, on first use. */
    private static final class Holder {

        static final List<NpoCategory> ALL = load();

        private static List<NpoCategory> load() {
            try (InputStream in = NpoCategory.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Resource " + RESOURCE + " is missing from the bundle");
                }
                List<NpoCategory> categories = CsvTable.read(new InputStreamReader(in, StandardCharsets.UTF_8))
                        .requireColumns("番号", "名称")
                        .mapRows(row -> {
                            Integer number = row.parse("番号", ActivityFieldCsv::parseInt);
                            return number == null ? null : new NpoCategory(number, row.get("名称"));
                        });
                for (int i = 0; i < categories.size(); i++) {
                    if (categories.get(i).number() != i + 1) {
                        throw new IllegalStateException(RESOURCE + " must list the fields 1 to " + COUNT + " in order");
                    }
                }
                if (categories.size() != COUNT) {
                    throw new IllegalStateException(
                            RESOURCE + " must list " + COUNT + " fields, not " + categories.size());
                }
                return List.copyOf(categories);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RESOURCE, e);
            }
        }
    }
}
