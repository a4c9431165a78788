package jp.kyodo.core.area;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.core.text.JapaneseText;

/**
 * The levels of a city's area hierarchy. Groups act at very different scales — a welfare group in one
 * 町会, an NPO across wards — and domains filter "by area, including the areas inside it", so areas
 * form a tree: city → ward (区, only in designated cities) → district (地区) → 町会・自治会. A 中学校区
 * (junior-high-school district) cuts across that tree: it groups districts or 町会 but is not part of
 * the tree (an <em>overlay</em>).
 *
 * <p>Stored by name: never rename a constant.
 */
public enum AreaKind {
    /** The city (市) itself, the root of the tree. */
    CITY("市"),
    /** A ward (区, 行政区) of a designated city (政令指定都市). */
    WARD("区"),
    /** A district (地区), e.g. the area of a community centre or a district council. */
    DISTRICT("地区"),
    /** A neighbourhood association (町会・自治会), the smallest territorial unit. */
    NEIGHBOURHOOD_ASSOCIATION("町会・自治会", "町会", "自治会"),
    /** A junior-high-school district (中学校区): an overlay grouping districts or 町会. */
    SCHOOL_DISTRICT("中学校区");

    private final String labelJa;
    private final List<String> aliases;

    AreaKind(String labelJa, String... aliases) {
        this.labelJa = labelJa;
        this.aliases = List.of(aliases);
    }

    /** The Japanese label shown to staff and used in CSV files, e.g. 町会・自治会. */
    public String labelJa() {
        return labelJa;
    }

    /** Whether areas of this kind group tree areas instead of being part of the tree (中学校区). */
    public boolean overlay() {
        return this == SCHOOL_DISTRICT;
    }

    /**
     * The kinds an area of this kind may be placed directly under: a ward under the city; a district
     * under the city or a ward; a 町会 under a district, a ward or the city (cities without districts).
     * Empty for the city and for overlays, which have no parent.
     */
    public Set<AreaKind> allowedParents() {
        return Collections.unmodifiableSet(
                switch (this) {
                    case CITY, SCHOOL_DISTRICT -> EnumSet.noneOf(AreaKind.class);
                    case WARD -> EnumSet.of(CITY);
                    case DISTRICT -> EnumSet.of(CITY, WARD);
                    case NEIGHBOURHOOD_ASSOCIATION -> EnumSet.of(CITY, WARD, DISTRICT);
                });
    }

    /**
     * The kind named by its Japanese label (市, 区, 地区, 町会・自治会, 町会, 自治会, 中学校区) or by its constant
     * name in any case ({@code district}); 全角 and surrounding spaces are accepted.
     */
    public static Optional<AreaKind> parse(String text) {
        String s = JapaneseText.normalizeWidth(text);
        for (AreaKind kind : values()) {
            if (kind.labelJa.equals(s)
                    || kind.aliases.contains(s)
                    || kind.name().equals(s.toUpperCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
