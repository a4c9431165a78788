package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.matching.Offer;
import jp.kyodo.matching.OfferKind;
import jp.kyodo.matching.OfferQuery;
import jp.kyodo.matching.OfferStatus;
import jp.kyodo.matching.Offers;
import jp.kyodo.web.CsvTable;

/** 申し出: what experts, volunteers, businesses, schools and the city offer, newest first. */
final class OfferListView extends MatchingList<OfferQuery, Offer> {

    private static final long serialVersionUID = 1L;

    private final MultiSelectComboBox<OfferStatus> statuses = new MultiSelectComboBox<>();
    private final ComboBox<OfferKind> kind;
    private final boolean coordinator = Permissions.hasRole(Role.COORDINATOR);

    OfferListView(MatchingServices services) {
        super(services, "matching-offers");
        statuses.setLabel(t("matching.status"));
        statuses.setItems(OfferStatus.values());
        statuses.setItemLabelGenerator(labels::of);
        statuses.setValue(Set.of(OfferStatus.AVAILABLE));
        statuses.setId("matching-offers-status");
        statuses.setAutoExpand(MultiSelectComboBox.AutoExpandMode.HORIZONTAL);
        statuses.addValueChangeListener(e -> refresh());
        kind = Fields.filter(t("matching.offer.kind"), OfferKind.class, labels, "matching-offers-kind");
        kind.addValueChangeListener(e -> refresh());
        List<Component> actions = List.of();
        if (coordinator) {
            Button add = new Button(
                    t("matching.offers.new"), VaadinIcon.PLUS.create(), e -> Routes.navigate(Routes.OFFER_EDIT));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("matching-offers-new");
            actions = List.of(add);
        }
        layout(t("matching.offers.title"), t("matching.offers.placeholder"), actions, List.of(statuses, kind));
    }

    @Override
    protected OfferQuery currentQuery() {
        EnumSet<OfferStatus> s = EnumSet.noneOf(OfferStatus.class);
        s.addAll(statuses.getSelectedItems());
        return new OfferQuery(search.getValue(), s, kind.getValue(), null);
    }

    @Override
    protected Page<Offer> search(OfferQuery query, PageRequest page) {
        return services.offers().search(query, page);
    }

    @Override
    protected void columns(Grid<Offer> grid) {
        grid.addColumn(LitRenderer.<Offer>of("<div style='line-height:1.4;padding:var(--lumo-space-xs) 0'>"
                                + "<div style='font-weight:600;white-space:normal'>${item.title}</div>"
                                + "<div style='font-size:var(--lumo-font-size-s);"
                                + "color:var(--lumo-secondary-text-color)'>${item.provider}</div></div>")
                        .withProperty("title", o -> o.details().title())
                        .withProperty("provider", Offer::providerName))
                .setHeader(t("matching.offer.title"))
                .setSortProperty(Offers.SORT_TITLE)
                .setFlexGrow(3);
        grid.addColumn(o -> labels.of(o.details().kind()))
                .setHeader(t("matching.offer.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(o -> o.details().skills())
                .setHeader(t("matching.offer.skills"))
                .setFlexGrow(2);
        grid.addColumn(o -> labels.join(labels.fields(o.details().fieldCodes())))
                .setHeader(t("matching.field"))
                .setFlexGrow(2);
        grid.addColumn(o -> labels.area(o.details().areaCode()))
                .setHeader(t("matching.area"))
                .setFlexGrow(1);
        grid.addColumn(o -> labels.date(o.details().validUntil()))
                .setHeader(t("matching.offer.validUntil"))
                .setSortProperty(Offers.SORT_VALID_UNTIL)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<Offer>of("<span theme='badge ${item.theme}'>${item.status}</span>")
                        .withProperty("status", o -> labels.of(o.status()))
                        .withProperty("theme", o -> Badges.theme(o.status())))
                .setHeader(t("matching.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    @Override
    protected void open(Offer offer) {
        Routes.navigate(Routes.offer(offer.id()));
    }

    @Override
    protected String emptyText() {
        return t("matching.offers.empty");
    }

    @Override
    protected CsvTable<Offer> csv() {
        return CsvLayouts.of(services).offers(coordinator);
    }

    @Override
    protected String exportName() {
        return t("matching.offers.exportName");
    }
}
