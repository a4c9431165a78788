package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import jp.kyodo.matching.Need;
import jp.kyodo.matching.NeedDraft;
import jp.kyodo.matching.NeedKind;
import jp.kyodo.registry.TimeBand;
import jp.kyodo.web.YenField;

/** A need's form, new or {@code ?id=N}: who needs what, where, when, how many, by when. Coordinators. */
final class NeedForm extends MatchingForm<Need> {

    private static final long serialVersionUID = 1L;

    final ComboBox<PartnerRef> owner;
    final TextField title;
    final TextArea description;
    final CheckboxGroup<NeedKind> kinds;
    final TextArea skills;
    final MultiSelectComboBox<String> fieldCodes;
    final ComboBox<String> area;
    final CheckboxGroup<DayOfWeek> days;
    final CheckboxGroup<TimeBand> times;
    final DatePicker startsOn;
    final DatePicker endsOn;
    final IntegerField people;
    final YenField amount;
    final DatePicker dueOn;

    NeedForm(MatchingServices services) {
        super(services, "matching.needForm.new", "matching.needForm.edit", "matching-need-form");
        owner = Fields.organisation(t("matching.need.owner"), services, labels, "matching-need-owner");
        owner.setHelperText(t("matching.need.ownerHelp"));
        title = Fields.text(t("matching.need.title"), 200, "matching-need-title");
        description = Fields.area(t("matching.need.description"), 4000, "matching-need-description");
        kinds = Fields.checkboxes(t("matching.need.kinds"), NeedKind.class, labels, "matching-need-kinds");
        skills = Fields.area(t("matching.need.skills"), 1000, "matching-need-skills");
        skills.setHelperText(t("matching.need.skillsHelp"));
        fieldCodes = Fields.activityFields(t("matching.field"), labels, "matching-need-fields");
        area = Fields.cityArea(t("matching.area"), labels, "matching-need-area");
        area.setHelperText(t("matching.need.areaHelp"));
        days = Fields.days(t("matching.days"), labels, "matching-need-days");
        times = Fields.times(t("matching.times"), labels, "matching-need-times");
        startsOn = Fields.date(t("matching.need.startsOn"), labels, "matching-need-starts");
        endsOn = Fields.date(t("matching.need.endsOn"), labels, "matching-need-ends");
        people = Fields.integer(t("matching.need.people"), "matching-need-people");
        people.setMin(1);
        people.setStepButtonsVisible(true);
        amount = Fields.yen(t("matching.need.amount"), labels, "matching-need-amount");
        amount.setHelperText(t("matching.need.amountHelp"));
        dueOn = Fields.date(t("matching.need.dueOn"), labels, "matching-need-due");
        errors.require("ownerId", owner, t("matching.form.required"))
                .require("title", title, t("matching.form.required"))
                .require("kinds", kinds, t("matching.need.kindsRequired"))
                .bind("description", description)
                .bind("skills", skills)
                .bind("fieldCodes", fieldCodes)
                .bind("areaCode", area)
                .bind("days", days)
                .bind("times", times)
                .bind("startsOn", startsOn)
                .bind("endsOn", endsOn)
                .bind("peopleNeeded", people)
                .bind("amountYen", amount)
                .bind("dueOn", dueOn);
        layout(
                section(t("matching.needForm.what"), owner, title, wide(kinds), skills, description),
                section(t("matching.needForm.where"), fieldCodes, area),
                section(t("matching.needForm.when"), wide(days), wide(times), startsOn, endsOn, dueOn),
                section(t("matching.needForm.howMuch"), people, amount));
    }

    @Override
    protected Need load(long id) {
        return services.needs().get(id);
    }

    @Override
    protected long idOf(Need need) {
        return need.id();
    }

    @Override
    protected int versionOf(Need need) {
        return need.version();
    }

    @Override
    protected void fill(Need need) {
        NeedDraft d = need.details();
        owner.setValue(new PartnerRef(d.ownerId(), need.ownerName(), ""));
        title.setValue(d.title());
        description.setValue(d.description());
        kinds.setValue(d.kinds());
        skills.setValue(d.skills());
        fieldCodes.setValue(d.fieldCodes());
        area.setValue(d.areaCode().isEmpty() ? null : d.areaCode());
        days.setValue(d.days());
        times.setValue(d.times());
        startsOn.setValue(d.startsOn());
        endsOn.setValue(d.endsOn());
        people.setValue(d.peopleNeeded());
        amount.setAmount(d.amountYen());
        dueOn.setValue(d.dueOn());
    }

    /** What is typed, as the service's draft. */
    NeedDraft draft() {
        return new NeedDraft(
                owner.getValue() == null ? 0 : owner.getValue().id(),
                title.getValue(),
                description.getValue(),
                kinds.getValue(),
                skills.getValue(),
                fieldCodes.getValue(),
                area.getValue(),
                days.getValue(),
                times.getValue(),
                startsOn.getValue(),
                endsOn.getValue(),
                people.getValue(),
                amount.amount(),
                dueOn.getValue());
    }

    @Override
    protected int checkFields() {
        return amount.check() ? 0 : 1;
    }

    @Override
    protected Need store(Long id, int version) {
        return id == null ? services.needs().create(draft()) : services.needs().update(id, version, draft());
    }

    @Override
    protected String pageOf(long id) {
        return Routes.need(id);
    }

    @Override
    protected String backRoute() {
        return Routes.NEEDS;
    }

    @Override
    protected Component firstField() {
        return owner;
    }
}
