package jp.kyodo.exchange.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.exchange.ShareCandidate;
import jp.kyodo.exchange.ShareableKind;
import jp.kyodo.exchange.SharedRecord;
import jp.kyodo.web.Formats;
import jp.kyodo.web.Ui;

/**
 * 共有する記録: staff choose, kind by kind, which records go to the neighbours (one by one or several at once) and
 * stop sharing them; the second tab lists what is shared, withdrawn records included. The kinds are those the
 * installed modules offer.
 */
final class SharedView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** Candidates shown for one search: the services' own search narrows further. */
    static final int CANDIDATES = 50;

    private final transient ExchangeServices services;
    private final transient Texts texts;
    private final boolean staff = Permissions.hasRole(Role.STAFF);
    private final Map<String, String> kindTitles = new LinkedHashMap<>();
    private final Select<ShareableKind> kind = new Select<>();
    private final TextField search = new TextField();
    private final Grid<ShareCandidate> candidates = new Grid<>();
    private final ComboBox<ShareableKind> sharedKind = new ComboBox<>();
    private final Grid<SharedRecord> shared = new Grid<>();
    private final Span sharedCount = new Span();

    SharedView(ExchangeServices services) {
        this.services = services;
        this.texts = new Texts(this);
        setPadding(false);
        add(Ui.header(t("exchange.shared.title")));
        List<ShareableKind> kinds;
        try {
            kinds = services.sharing().kinds(getLocale());
        } catch (DomainException e) {
            add(Ui.emptyState(e.message(getLocale())));
            return;
        }
        if (kinds.isEmpty()) {
            add(Ui.emptyState(t("exchange.shared.noKinds")));
            return;
        }
        kinds.forEach(k -> kindTitles.put(k.type(), k.title()));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.setId("exchange-shared-tabs");
        tabs.add(t("exchange.shared.choose"), chooser(kinds));
        tabs.add(t("exchange.shared.list"), sharedList(kinds));
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() != null && tabs.getSelectedIndex() == 1) {
                shared.getDataProvider().refreshAll();
            }
        });
        add(tabs);
    }

    // ---- choosing records ------------------------------------------------------------------------

    private Component chooser(List<ShareableKind> kinds) {
        kind.setLabel(t("exchange.shared.kind"));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(ShareableKind::title);
        kind.setValue(kinds.get(0));
        kind.setId("exchange-shared-kind");
        kind.addValueChangeListener(e -> loadCandidates());
        search.setPlaceholder(t("exchange.shared.search"));
        search.getElement().setAttribute("aria-label", t("exchange.shared.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.setId("exchange-shared-search");
        search.addValueChangeListener(e -> loadCandidates());
        FlexLayout filters = new FlexLayout(kind, search);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("column-gap", "var(--lumo-space-m)");
        filters.setFlexGrow(1, search);
        filters.setWidthFull();

        candidates.setId("exchange-candidates");
        candidates.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        candidates.setHeight("calc(100vh - 26rem)");
        candidates.setMinHeight("16rem");
        candidates.setEmptyStateText(t("exchange.shared.noCandidates"));
        if (staff) {
            candidates.setSelectionMode(Grid.SelectionMode.MULTI);
        }
        candidates
                .addColumn(ShareCandidate::title)
                .setHeader(t("exchange.col.title"))
                .setTooltipGenerator(ShareCandidate::title)
                .setFlexGrow(3);
        candidates
                .addColumn(ShareCandidate::detail)
                .setHeader(t("exchange.col.detail"))
                .setTooltipGenerator(ShareCandidate::detail)
                .setFlexGrow(2);
        candidates
                .addComponentColumn(c -> c.shared()
                        ? Ui.badge(t("exchange.shared.on"), "success")
                        : Ui.badge(t("exchange.shared.off"), "contrast"))
                .setHeader(t("exchange.col.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (staff) {
            candidates.addComponentColumn(this::toggle).setAutoWidth(true).setFlexGrow(0);
        }

        VerticalLayout content = new VerticalLayout(filters);
        content.setPadding(false);
        if (staff) {
            Button shareSelected = new Button(
                    t("exchange.shared.shareSelected"), VaadinIcon.UPLOAD_ALT.create(), e -> share(selected()));
            shareSelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            shareSelected.setId("exchange-share-selected");
            Button withdrawSelected =
                    new Button(t("exchange.shared.withdrawSelected"), e -> withdraw(selectedType(), selected()));
            withdrawSelected.setId("exchange-withdraw-selected");
            shareSelected.setEnabled(false);
            withdrawSelected.setEnabled(false);
            candidates.addSelectionListener(e -> {
                shareSelected.setEnabled(!e.getAllSelectedItems().isEmpty());
                withdrawSelected.setEnabled(!e.getAllSelectedItems().isEmpty());
            });
            HorizontalLayout bulk = new HorizontalLayout(shareSelected, withdrawSelected);
            bulk.getStyle().set("flex-wrap", "wrap");
            content.add(bulk);
        }
        content.add(candidates);
        loadCandidates();
        return content;
    }

    private Button toggle(ShareCandidate c) {
        Button b = c.shared()
                ? new Button(t("exchange.shared.withdraw"), e -> withdraw(c.type(), Set.of(c.localId())))
                : new Button(t("exchange.shared.share"), e -> share(Set.of(c.localId())));
        b.addThemeVariants(
                ButtonVariant.LUMO_SMALL, c.shared() ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
        b.setId("exchange-" + (c.shared() ? "withdraw-" : "share-") + c.localId());
        return b;
    }

    private void loadCandidates() {
        candidates.deselectAll();
        if (kind.getValue() == null) {
            candidates.setItems(List.of());
            return;
        }
        try {
            candidates.setItems(services.sharing().candidates(selectedType(), search.getValue(), CANDIDATES));
        } catch (DomainException e) {
            candidates.setItems(List.of());
            Ui.error(e.message(getLocale()));
        }
    }

    private String selectedType() {
        return kind.getValue() == null ? "" : kind.getValue().type();
    }

    private List<String> selected() {
        return candidates.getSelectedItems().stream()
                .map(ShareCandidate::localId)
                .toList();
    }

    private void share(Collection<String> ids) {
        String type = selectedType();
        int[] n = {0};
        if (!ids.isEmpty() && texts.attempt(() -> n[0] = services.sharing().share(type, ids))) {
            Ui.success(t("exchange.shared.sharedCount", n[0]));
            loadCandidates();
        }
    }

    private void withdraw(String type, Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Ui.confirm(
                t("exchange.shared.withdrawTitle", ids.size()),
                t("exchange.shared.withdrawText"),
                t("exchange.shared.withdraw"),
                () -> {
                    int[] n = {0};
                    if (texts.attempt(() -> n[0] = services.sharing().withdraw(type, ids))) {
                        Ui.success(t("exchange.shared.withdrawnCount", n[0]));
                        loadCandidates();
                        shared.getDataProvider().refreshAll();
                    }
                });
    }

    // ---- what is shared --------------------------------------------------------------------------

    private Component sharedList(List<ShareableKind> kinds) {
        sharedKind.setLabel(t("exchange.shared.kind"));
        sharedKind.setItems(kinds);
        sharedKind.setItemLabelGenerator(ShareableKind::title);
        sharedKind.setClearButtonVisible(true);
        sharedKind.setPlaceholder(t("exchange.all"));
        sharedKind.setId("exchange-shared-list-kind");
        sharedKind.addValueChangeListener(e -> shared.getDataProvider().refreshAll());
        sharedCount.setId("exchange-shared-count");
        sharedCount.getStyle().set("font-weight", "600");

        shared.setId("exchange-shared");
        shared.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        shared.setHeight("calc(100vh - 26rem)");
        shared.setMinHeight("16rem");
        shared.setEmptyStateText(t("exchange.shared.none"));
        shared.addColumn(r -> kindTitles.getOrDefault(r.type(), r.type()))
                .setHeader(t("exchange.col.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        shared.addColumn(SharedRecord::title)
                .setHeader(t("exchange.col.title"))
                .setTooltipGenerator(SharedRecord::title)
                .setFlexGrow(3);
        shared.addColumn(r -> texts.when(r.sharedAt()))
                .setHeader(t("exchange.col.sharedAt"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        shared.addColumn(SharedRecord::sharedBy)
                .setHeader(t("exchange.col.sharedBy"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        shared.addComponentColumn(r -> r.withdrawn()
                        ? Ui.badge(t("exchange.shared.withdrawn"), "contrast")
                        : Ui.badge(t("exchange.shared.on"), "success"))
                .setHeader(t("exchange.col.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (staff) {
            shared.addComponentColumn(r -> {
                        if (r.withdrawn()) {
                            return new Span();
                        }
                        Button b =
                                new Button(t("exchange.shared.withdraw"), e -> withdraw(r.type(), Set.of(r.localId())));
                        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                        return b;
                    })
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        shared.setItems(q -> fetchShared(q.getOffset(), q.getLimit()), q -> countShared());

        HorizontalLayout top = new HorizontalLayout(sharedKind, sharedCount);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.getStyle().set("flex-wrap", "wrap");
        VerticalLayout content = new VerticalLayout(top, shared);
        content.setPadding(false);
        return content;
    }

    private String sharedType() {
        return sharedKind.getValue() == null ? "" : sharedKind.getValue().type();
    }

    private Stream<SharedRecord> fetchShared(int offset, int limit) {
        try {
            return services
                    .sharing()
                    .shared(sharedType(), new PageRequest(offset, Math.min(limit, PageRequest.MAX_LIMIT), List.of()))
                    .items()
                    .stream();
        } catch (DomainException e) {
            return Stream.empty();
        }
    }

    private int countShared() {
        try {
            Page<SharedRecord> first = services.sharing().shared(sharedType(), PageRequest.first(1));
            sharedCount.setText(t("kyodo.list.count", Formats.number(first.total(), getLocale())));
            return (int) Math.min(Integer.MAX_VALUE, first.total());
        } catch (DomainException e) {
            sharedCount.setText(e.message(getLocale()));
            return 0;
        }
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }
}
