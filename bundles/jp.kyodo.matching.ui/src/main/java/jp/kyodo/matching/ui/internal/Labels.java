package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.kyodo.core.area.Area;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.field.ActivityFieldTaxonomy;
import jp.kyodo.web.TextLabels;

/**
 * What the matching screens show for codes and constants, in the user's language: every enum of the
 * matching API (and {@code TimeBand}) by the key {@code matching.<EnumType>.<CONSTANT>}, activity fields, areas
 * with their place in the hierarchy, weekdays; dates and yen as the shell's {@link TextLabels}.
 */
public final class Labels extends TextLabels {

    private static final String PATH_SEPARATOR = " › ";

    private final Optional<ActivityFieldTaxonomy> fields;
    private final Optional<AreaHierarchy> areas;

    public Labels(Locale locale, Texts texts, Optional<ActivityFieldTaxonomy> fields, Optional<AreaHierarchy> areas) {
        super("matching.", locale, texts);
        this.fields = fields;
        this.areas = areas;
    }

    /** The labels for a component's user, with the city's activity fields and areas. */
    static Labels of(Component component, MatchingServices services) {
        UI ui = component.getUI().orElseGet(UI::getCurrent);
        Locale locale = ui == null ? Locale.JAPANESE : ui.getLocale();
        return new Labels(locale, component::getTranslation, services.fields(), services.areas());
    }

    /** 月, 火 … / Mon, Tue …. */
    public String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, locale());
    }

    /** The activity field's label; the code itself when the field is unknown. */
    public String field(String code) {
        return fields.map(t -> t.label(code, locale())).orElse(code);
    }

    public List<String> fields(Collection<String> codes) {
        return codes.stream().map(this::field).toList();
    }

    /** The area's name; the code itself when unknown; empty for none. */
    public String area(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        return findArea(code).map(Area::name).orElse(code);
    }

    /** The area with everything above it, top first: 「川口市 › 中央地区 › 本町一丁目町会」. */
    public String areaPath(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        Optional<Area> area = findArea(code);
        if (area.isEmpty()) {
            return code;
        }
        List<Area> ancestors = areas.get().ancestors(code);
        List<String> names = new ArrayList<>();
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            names.add(ancestors.get(i).name());
        }
        names.add(area.get().name());
        return String.join(PATH_SEPARATOR, names);
    }

    /** What an area picker matches typed text against: the path and the area's reading. */
    String areaSearchText(String code) {
        return areaPath(code) + " " + findArea(code).map(Area::nameKana).orElse("");
    }

    List<String> fieldCodes() {
        return fields.map(t -> t.all().stream().map(f -> f.code()).toList()).orElse(List.of());
    }

    List<String> areaCodes() {
        return areas.map(h -> h.all().stream().map(Area::code).toList()).orElse(List.of());
    }

    private Optional<Area> findArea(String code) {
        return code == null ? Optional.empty() : areas.flatMap(h -> h.find(code));
    }
}
