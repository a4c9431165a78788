package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.kyodo.core.area.Area;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.field.ActivityFieldTaxonomy;
import jp.kyodo.web.Formats;

/**
 * What the matching screens show for codes and constants, in the user's language: every enum of the
 * matching API by the key {@code matching.<EnumType>.<CONSTANT>}, activity fields, areas with their
 * place in the hierarchy, weekdays, dates and yen.
 */
public final class Labels {

    /** Translates a key with {@link java.text.MessageFormat} arguments, e.g. {@code Component::getTranslation}. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... args);
    }

    private static final String PATH_SEPARATOR = " › ";

    private final Locale locale;
    private final Texts texts;
    private final Optional<ActivityFieldTaxonomy> fields;
    private final Optional<AreaHierarchy> areas;

    public Labels(Locale locale, Texts texts, Optional<ActivityFieldTaxonomy> fields, Optional<AreaHierarchy> areas) {
        this.locale = locale == null ? Locale.JAPANESE : locale;
        this.texts = texts;
        this.fields = fields;
        this.areas = areas;
    }

    /** The labels for a component's user, with the city's activity fields and areas. */
    static Labels of(Component component, MatchingServices services) {
        UI ui = component.getUI().orElseGet(UI::getCurrent);
        Locale locale = ui == null ? Locale.JAPANESE : ui.getLocale();
        return new Labels(locale, component::getTranslation, services.fields(), services.areas());
    }

    public Locale locale() {
        return locale;
    }

    public boolean isJapanese() {
        return "ja".equals(locale.getLanguage());
    }

    public String text(String key, Object... args) {
        return texts.get(key, args);
    }

    /** The label of a constant of the matching API (or {@code TimeBand}); empty for null. */
    public String of(Enum<?> constant) {
        return constant == null
                ? ""
                : texts.get("matching." + constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    public List<String> of(Collection<? extends Enum<?>> constants) {
        return constants.stream().map(this::of).toList();
    }

    /** 月, 火 … / Mon, Tue …. */
    public String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, locale);
    }

    /** The activity field's label; the code itself when the field is unknown. */
    public String field(String code) {
        return fields.map(t -> t.label(code, locale)).orElse(code);
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

    /** Several values in one line, the way the language lists them. */
    public String join(Collection<String> values) {
        return String.join(isJapanese() ? "、" : ", ", values);
    }

    public String date(LocalDate date) {
        return Formats.date(date, locale);
    }

    public String dateTime(Instant instant) {
        return Formats.dateTime(instant, locale);
    }

    /** 12,000円 / ¥12,000; empty for null. */
    public String yen(Long amount) {
        return amount == null ? "" : Formats.yen(amount, locale);
    }

    public String number(Number n) {
        return Formats.number(n, locale);
    }

    private Optional<Area> findArea(String code) {
        return code == null ? Optional.empty() : areas.flatMap(h -> h.find(code));
    }
}
