package jp.kyodo.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.text.JapaneseText;

/**
 * The modules' form fields, built the same way everywhere: validation left to the form (the services have
 * the last word, see {@link FieldErrors}), Japanese date pickers, amounts typed as people write them, and
 * pickers that find what the user types width-, kana- and case-insensitively.
 */
public final class FormFields {

    private FormFields() {}

    public static TextField text(String label, int maxLength, String id) {
        TextField f = new TextField(label);
        f.setManualValidation(true);
        f.setMaxLength(maxLength);
        f.setWidthFull();
        f.setId(id);
        return f;
    }

    public static TextArea area(String label, int maxLength, String id) {
        TextArea a = new TextArea(label);
        a.setManualValidation(true);
        a.setMaxLength(maxLength);
        a.setWidthFull();
        a.setMinHeight("5rem");
        a.setId(id);
        return a;
    }

    public static IntegerField integer(String label, String id) {
        IntegerField f = new IntegerField(label);
        f.setManualValidation(true);
        f.setWidthFull();
        f.setId(id);
        return f;
    }

    /** An amount in whole yen, typed as people write it (12万, 120,000円); see {@link Yen}. */
    public static YenField yen(String label, String id) {
        YenField f = new YenField(label, "");
        f.setBadInputMessage(f.getTranslation("kyodo.form.yenInvalid"));
        f.setSuffixComponent(new Span(f.getTranslation("kyodo.yenUnit")));
        f.setWidthFull();
        f.setId(id);
        return f;
    }

    /** A date picker showing and reading {@code 2026/11/23}, with month and day names in the user's language. */
    public static DatePicker date(String label, Locale locale, String id) {
        DatePicker d = new DatePicker(label);
        d.setManualValidation(true);
        d.setLocale(locale);
        d.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormats("yyyy/MM/dd", "yyyy-MM-dd", "yyyyMMdd")
                .setMonthNames(list(d.getTranslation("kyodo.date.months")))
                .setWeekdays(list(d.getTranslation("kyodo.date.weekdays")))
                .setWeekdaysShort(list(d.getTranslation("kyodo.date.weekdaysShort")))
                .setFirstDayOfWeek(0)
                .setToday(d.getTranslation("kyodo.date.today"))
                .setCancel(d.getTranslation("kyodo.cancel"))
                .setBadInputErrorMessage(d.getTranslation("kyodo.date.invalid")));
        d.setWidthFull();
        d.setId(id);
        return d;
    }

    /** One of an enum's constants, labelled in the user's language. */
    public static <E extends Enum<E>> Select<E> select(
            String label, Class<E> type, Function<? super E, String> labels, String id) {
        Select<E> s = new Select<>();
        s.setLabel(label);
        s.setItems(type.getEnumConstants());
        s.setItemLabelGenerator(labels::apply);
        s.setWidthFull();
        s.setId(id);
        return s;
    }

    /** A filter choosing one constant or none. */
    public static <E extends Enum<E>> ComboBox<E> filter(
            String label, Class<E> type, Function<? super E, String> labels, String id) {
        ComboBox<E> box = new ComboBox<>(label);
        box.setItems(type.getEnumConstants());
        box.setItemLabelGenerator(labels::apply);
        box.setClearButtonVisible(true);
        box.setId(id);
        return box;
    }

    public static <E extends Enum<E>> CheckboxGroup<E> checkboxes(
            String label, Class<E> type, Function<? super E, String> labels, String id) {
        CheckboxGroup<E> group = new CheckboxGroup<>(label);
        group.setItems(type.getEnumConstants());
        group.setItemLabelGenerator(labels::apply);
        group.setId(id);
        return group;
    }

    /**
     * A record found in a service as the user types, paged, each shown with its name and one line of context.
     *
     * @param find the service's search: the typed text and the page wanted
     * @param name the record's name, also shown in the field once chosen
     * @param detail the line under the name in the list
     */
    public static <T> ComboBox<T> lookup(
            String label,
            BiFunction<String, PageRequest, Stream<T>> find,
            ValueProvider<T, String> name,
            ValueProvider<T, String> detail,
            String id) {
        ComboBox<T> box = new ComboBox<>(label);
        CallbackDataProvider.FetchCallback<T, String> fetch = q -> find.apply(
                q.getFilter().orElse(""),
                new PageRequest(q.getOffset(), Math.min(q.getLimit(), PageRequest.MAX_LIMIT), List.of()));
        box.setItems(fetch);
        box.setItemLabelGenerator(name::apply);
        box.setRenderer(LitRenderer.<T>of("<div><div>${item.name}</div><div style='font-size:var(--lumo-font-size-s);"
                        + "color:var(--lumo-secondary-text-color)'>${item.detail}</div></div>")
                .withProperty("name", name)
                .withProperty("detail", detail));
        box.setClearButtonVisible(true);
        box.setWidthFull();
        box.setId(id);
        return box;
    }

    /**
     * The texts of a file upload in the user's language (Vaadin's are English only).
     *
     * @param upload the component, for its translations
     * @param tooLarge what to say about a file above the size limit
     * @param wrongType what to say about a file of a type not accepted
     */
    public static UploadI18N uploadTexts(Component upload, String tooLarge, String wrongType) {
        Function<String, String> t = key -> upload.getTranslation("kyodo.upload." + key);
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(t.apply("add")).setMany(t.apply("add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(t.apply("drop")).setMany(t.apply("drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(t.apply("tooMany"))
                        .setFileIsTooBig(tooLarge)
                        .setIncorrectFileType(wrongType))
                .setFile(new UploadI18N.File()
                        .setRetry(t.apply("retry"))
                        .setStart(t.apply("start"))
                        .setRemove(t.apply("remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(t.apply("connecting"))
                                .setStalled(t.apply("stalled"))
                                .setProcessing(t.apply("processing"))
                                .setHeld(t.apply("held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(t.apply("remaining"))
                                .setUnknown(t.apply("remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(t.apply("failed"))
                                .setUnexpectedServerError(t.apply("failed"))
                                .setForbidden(t.apply("failed"))));
    }

    /** Whether a label matches what the user typed into a picker, ignoring width, kana type and case. */
    public static boolean matches(String label, String filter) {
        return filter == null
                || filter.isBlank()
                || JapaneseText.normalize(label).contains(JapaneseText.normalize(filter));
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    }
}
