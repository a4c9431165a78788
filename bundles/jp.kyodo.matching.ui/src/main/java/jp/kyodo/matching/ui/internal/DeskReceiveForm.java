package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.matching.DeskItem;
import jp.kyodo.matching.DeskItemDraft;
import jp.kyodo.matching.DeskItemKind;
import jp.kyodo.web.Formats;

/**
 * 受付: a consultation or proposal that reached the desk, entered by a coordinator — from whom (a registered
 * partner, or a name as given), the subject, what was asked, the day it came in. It is routed on its page.
 */
final class DeskReceiveForm extends MatchingForm<DeskItem> {

    private static final long serialVersionUID = 1L;

    final RadioButtonGroup<DeskItemKind> kind = new RadioButtonGroup<>();
    final ComboBox<PartnerRef> fromPartner;
    final TextField fromName;
    final TextField subject;
    final TextArea body;
    final DatePicker receivedOn;

    DeskReceiveForm(MatchingServices services) {
        super(services, "matching.deskForm.new", "matching.deskForm.new", "matching-desk-form");
        kind.setLabel(t("matching.desk.kind"));
        kind.setItems(DeskItemKind.values());
        kind.setItemLabelGenerator(labels::of);
        kind.setValue(DeskItemKind.CONSULTATION);
        kind.setId("matching-desk-kind");
        fromPartner = Fields.partner(
                t("matching.desk.fromPartner"), services, labels, Set.of(), "matching-desk-from-partner");
        fromPartner.setHelperText(t("matching.desk.fromPartnerHelp"));
        fromName = Fields.text(t("matching.desk.from"), 200, "matching-desk-from");
        fromPartner.addValueChangeListener(e -> {
            if (e.getValue() != null
                    && (fromName.isEmpty()
                            || e.getOldValue() != null
                                    && fromName.getValue()
                                            .equals(e.getOldValue().name()))) {
                fromName.setValue(e.getValue().name());
            }
        });
        subject = Fields.text(t("matching.desk.subject"), 200, "matching-desk-subject");
        body = Fields.area(t("matching.desk.body"), 4000, "matching-desk-body");
        receivedOn = Fields.date(t("matching.desk.receivedOn"), labels, "matching-desk-received");
        receivedOn.setValue(LocalDate.now(Formats.ZONE));
        receivedOn.setMax(LocalDate.now(Formats.ZONE));
        errors.require("kind", kind, t("matching.form.required"))
                .require("fromName", fromName, t("matching.form.required"))
                .require("subject", subject, t("matching.form.required"))
                .bind("fromPartnerId", fromPartner)
                .bind("body", body)
                .bind("receivedOn", receivedOn);
        layout(section(t("matching.deskForm.section"), wide(kind), fromPartner, fromName, subject, receivedOn, body));
    }

    @Override
    protected DeskItem load(long id) {
        throw new NotFoundException(); // the form only receives new items; an item changes on its page
    }

    @Override
    protected long idOf(DeskItem item) {
        return item.id();
    }

    @Override
    protected int versionOf(DeskItem item) {
        return item.version();
    }

    @Override
    protected void fill(DeskItem item) {}

    DeskItemDraft draft() {
        return new DeskItemDraft(
                kind.getValue(),
                fromName.getValue(),
                fromPartner.getValue() == null ? null : fromPartner.getValue().id(),
                subject.getValue(),
                body.getValue(),
                receivedOn.getValue());
    }

    @Override
    protected DeskItem store(Long id, int version) {
        return services.desk().receive(draft());
    }

    @Override
    protected String pageOf(long id) {
        return Routes.deskItem(id);
    }

    @Override
    protected String backRoute() {
        return Routes.DESK;
    }

    @Override
    protected Component firstField() {
        return fromPartner;
    }
}
