package jp.kyodo.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.calendar.Wareki;
import jp.kyodo.core.csv.CsvRow;
import jp.kyodo.core.text.JapaneseText;

/** The cell formats the registry's CSV layouts share: dates, numbers, several values in one cell. */
final class CsvCells {

    private CsvCells() {}

    /** 2024-04-01, 2024/4/1 or 令和6年4月1日; null when the cell is empty. */
    static LocalDate date(CsvRow row, String column) {
        if (row.get(column).isEmpty()) {
            return null;
        }
        return row.parse(column, s -> {
            try {
                return Wareki.parseDate(s);
            } catch (ValidationException e) {
                throw ValidationException.of("value", Messages.get("csv.date"));
            }
        });
    }

    /** A whole number, 全角 digits and thousands separators allowed; null when the cell is empty. */
    static Integer integer(CsvRow row, String column) {
        if (row.get(column).isEmpty()) {
            return null;
        }
        return row.parse(column, s -> {
            try {
                return Integer.valueOf(JapaneseText.normalizeWidth(s).replace(",", ""));
            } catch (NumberFormatException e) {
                throw ValidationException.of("value", Messages.get("csv.number"));
            }
        });
    }

    /** The values of a cell separated by {@code ;} (also {@code ；} and {@code 、}). */
    static List<String> list(String cell) {
        List<String> values = new ArrayList<>();
        for (String v : cell.split("[;；、]")) {
            String s = v.strip();
            if (!s.isEmpty()) {
                values.add(s);
            }
        }
        return values;
    }

    static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
