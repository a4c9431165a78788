package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.util.Set;
import jp.kyodo.matching.Offer;
import jp.kyodo.matching.OfferDraft;
import jp.kyodo.matching.OfferKind;
import jp.kyodo.registry.TimeBand;
import jp.kyodo.web.YenField;

/** An offer's form, new or {@code ?id=N}: who offers what, where and when, how much. Coordinators. */
final class OfferForm extends MatchingForm<Offer> {

    private static final long serialVersionUID = 1L;

    final ComboBox<PartnerRef> provider;
    final Select<OfferKind> kind;
    final TextField title;
    final TextArea description;
    final TextArea skills;
    final MultiSelectComboBox<String> fieldCodes;
    final ComboBox<String> area;
    final CheckboxGroup<DayOfWeek> days;
    final CheckboxGroup<TimeBand> times;
    final IntegerField hours;
    final YenField amount;
    final DatePicker validUntil;

    OfferForm(MatchingServices services) {
        super(services, "matching.offerForm.new", "matching.offerForm.edit", "matching-offer-form");
        provider = Fields.partner(t("matching.offer.provider"), services, labels, Set.of(), "matching-offer-provider");
        provider.setHelperText(t("matching.offer.providerHelp"));
        kind = Fields.select(t("matching.offer.kind"), OfferKind.class, labels, "matching-offer-kind");
        title = Fields.text(t("matching.offer.title"), 200, "matching-offer-title");
        description = Fields.area(t("matching.offer.description"), 4000, "matching-offer-description");
        skills = Fields.area(t("matching.offer.skills"), 1000, "matching-offer-skills");
        skills.setHelperText(t("matching.offer.skillsHelp"));
        fieldCodes = Fields.activityFields(t("matching.field"), labels, "matching-offer-fields");
        area = Fields.cityArea(t("matching.area"), labels, "matching-offer-area");
        area.setHelperText(t("matching.offer.areaHelp"));
        days = Fields.days(t("matching.days"), labels, "matching-offer-days");
        times = Fields.times(t("matching.times"), labels, "matching-offer-times");
        hours = Fields.integer(t("matching.offer.hours"), "matching-offer-hours");
        hours.setMin(1);
        amount = Fields.yen(t("matching.offer.amount"), labels, "matching-offer-amount");
        amount.setHelperText(t("matching.offer.amountHelp"));
        validUntil = Fields.date(t("matching.offer.validUntil"), labels, "matching-offer-valid");
        validUntil.setHelperText(t("matching.offer.validHelp"));
        errors.require("providerId", provider, t("matching.form.required"))
                .require("kind", kind, t("matching.form.required"))
                .require("title", title, t("matching.form.required"))
                .bind("description", description)
                .bind("skills", skills)
                .bind("fieldCodes", fieldCodes)
                .bind("areaCode", area)
                .bind("days", days)
                .bind("times", times)
                .bind("hours", hours)
                .bind("amountYen", amount)
                .bind("validUntil", validUntil);
        layout(
                section(t("matching.offerForm.what"), provider, kind, title, skills, description),
                section(t("matching.needForm.where"), fieldCodes, area),
                section(t("matching.needForm.when"), wide(days), wide(times), validUntil),
                section(t("matching.needForm.howMuch"), hours, amount));
    }

    @Override
    protected Offer load(long id) {
        return services.offers().get(id);
    }

    @Override
    protected long idOf(Offer offer) {
        return offer.id();
    }

    @Override
    protected int versionOf(Offer offer) {
        return offer.version();
    }

    @Override
    protected void fill(Offer offer) {
        OfferDraft d = offer.details();
        provider.setValue(new PartnerRef(d.providerId(), offer.providerName(), ""));
        kind.setValue(d.kind());
        title.setValue(d.title());
        description.setValue(d.description());
        skills.setValue(d.skills());
        fieldCodes.setValue(d.fieldCodes());
        area.setValue(d.areaCode().isEmpty() ? null : d.areaCode());
        days.setValue(d.days());
        times.setValue(d.times());
        hours.setValue(d.hours());
        amount.setAmount(d.amountYen());
        validUntil.setValue(d.validUntil());
    }

    OfferDraft draft() {
        return new OfferDraft(
                provider.getValue() == null ? 0 : provider.getValue().id(),
                kind.getValue(),
                title.getValue(),
                description.getValue(),
                skills.getValue(),
                fieldCodes.getValue(),
                area.getValue(),
                days.getValue(),
                times.getValue(),
                hours.getValue(),
                amount.amount(),
                validUntil.getValue());
    }

    @Override
    protected int checkFields() {
        return amount.check() ? 0 : 1;
    }

    @Override
    protected Offer store(Long id, int version) {
        return id == null
                ? services.offers().create(draft())
                : services.offers().update(id, version, draft());
    }

    @Override
    protected String pageOf(long id) {
        return Routes.offer(id);
    }

    @Override
    protected String backRoute() {
        return Routes.OFFERS;
    }

    @Override
    protected Component firstField() {
        return provider;
    }
}
