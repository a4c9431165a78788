package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.TimeBand;

/**
 * The matching forms' fields, built the same way everywhere: validation left to the form (the services
 * have the last word), Japanese date pickers, pickers that search the registry and the city's fields and
 * areas width- and kana-insensitively.
 */
final class Fields {

    private Fields() {}

    static TextField text(String label, int maxLength, String id) {
        TextField f = new TextField(label);
        f.setManualValidation(true);
        f.setMaxLength(maxLength);
        f.setWidthFull();
        f.setId(id);
        return f;
    }

    static TextArea area(String label, int maxLength, String id) {
        TextArea a = new TextArea(label);
        a.setManualValidation(true);
        a.setMaxLength(maxLength);
        a.setWidthFull();
        a.setMinHeight("5rem");
        a.setId(id);
        return a;
    }

    static IntegerField integer(String label, String id) {
        IntegerField f = new IntegerField(label);
        f.setManualValidation(true);
        f.setWidthFull();
        f.setId(id);
        return f;
    }

    /** An amount in whole yen, typed as people write it (12万, 120,000円); see {@link Yen}. */
    static YenField yen(String label, Labels labels, String id) {
        YenField f = new YenField(label, labels.text("matching.form.yenInvalid"));
        f.setSuffixComponent(new Span(labels.text("matching.yenUnit")));
        f.setWidthFull();
        f.setId(id);
        return f;
    }

    /** A date picker showing and reading {@code 2026/11/23}, with month and day names in the user's language. */
    static DatePicker date(String label, Labels labels, String id) {
        DatePicker d = new DatePicker(label);
        d.setManualValidation(true);
        d.setLocale(labels.locale());
        d.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormats("yyyy/MM/dd", "yyyy-MM-dd", "yyyyMMdd")
                .setMonthNames(list(labels.text("matching.date.months")))
                .setWeekdays(list(labels.text("matching.date.weekdays")))
                .setWeekdaysShort(list(labels.text("matching.date.weekdaysShort")))
                .setFirstDayOfWeek(0)
                .setToday(labels.text("matching.date.today"))
                .setCancel(labels.text("matching.cancel"))
                .setBadInputErrorMessage(labels.text("matching.date.invalid")));
        d.setWidthFull();
        d.setId(id);
        return d;
    }

    /** One of an enum's constants, labelled in the user's language. */
    static <E extends Enum<E>> Select<E> select(String label, Class<E> type, Labels labels, String id) {
        Select<E> s = new Select<>();
        s.setLabel(label);
        s.setItems(type.getEnumConstants());
        s.setItemLabelGenerator(labels::of);
        s.setWidthFull();
        s.setId(id);
        return s;
    }

    /** A filter choosing one constant or none. */
    static <E extends Enum<E>> ComboBox<E> filter(String label, Class<E> type, Labels labels, String id) {
        ComboBox<E> box = new ComboBox<>(label);
        box.setItems(type.getEnumConstants());
        box.setItemLabelGenerator(labels::of);
        box.setClearButtonVisible(true);
        box.setId(id);
        return box;
    }

    static <E extends Enum<E>> CheckboxGroup<E> checkboxes(String label, Class<E> type, Labels labels, String id) {
        CheckboxGroup<E> group = new CheckboxGroup<>(label);
        group.setItems(type.getEnumConstants());
        group.setItemLabelGenerator(labels::of);
        group.setId(id);
        return group;
    }

    /** Weekdays, Monday first; none chosen means any day. */
    static CheckboxGroup<DayOfWeek> days(String label, Labels labels, String id) {
        CheckboxGroup<DayOfWeek> group = new CheckboxGroup<>(label);
        group.setItems(DayOfWeek.values());
        group.setItemLabelGenerator(labels::day);
        group.setHelperText(labels.text("matching.form.anyDay"));
        group.setId(id);
        return group;
    }

    static CheckboxGroup<TimeBand> times(String label, Labels labels, String id) {
        CheckboxGroup<TimeBand> group = checkboxes(label, TimeBand.class, labels, id);
        group.setHelperText(labels.text("matching.form.anyTime"));
        return group;
    }

    /** The city's activity fields, in the city's order. */
    static MultiSelectComboBox<String> activityFields(String label, Labels labels, String id) {
        MultiSelectComboBox<String> box = new MultiSelectComboBox<>(label);
        box.setItems((code, filter) -> matches(labels.field(code), filter), labels.fieldCodes());
        box.setItemLabelGenerator(labels::field);
        box.setWidthFull();
        box.setId(id);
        return box;
    }

    static ComboBox<String> activityField(String label, Labels labels, String id) {
        ComboBox<String> box = new ComboBox<>(label);
        box.setItems((code, filter) -> matches(labels.field(code), filter), labels.fieldCodes());
        box.setItemLabelGenerator(labels::field);
        box.setClearButtonVisible(true);
        box.setId(id);
        return box;
    }

    /** Single choice of an area, shown with the areas above it, found by any part of that path or its reading. */
    static ComboBox<String> cityArea(String label, Labels labels, String id) {
        ComboBox<String> box = new ComboBox<>(label);
        box.setItems((code, filter) -> matches(labels.areaSearchText(code), filter), labels.areaCodes());
        box.setItemLabelGenerator(labels::areaPath);
        box.setClearButtonVisible(true);
        box.setWidthFull();
        box.setId(id);
        return box;
    }

    /**
     * A partner of the registry, searched in the directory as the user types (name, reading, description;
     * width and kana insensitive), paged.
     *
     * @param types the partner types offered; empty = every type the user may see
     */
    static ComboBox<PartnerRef> partner(
            String label, MatchingServices services, Labels labels, Set<PartnerType> types, String id) {
        ComboBox<PartnerRef> box = new ComboBox<>(label);
        CallbackDataProvider.FetchCallback<PartnerRef, String> fetch = q -> {
            PartnerQuery query = PartnerQuery.text(q.getFilter().orElse("")).withTypes(types);
            return services
                    .directory()
                    .search(
                            query,
                            new PageRequest(q.getOffset(), Math.min(q.getLimit(), PageRequest.MAX_LIMIT), List.of()))
                    .items()
                    .stream()
                    .map(p -> ref(p, labels));
        };
        box.setItems(fetch);
        box.setItemLabelGenerator(PartnerRef::name);
        box.setRenderer(
                LitRenderer.<PartnerRef>of("<div><div>${item.name}</div><div style='font-size:var(--lumo-font-size-s);"
                                + "color:var(--lumo-secondary-text-color)'>${item.detail}</div></div>")
                        .withProperty("name", PartnerRef::name)
                        .withProperty("detail", PartnerRef::detail));
        box.setClearButtonVisible(true);
        box.setWidthFull();
        box.setPlaceholder(labels.text("matching.form.partnerPlaceholder"));
        box.setId(id);
        return box;
    }

    /** The city's departments (registry type 市の部署). */
    static ComboBox<PartnerRef> department(String label, MatchingServices services, Labels labels, String id) {
        return partner(label, services, labels, EnumSet.of(PartnerType.CITY), id);
    }

    /** Organisations of every type, departments included. */
    static ComboBox<PartnerRef> organisation(String label, MatchingServices services, Labels labels, String id) {
        return partner(label, services, labels, EnumSet.copyOf(PartnerType.organisationTypes()), id);
    }

    static PartnerRef ref(PartnerSummary p, Labels labels) {
        String type = labels.text("matching.partnerType." + p.type().name());
        String detail = Stream.of(type, p.nameReading())
                .filter(s -> s != null && !s.isEmpty())
                .reduce((a, b) -> a + " · " + b)
                .orElse("");
        return new PartnerRef(p.id(), p.name(), detail);
    }

    /** Whether a label matches what the user typed into a picker, ignoring width, kana type and case. */
    static boolean matches(String label, String filter) {
        return filter == null
                || filter.isBlank()
                || JapaneseText.normalize(label).contains(JapaneseText.normalize(filter));
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    }
}
