package jp.kyodo.core.municipality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.text.JapaneseText;

/**
 * A {@link MunicipalityDirectory} over a fixed list held in memory, such as the snapshot shipped with
 * Kyodo ({@link MunicipalityCsv#loadSnapshot()}) or a current list a city imports. Immutable and
 * thread-safe.
 */
public final class SnapshotMunicipalityDirectory implements MunicipalityDirectory {

    private final Map<LocalGovernmentCode, Entry> byCode = new LinkedHashMap<>();

    /**
     * @param municipalities the entries; codes must be unique
     * @throws ValidationException naming every repeated code
     */
    public SnapshotMunicipalityDirectory(Collection<Municipality> municipalities) {
        List<FieldError> errors = new ArrayList<>();
        municipalities.stream().sorted(Comparator.comparing(Municipality::code)).forEach(m -> {
            if (byCode.putIfAbsent(m.code(), new Entry(m)) != null) {
                errors.add(new FieldError("code", "団体コード " + m.code() + " が重複しています"));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    @Override
    public Optional<Municipality> find(LocalGovernmentCode code) {
        Entry entry = byCode.get(code);
        return entry == null ? Optional.empty() : Optional.of(entry.municipality);
    }

    @Override
    public List<Municipality> search(String query) {
        String q = JapaneseText.normalize(query);
        if (q.isEmpty()) {
            return List.of();
        }
        return byCode.values().stream()
                .filter(e -> e.matches(q))
                .map(e -> e.municipality)
                .toList();
    }

    @Override
    public List<Municipality> prefectures() {
        return byCode.values().stream()
                .map(e -> e.municipality)
                .filter(Municipality::isPrefecture)
                .toList();
    }

    /** Every entry, ordered by code. */
    public List<Municipality> all() {
        return byCode.values().stream().map(e -> e.municipality).toList();
    }

    /** A municipality with its normalised search texts, computed once. */
    private static final class Entry {

        final Municipality municipality;
        final String name;
        final String kana;
        final String fullName;

        Entry(Municipality municipality) {
            this.municipality = municipality;
            this.name = JapaneseText.normalize(municipality.name());
            this.kana = JapaneseText.normalize(municipality.nameKana());
            this.fullName = JapaneseText.normalize(municipality.fullName());
        }

        boolean matches(String q) {
            return name.contains(q)
                    || (!kana.isEmpty() && kana.contains(q))
                    || fullName.contains(q)
                    || municipality.code().value().startsWith(q);
        }
    }
}
