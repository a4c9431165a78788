package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.registry.PartnerSummary;

/**
 * What the organisation and person forms share: new ({@code …/edit}) or existing ({@code
 * …/edit?id=N}) record, instant checks, the duplicate check before saving, the service's validation
 * errors shown at their fields, stale versions reported, and the way back.
 *
 * @param <D> the draft type the service takes
 * @param <R> the stored record type
 */
abstract class RecordForm<D, R> extends VerticalLayout implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;

    protected final transient RegistryServices services;
    protected final transient Labels labels;
    protected final transient FormValidation validation = new FormValidation(this::getLocale);
    private final H2 title = new H2();
    private final Button save = new Button();
    private final String newTitleKey;
    private final String editTitleKey;
    private Long id;
    private int version;
    private Notification problem;

    RecordForm(RegistryServices services, String newTitleKey, String editTitleKey, String saveId) {
        this.services = services;
        this.labels = Labels.of(this, services);
        this.newTitleKey = newTitleKey;
        this.editTitleKey = editTitleKey;
        setPadding(false);
        title.getStyle().set("margin", "0");
        save.setText(t("registry.form.save"));
        save.setId(saveId);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
    }

    /** Lays the form out: title, the given sections, the buttons. Call at the end of the subclass constructor. */
    protected void layout(Component... sections) {
        Button cancel = new Button(t("registry.cancel"), e -> back());
        cancel.setId("registry-cancel");
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        // long forms: the buttons stay in sight at the bottom of the window
        buttons.setWidthFull();
        buttons.getStyle()
                .set("position", "sticky")
                .set("bottom", "0")
                .set("z-index", "1")
                .set("margin-top", "var(--lumo-space-l)")
                .set("padding", "var(--lumo-space-s) 0")
                .set("background", "var(--lumo-base-color)")
                .set("border-top", "1px solid var(--lumo-contrast-10pct)");
        Paragraph required = new Paragraph(t("registry.form.requiredNote"));
        required.getStyle()
                .set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("margin", "0");
        add(title, required);
        add(sections);
        add(buttons);
    }

    /** Enter in these one-line fields saves, as in any form (not in text areas, where it starts a line). */
    protected void saveOnEnter(TextField... fields) {
        save.addClickShortcut(Key.ENTER).listenOn(fields).resetFocusOnActiveElement();
    }

    protected abstract R load(long id);

    protected abstract long idOf(R record);

    protected abstract int versionOf(R record);

    /** Fills the fields from a stored record. */
    protected abstract void fill(R record);

    /** The draft of what is typed. */
    protected abstract D draft();

    protected abstract List<PartnerSummary> duplicates(D draft, Long exceptId);

    protected abstract R create(D draft);

    protected abstract R update(long id, int version, D draft);

    /** The record's page. */
    protected abstract String pageOf(long id);

    /** The question of the duplicates dialog. */
    protected abstract String duplicatesQuestion();

    /** Where to go when a new record is abandoned. */
    protected String backRoute() {
        return Routes.SEARCH;
    }

    /** The first field, focused when the form opens. */
    protected abstract Component firstField();

    /** The name (名称・氏名) is required. */
    protected Optional<String> nameError(String value) {
        return Forms.required(value, t("registry.form.nameRequired"));
    }

    /** The reading is required and written in kana. */
    protected Optional<String> readingError(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(t("registry.form.readingRequired"));
        }
        return JapaneseText.isReading(value) ? Optional.empty() : Optional.of(t("registry.form.readingKana"));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        id = Routes.id(event.getLocation().getQueryParameters()).orElse(null);
        title.setText(t(id == null ? newTitleKey : editTitleKey));
        if (id != null) {
            try {
                R record = load(id);
                version = versionOf(record);
                fill(record);
            } catch (NotFoundException e) {
                removeAll();
                Paragraph p = new Paragraph(t("registry.record.notFound"));
                p.addClassName("kyodo-empty-state");
                add(p);
                return;
            }
        }
        if (firstField() instanceof com.vaadin.flow.component.Focusable<?> f) {
            f.focus();
        }
    }

    private void save() {
        int invalid = validation.checkAll();
        if (invalid > 0) {
            summary(invalid, List.of());
            return;
        }
        D draft = draft();
        List<PartnerSummary> similar;
        try {
            similar = duplicates(draft, id);
        } catch (DomainException e) {
            problem(e.message(getLocale()));
            return;
        }
        if (similar.isEmpty()) {
            store(draft);
        } else {
            DuplicatesDialog.open(labels, duplicatesQuestion(), similar, () -> store(draft));
        }
    }

    private void store(D draft) {
        try {
            R saved = id == null ? create(draft) : update(id, version, draft);
            closeProblem();
            Notices.success(t(id == null ? "registry.form.created" : "registry.form.updated"));
            Routes.navigate(pageOf(idOf(saved)));
        } catch (ValidationException e) {
            List<FieldError> unplaced = validation.show(e);
            summary(e.errors().size(), unplaced);
        } catch (ConflictException e) {
            problem(t("registry.form.conflict", e.message(getLocale())));
        } catch (DomainException e) {
            problem(e.message(getLocale()));
        }
    }

    /** One problem message at a time; the last one goes when the next is shown or the record is saved. */
    private void problem(String text) {
        closeProblem();
        problem = Notices.error(text);
    }

    private void closeProblem() {
        if (problem != null) {
            problem.close();
            problem = null;
        }
    }

    /** 「入力内容を確認してください（n件）」 and the messages that belong to no field. */
    private void summary(int count, List<FieldError> unplaced) {
        List<String> lines = new ArrayList<>();
        lines.add(t("registry.form.invalid", count));
        unplaced.forEach(e -> lines.add(e.message(getLocale())));
        closeProblem();
        problem = Notices.error(lines.toArray(String[]::new));
    }

    private void back() {
        Routes.navigate(id == null ? backRoute() : pageOf(id));
    }

    protected String t(String key, Object... args) {
        return getTranslation(key, args);
    }
}
