package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import jp.kyodo.matching.DeskItem;
import jp.kyodo.web.FieldErrors;
import jp.kyodo.web.Ui;

/**
 * Routes a desk item to a department (回付) or passes it on to another one (転送): the department (the
 * registry's 市の部署), who answers, by when, and a note — for forwarding, the reason, required.
 */
final class RouteDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** The desk's call: route or forward. */
    @FunctionalInterface
    interface Send {
        DeskItem send(long departmentId, String owner, LocalDate dueOn, String note);
    }

    private final ComboBox<PartnerRef> department;
    private final TextField owner;
    private final DatePicker dueOn;
    private final TextArea note;
    private final transient FieldErrors errors;
    private final transient Labels labels;

    RouteDialog(
            MatchingServices services,
            Labels labels,
            DeskItem item,
            boolean forward,
            Send send,
            Consumer<DeskItem> done) {
        this.labels = labels;
        this.errors = new FieldErrors(labels::locale);
        setHeaderTitle(labels.text(forward ? "matching.desk.forwardTitle" : "matching.desk.routeTitle"));
        setWidth("min(40rem, 95vw)");
        Paragraph what = new Paragraph(item.details().subject());
        what.getStyle().set("margin-top", "0").set("font-weight", "600");
        department = Fields.department(
                labels.text("matching.desk.department"), services, labels, "matching-route-department");
        owner = Fields.text(labels.text("matching.desk.owner"), 100, "matching-route-owner");
        owner.setHelperText(labels.text("matching.desk.ownerHelp"));
        dueOn = Fields.date(labels.text("matching.desk.dueOn"), labels, "matching-route-due");
        dueOn.setHelperText(labels.text("matching.desk.dueHelp"));
        dueOn.setMin(LocalDate.now(jp.kyodo.web.Formats.ZONE));
        note = Fields.area(
                labels.text(forward ? "matching.desk.forwardReason" : "matching.note"), 2000, "matching-route-note");
        note.setRequiredIndicatorVisible(forward);
        if (!forward && item.departmentId() != null) {
            department.setValue(new PartnerRef(item.departmentId(), item.departmentName(), ""));
            owner.setValue(item.owner());
        }
        errors.require("departmentId", department, labels.text("matching.form.required"))
                .require("owner", owner, labels.text("matching.form.required"))
                .bind("dueOn", dueOn);
        if (forward) {
            errors.require("note", note, labels.text("matching.desk.forwardReasonRequired"));
        } else {
            errors.bind("note", note);
        }
        FormLayout form = new FormLayout(department, owner, dueOn, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(department, 2);
        form.setColspan(note, 2);
        add(what, form);
        Button cancel = new Button(labels.text("kyodo.cancel"), e -> close());
        cancel.setId("matching-route-cancel");
        Button confirm = new Button(
                labels.text(forward ? "matching.desk.forward" : "matching.desk.route"), e -> send(send, done));
        confirm.setId("matching-route-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, confirm);
    }

    private void send(Send send, Consumer<DeskItem> done) {
        if (errors.checkRequired() > 0) {
            return;
        }
        try {
            DeskItem sent = send.send(department.getValue().id(), owner.getValue(), dueOn.getValue(), note.getValue());
            close();
            done.accept(sent);
        } catch (ValidationException e) {
            List<FieldError> rest = errors.show(e);
            if (!rest.isEmpty()) {
                Ui.error(rest.stream().map(f -> f.message(labels.locale())).toArray(String[]::new));
            }
        } catch (ConflictException e) {
            close();
            Ui.error(labels.text("kyodo.form.conflict", e.message(labels.locale())));
            done.accept(null);
        } catch (DomainException e) {
            Ui.error(e.message(labels.locale()));
        }
    }

    @Override
    public void open() {
        super.open();
        department.focus();
    }
}
