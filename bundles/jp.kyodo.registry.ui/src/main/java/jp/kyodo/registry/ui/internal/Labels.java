package jp.kyodo.registry.ui.internal;

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
import jp.kyodo.core.area.AreaKind;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.field.ActivityFieldTaxonomy;
import jp.kyodo.registry.ConsentScope;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.TimeBand;

/**
 * What the registry's screens show for codes and constants: partner types, statuses, activity
 * fields, areas (with their place in the hierarchy), consent scopes, days and time bands, in the
 * user's language.
 */
final class Labels {

    /** Translates a key with {@link java.text.MessageFormat} arguments, e.g. {@code Component::getTranslation}. */
    @FunctionalInterface
    interface Texts {
        String get(String key, Object... args);
    }

    /** Between the levels of an area path: 「川口市 › 中央地区 › 本町一丁目町会」. */
    static final String PATH_SEPARATOR = " › ";

    private final Locale locale;
    private final Texts texts;
    private final Optional<ActivityFieldTaxonomy> fields;
    private final Optional<AreaHierarchy> areas;

    Labels(Locale locale, Texts texts, Optional<ActivityFieldTaxonomy> fields, Optional<AreaHierarchy> areas) {
        this.locale = locale == null ? Locale.JAPANESE : locale;
        this.texts = texts;
        this.fields = fields;
        this.areas = areas;
    }

    /** The labels for a component's user, with the registry's taxonomy and areas. */
    static Labels of(Component component, RegistryServices services) {
        UI ui = component.getUI().orElseGet(UI::getCurrent);
        Locale locale = ui == null ? Locale.JAPANESE : ui.getLocale();
        return new Labels(locale, component::getTranslation, services.fields(), services.areas());
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... args) {
        return texts.get(key, args);
    }

    String type(PartnerType type) {
        return type == null ? "" : texts.get("registry.type." + type.name());
    }

    String kind(PartnerKind kind) {
        return texts.get("registry.kind." + kind.name());
    }

    String status(OrganisationStatus status) {
        return status == null ? "" : texts.get("registry.status." + status.name());
    }

    /** A search hit's status as stored (the constant's name); empty for people. */
    String status(String statusName) {
        return OrganisationStatus.parse(statusName).map(this::status).orElse("");
    }

    /** 市, 区, 地区 …; empty for null. */
    String areaKind(AreaKind kind) {
        return kind == null ? "" : texts.get("registry.areaKind." + kind.name());
    }

    String consentScope(ConsentScope scope) {
        return texts.get("registry.consent.scope." + scope.name());
    }

    String timeBand(TimeBand band) {
        return texts.get("registry.time." + band.name());
    }

    String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, locale);
    }

    String auditAction(AuditAction action) {
        return isJapanese() ? action.labelJa() : texts.get("registry.audit.action." + action.name());
    }

    /** The activity field's label; the code itself when the field is unknown. */
    String field(String code) {
        return fields.map(t -> t.label(code, locale)).orElse(code);
    }

    List<String> fields(Collection<String> codes) {
        return codes.stream().map(this::field).toList();
    }

    /** The area's name; the code itself when the area is unknown. */
    String area(String code) {
        return findArea(code).map(Area::name).orElse(code);
    }

    List<String> areas(Collection<String> codes) {
        return codes.stream().map(this::area).toList();
    }

    /** The area with everything above it, top first: 「川口市 › 中央地区 › 本町一丁目町会」. */
    String areaPath(String code) {
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

    /** Several values in one line, the way the language lists them. */
    String join(Collection<String> values) {
        return String.join(isJapanese() ? "、" : ", ", values);
    }

    boolean isJapanese() {
        return "ja".equals(locale.getLanguage());
    }

    private Optional<Area> findArea(String code) {
        return code == null ? Optional.empty() : areas.flatMap(h -> h.find(code));
    }
}
