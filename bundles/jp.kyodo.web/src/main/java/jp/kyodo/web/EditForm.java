package jp.kyodo.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.ValidationException;

/**
 * What the modules' forms share: a new record ({@code …/edit}) or an existing one ({@code …/edit?id=N}),
 * required fields checked before saving, the service's validation errors shown at their fields, a stale
 * version reported (someone saved first), the buttons kept in sight, and the way back.
 *
 * @param <R> the stored record type
 */
public abstract class EditForm<R> extends VerticalLayout implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;

    protected final transient FieldErrors errors = new FieldErrors(this::getLocale);
    private final H2 title = new H2();
    private final Button save = new Button();
    private final String newTitleKey;
    private final String editTitleKey;
    private final String idPrefix;
    private Long id;
    private int version;
    private Notification problem;

    /**
     * @param newTitleKey the title's translation key for a new record
     * @param editTitleKey … for an existing one
     * @param idPrefix the prefix of the element ids ({@code <prefix>-save}, {@code <prefix>-cancel})
     */
    protected EditForm(String newTitleKey, String editTitleKey, String idPrefix) {
        this.newTitleKey = newTitleKey;
        this.editTitleKey = editTitleKey;
        this.idPrefix = idPrefix;
        setPadding(false);
        title.getStyle().set("margin", "0");
        save.setText(t("kyodo.form.save"));
        save.setId(idPrefix + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
    }

    /** Lays the form out: title, the sections, the buttons. Call at the end of the subclass constructor. */
    protected void layout(Component... sections) {
        Button cancel = new Button(t("kyodo.cancel"), e -> back());
        cancel.setId(idPrefix + "-cancel");
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        buttons.setWidthFull();
        buttons.getStyle()
                .set("position", "sticky")
                .set("bottom", "0")
                .set("z-index", "1")
                .set("margin-top", "var(--lumo-space-l)")
                .set("padding", "var(--lumo-space-s) 0")
                .set("background", "var(--lumo-base-color)")
                .set("border-top", "1px solid var(--lumo-contrast-10pct)");
        Paragraph required = new Paragraph(t("kyodo.form.requiredNote"));
        required.getStyle()
                .set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("margin", "0");
        add(title, required);
        add(sections);
        add(buttons);
    }

    /** A titled part of the form, two columns where there is room; text areas take the whole width. */
    protected static Component section(String title, Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (Component field : fields) {
            if (field instanceof TextArea || field.getElement().hasAttribute("data-wide")) {
                form.setColspan(field, 2);
            }
        }
        H3 heading = new H3(title);
        heading.getStyle().set("margin", "var(--lumo-space-m) 0 0").set("font-size", "var(--lumo-font-size-l)");
        VerticalLayout section = new VerticalLayout(heading, form);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    /** Makes a component take the whole width of its section. */
    protected static <C extends Component> C wide(C component) {
        component.getElement().setAttribute("data-wide", true);
        return component;
    }

    protected abstract R load(long id);

    protected abstract long idOf(R record);

    protected abstract int versionOf(R record);

    /** Fills the fields from a stored record. */
    protected abstract void fill(R record);

    /** Prepares a new record from the page's query parameters (e.g. the match of a case study). */
    protected void prepare(QueryParameters parameters) {}

    /** Checks what the services cannot (text that is not an amount …). @return how many fields are wrong */
    protected int checkFields() {
        return 0;
    }

    /** Saves what is typed: creates when {@code id} is null. @return the stored record */
    protected abstract R store(Long id, int version);

    /** The record's page after saving. */
    protected abstract String pageOf(long id);

    /** Where cancel leads for a new record. */
    protected abstract String backRoute();

    protected abstract Component firstField();

    protected Long id() {
        return id;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        id = Navigation.id(parameters).orElse(null);
        title.setText(t(id == null ? newTitleKey : editTitleKey));
        try {
            if (id != null) {
                R record = load(id);
                version = versionOf(record);
                fill(record);
            } else {
                prepare(parameters);
            }
        } catch (NotFoundException e) {
            removeAll();
            add(Ui.emptyState(t("kyodo.record.notFound")));
            return;
        } catch (DomainException e) {
            removeAll();
            add(Ui.emptyState(e.message(getLocale())));
            return;
        }
        if (firstField() instanceof Focusable<?> f) {
            f.focus();
        }
    }

    private void save() {
        int invalid = errors.checkRequired() + checkFields();
        if (invalid > 0) {
            summary(invalid, List.of());
            goToFirstProblem();
            return;
        }
        try {
            R saved = store(id, version);
            closeProblem();
            Ui.success(t(id == null ? "kyodo.form.created" : "kyodo.form.updated"));
            Navigation.navigate(pageOf(idOf(saved)));
        } catch (ValidationException e) {
            List<FieldError> unplaced = errors.show(e);
            summary(e.errors().size(), unplaced);
            goToFirstProblem();
        } catch (ConflictException e) {
            problem(t("kyodo.form.conflict", e.message(getLocale())));
        } catch (DomainException e) {
            problem(e.message(getLocale()));
        }
    }

    /** Long forms: the first field with a message comes into sight and gets the focus. */
    private void goToFirstProblem() {
        errors.firstInvalid().ifPresent(field -> {
            if (field instanceof Component c) {
                c.scrollIntoView();
            }
            if (field instanceof Focusable<?> f) {
                f.focus();
            }
        });
    }

    private void problem(String text) {
        closeProblem();
        problem = Ui.error(text);
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
        lines.add(t("kyodo.form.invalid", count));
        unplaced.forEach(e -> lines.add(e.message(getLocale())));
        closeProblem();
        problem = Ui.error(lines.toArray(String[]::new));
    }

    private void back() {
        Navigation.navigate(id == null ? backRoute() : pageOf(id));
    }

    protected String t(String key, Object... args) {
        return getTranslation(key, args);
    }
}
