package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.TimeBand;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.YenField;

/**
 * The matching forms' fields: the shell's {@link FormFields} with the matching labels, and pickers of the
 * registry's partners and the city's fields and areas.
 */
final class Fields {

    private Fields() {}

    static TextField text(String label, int maxLength, String id) {
        return FormFields.text(label, maxLength, id);
    }

    static TextArea area(String label, int maxLength, String id) {
        return FormFields.area(label, maxLength, id);
    }

    static IntegerField integer(String label, String id) {
        return FormFields.integer(label, id);
    }

    static YenField yen(String label, Labels labels, String id) {
        return FormFields.yen(label, id);
    }

    static DatePicker date(String label, Labels labels, String id) {
        return FormFields.date(label, labels.locale(), id);
    }

    static <E extends Enum<E>> Select<E> select(String label, Class<E> type, Labels labels, String id) {
        return FormFields.select(label, type, labels::of, id);
    }

    static <E extends Enum<E>> ComboBox<E> filter(String label, Class<E> type, Labels labels, String id) {
        return FormFields.filter(label, type, labels::of, id);
    }

    static <E extends Enum<E>> CheckboxGroup<E> checkboxes(String label, Class<E> type, Labels labels, String id) {
        return FormFields.checkboxes(label, type, labels::of, id);
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
        ComboBox<PartnerRef> box = FormFields.lookup(
                label,
                (text, page) ->
                        services.directory().search(PartnerQuery.text(text).withTypes(types), page).items().stream()
                                .map(p -> ref(p, labels)),
                PartnerRef::name,
                PartnerRef::detail,
                id);
        box.setPlaceholder(labels.text("matching.form.partnerPlaceholder"));
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

    static boolean matches(String label, String filter) {
        return FormFields.matches(label, filter);
    }
}
