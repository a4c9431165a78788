package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.kyodo.core.area.Area;
import jp.kyodo.core.field.ActivityField;
import jp.kyodo.core.text.JapaneseText;

/**
 * Builds the registry forms' fields the same way everywhere: validation left to the form (the
 * components' own checks would clear the errors it shows), Japanese date pickers, area and field
 * pickers that search width- and kana-insensitively.
 */
final class Forms {

    private Forms() {}

    static TextField text(String label, int maxLength) {
        TextField f = new TextField(label);
        f.setManualValidation(true);
        f.setMaxLength(maxLength);
        f.setWidthFull();
        return f;
    }

    static TextArea area(String label, int maxLength) {
        TextArea a = new TextArea(label);
        a.setManualValidation(true);
        a.setMaxLength(maxLength);
        a.setWidthFull();
        a.setMinHeight("6rem");
        return a;
    }

    static IntegerField integer(String label) {
        IntegerField f = new IntegerField(label);
        f.setManualValidation(true);
        f.setWidthFull();
        return f;
    }

    /** A date picker showing and reading {@code 2026/11/23}, with month and day names in the user's language. */
    static DatePicker date(String label, Labels labels) {
        DatePicker d = new DatePicker(label);
        d.setManualValidation(true);
        d.setLocale(labels.locale());
        d.setI18n(dateI18n(labels));
        d.setWidthFull();
        return d;
    }

    static DatePicker.DatePickerI18n dateI18n(Labels labels) {
        return new DatePicker.DatePickerI18n()
                .setDateFormats("yyyy/MM/dd", "yyyy-MM-dd", "yyyyMMdd")
                .setMonthNames(list(labels.text("registry.date.months")))
                .setWeekdays(list(labels.text("registry.date.weekdays")))
                .setWeekdaysShort(list(labels.text("registry.date.weekdaysShort")))
                .setFirstDayOfWeek(0)
                .setToday(labels.text("registry.date.today"))
                .setCancel(labels.text("registry.cancel"))
                .setBadInputErrorMessage(labels.text("registry.date.invalid"));
    }

    /** The city's activity fields, in the city's order. */
    static MultiSelectComboBox<String> activityFields(String label, RegistryServices services, Labels labels) {
        MultiSelectComboBox<String> box = new MultiSelectComboBox<>(label);
        box.setItems(
                (code, filter) -> matches(labels.field(code), filter),
                services.fields()
                        .map(t -> t.all().stream().map(ActivityField::code).toList())
                        .orElse(List.of()));
        box.setItemLabelGenerator(labels::field);
        box.setWidthFull();
        return box;
    }

    /** Single choice of an activity field. */
    static ComboBox<String> activityField(String label, RegistryServices services, Labels labels) {
        ComboBox<String> box = new ComboBox<>(label);
        box.setItems(
                (code, filter) -> matches(labels.field(code), filter),
                services.fields()
                        .map(t -> t.all().stream().map(ActivityField::code).toList())
                        .orElse(List.of()));
        box.setItemLabelGenerator(labels::field);
        box.setClearButtonVisible(true);
        return box;
    }

    /** The city's areas, each shown with the areas above it, found by any part of that path. */
    static MultiSelectComboBox<String> areas(String label, RegistryServices services, Labels labels) {
        MultiSelectComboBox<String> box = new MultiSelectComboBox<>(label);
        box.setItems((code, filter) -> matches(labels.areaSearchText(code), filter), areaCodes(services));
        box.setItemLabelGenerator(labels::areaPath);
        box.setWidthFull();
        return box;
    }

    /** Single choice of an area, shown with the areas above it. */
    static ComboBox<String> area(String label, RegistryServices services, Labels labels) {
        ComboBox<String> box = new ComboBox<>(label);
        box.setItems((code, filter) -> matches(labels.areaSearchText(code), filter), areaCodes(services));
        box.setItemLabelGenerator(labels::areaPath);
        box.setClearButtonVisible(true);
        return box;
    }

    /** A titled part of a form, two columns where there is room. */
    static Component section(String title, Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (Component field : fields) {
            if (field instanceof TextArea) {
                form.setColspan(field, 2); // longer texts get the whole width
            }
        }
        H3 heading = new H3(title);
        heading.getStyle().set("margin", "var(--lumo-space-m) 0 0").set("font-size", "var(--lumo-font-size-l)");
        VerticalLayout section = new VerticalLayout(heading, form);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    /** Required: the check for a value that must be given. */
    static Optional<String> required(String value, String message) {
        return value == null || value.isBlank() ? Optional.of(message) : Optional.empty();
    }

    /** Whether a label matches what the user typed into a picker, ignoring width, kana type and case. */
    static boolean matches(String label, String filter) {
        return filter == null
                || filter.isBlank()
                || JapaneseText.normalize(label).contains(JapaneseText.normalize(filter));
    }

    /** String or empty for null. */
    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static List<String> areaCodes(RegistryServices services) {
        return services.areas()
                .map(h -> h.all().stream().map(Area::code).toList())
                .orElse(List.of());
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    }
}
