package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.matching.Offer;
import jp.kyodo.matching.OfferDraft;
import jp.kyodo.matching.OfferStatus;
import jp.kyodo.web.Ui;

/** An offer's page ({@code matching/offer?id=N}); coordinators edit it or withdraw it (after confirming). */
final class OfferView extends MatchingRecordView<Offer> {

    private static final long serialVersionUID = 1L;

    OfferView(MatchingServices services) {
        super(services);
    }

    @Override
    protected Offer load(long id) {
        return services.offers().get(id);
    }

    @Override
    protected void render(Offer offer) {
        OfferDraft d = offer.details();
        List<Component> actions = new ArrayList<>();
        if (coordinator && offer.status() == OfferStatus.AVAILABLE) {
            Button edit = new Button(
                    t("matching.edit"),
                    VaadinIcon.EDIT.create(),
                    e -> Routes.navigate(Routes.edit(Routes.OFFER_EDIT, offer.id())));
            edit.setId("matching-offer-edit");
            Button withdraw = new Button(
                    t("matching.offer.withdraw"),
                    VaadinIcon.BAN.create(),
                    e -> Ui.confirm(
                            t("matching.offer.withdrawTitle", d.title()),
                            t("matching.offer.withdrawText"),
                            t("matching.offer.withdraw"),
                            () -> change(
                                    () -> services.offers().withdraw(offer.id(), offer.version()),
                                    "matching.offer.withdrawn")));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            withdraw.setId("matching-offer-withdraw");
            actions.add(edit);
            actions.add(withdraw);
        }
        add(Ui.header(d.title(), actions.toArray(Component[]::new)));
        Div sub = new Div(
                Ui.badge(labels.of(offer.status()), Badges.theme(offer.status())), new Span(offer.providerName()));
        sub.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center");
        add(sub);
        Ui.Facts what = new Ui.Facts()
                .line(t("matching.offer.kind"), labels.of(d.kind()))
                .line(t("matching.offer.skills"), d.skills())
                .line(t("matching.offer.description"), d.description())
                .line(t("matching.offer.hours"), d.hours() == null ? "" : t("matching.hours", d.hours()))
                .line(t("matching.offer.amount"), labels.yen(d.amountYen()));
        Ui.Facts where = new Ui.Facts()
                .line(t("matching.field"), labels.join(labels.fields(d.fieldCodes())))
                .line(
                        t("matching.area"),
                        d.areaCode().isEmpty() ? t("matching.wholeCity") : labels.areaPath(d.areaCode()))
                .line(t("matching.days"), Schedules.days(d.days(), labels))
                .line(t("matching.times"), Schedules.times(d.times(), labels))
                .line(
                        t("matching.offer.validUntil"),
                        d.validUntil() == null ? t("matching.offer.untilWithdrawn") : labels.date(d.validUntil()))
                .line(t("matching.record.updated"), labels.dateTime(offer.updatedAt()));
        add(Ui.cards(Ui.card(t("matching.offerForm.what"), what), Ui.card(t("matching.needForm.whereWhen"), where)));
    }
}
