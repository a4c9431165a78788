package jp.kyodo.funding.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.funding.Fund;
import jp.kyodo.web.Navigation;
import jp.kyodo.web.Ui;

/** 基金: the city's reserve funds with their balance and the last closed fiscal year. A city has a handful. */
final class FundListView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private transient Fund focused;

    FundListView(FundingServices services) {
        setPadding(false);
        Labels labels = Labels.of(this, services);
        List<Component> actions = List.of();
        if (Permissions.hasRole(Role.COORDINATOR)) {
            Button add = new Button(
                    labels.text("funding.funds.new"),
                    VaadinIcon.PLUS.create(),
                    e -> Navigation.navigate(Routes.FUND_EDIT));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("funding-funds-new");
            actions = List.of(add);
        }
        add(Ui.header(labels.text("funding.funds.title"), actions.toArray(Component[]::new)));
        Grid<Fund> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(f -> f.details().name())
                .setHeader(labels.text("funding.fund.name"))
                .setFlexGrow(3);
        grid.addColumn(f -> f.details().code())
                .setHeader(labels.text("funding.fund.code"))
                .setAutoWidth(true);
        grid.addColumn(f -> labels.fiscalYear(f.details().openedFiscalYear()))
                .setHeader(labels.text("funding.fund.openedYear"))
                .setAutoWidth(true);
        grid.addColumn(f -> f.lastClosedYear() == null ? "" : labels.fiscalYear(f.lastClosedYear()))
                .setHeader(labels.text("funding.fund.lastClosed"))
                .setAutoWidth(true);
        grid.addColumn(f -> labels.yen(f.balanceYen()))
                .setHeader(labels.text("funding.fund.balance"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addItemClickListener(
                e -> Navigation.navigate(Routes.fund(e.getItem().id())));
        // Enter on a focused row opens it, as in the other lists
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(
                        grid,
                        () -> {
                            if (focused != null) {
                                Navigation.navigate(Routes.fund(focused.id()));
                            }
                        },
                        Key.ENTER)
                .listenOn(grid);
        grid.setEmptyStateText(labels.text("funding.funds.empty"));
        grid.setId("funding-funds-grid");
        try {
            grid.setItems(services.funds().funds());
        } catch (DomainException e) {
            grid.setEmptyStateText(e.message(getLocale()));
        }
        add(grid);
    }
}
