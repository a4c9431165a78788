package jp.kyodo.funding.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.PageRequest;
import jp.kyodo.funding.Fund;
import jp.kyodo.funding.FundDraft;
import jp.kyodo.funding.FundYear;
import jp.kyodo.funding.LedgerEntry;
import jp.kyodo.funding.LedgerKind;
import jp.kyodo.funding.LedgerQuery;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.Formats;
import jp.kyodo.web.Navigation;
import jp.kyodo.web.Ui;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A reserve fund's page ({@code funding/fund?id=N}): its fiscal years (和暦) with opening balance, deposits
 * (積立・寄附・利子), withdrawals (取崩) and year-end balance (年度末残), carried over exactly; the ledger for
 * staff; coordinators enter lines, close years in order, import the old Excel ledger (with a row report,
 * nothing written on error) and issue donation receipts (PDF).
 */
final class FundView extends FundingRecordView<Fund> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(FundView.class);

    FundView(FundingServices services) {
        super(services);
    }

    @Override
    protected Fund load(long id) {
        return services.funds().get(id);
    }

    @Override
    protected void render(Fund fund) {
        FundDraft d = fund.details();
        List<FundYear> years = services.funds().years(fund.id());
        List<Component> actions = new ArrayList<>();
        if (coordinator) {
            Button entry = new Button(t("funding.ledger.new"), VaadinIcon.PLUS.create(), e -> new EntryDialog(
                            services, labels, fund, this::reload)
                    .open());
            entry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            entry.setId("funding-fund-entry");
            Button importButton =
                    new Button(t("funding.import.title"), VaadinIcon.UPLOAD.create(), e -> new ImportDialog(
                                    services, labels, fund, this::reload)
                            .open());
            importButton.setId("funding-fund-import");
            Button edit = new Button(
                    t("funding.edit"),
                    VaadinIcon.EDIT.create(),
                    e -> Navigation.navigate(Routes.edit(Routes.FUND_EDIT, fund.id())));
            edit.setId("funding-fund-edit");
            actions.add(entry);
            actions.add(importButton);
            actions.add(edit);
        }
        add(Ui.header(d.name(), actions.toArray(Component[]::new)));
        Ui.Facts facts = new Ui.Facts()
                .line(t("funding.fund.code"), d.code())
                .line(t("funding.fund.purpose"), d.purpose())
                .line(t("funding.fund.openedYear"), labels.fiscalYear(d.openedFiscalYear()))
                .line(t("funding.fund.opening"), labels.yen(d.openingBalanceYen()))
                .line(
                        t("funding.fund.lastClosed"),
                        fund.lastClosedYear() == null ? "" : labels.fiscalYear(fund.lastClosedYear()));
        Div balance = new Div(labels.yen(fund.balanceYen()));
        balance.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "700");
        balance.setId("funding-fund-balance");
        add(Ui.cards(Ui.card(t("funding.fund.about"), facts), Ui.card(t("funding.fund.balance"), balance)));
        Div yearsCard = Ui.card(t("funding.years.title"), yearsGrid(fund, years), exports(fund));
        yearsCard.setWidthFull();
        add(yearsCard);
        if (staff) {
            Div ledgerCard = Ui.card(t("funding.ledger.title"), ledger(fund, years));
            ledgerCard.setWidthFull();
            add(ledgerCard);
        }
    }

    private Component yearsGrid(Fund fund, List<FundYear> years) {
        Grid<FundYear> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(y -> labels.fiscalYear(y.fiscalYear()))
                .setHeader(t("funding.fiscalYear"))
                .setAutoWidth(true);
        money(grid, "funding.years.opening", FundYear::openingYen);
        money(grid, "funding.LedgerKind.CITY_TRANSFER", FundYear::cityTransfersYen);
        money(grid, "funding.LedgerKind.DONATION", FundYear::donationsYen);
        money(grid, "funding.LedgerKind.INTEREST", FundYear::interestYen);
        money(grid, "funding.LedgerKind.WITHDRAWAL", FundYear::withdrawalsYen);
        grid.addColumn(LitRenderer.<FundYear>of("<b>${item.closing}</b>")
                        .withProperty("closing", y -> labels.yen(y.closingYen())))
                .setHeader(t("funding.years.closing"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addComponentColumn(y -> yearState(fund, years, y))
                .setHeader(t("funding.status"))
                .setAutoWidth(true);
        grid.setItems(years);
        grid.setEmptyStateText(t("funding.years.empty"));
        grid.setId("funding-fund-years");
        return grid;
    }

    private void money(Grid<FundYear> grid, String headerKey, ToLongFunction<FundYear> value) {
        grid.addColumn(y -> labels.yen(value.applyAsLong(y)))
                .setHeader(t(headerKey))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    /** 締め済 for closed years; the first open year that has ended can be closed by a coordinator. */
    private Component yearState(Fund fund, List<FundYear> years, FundYear y) {
        if (y.closed()) {
            return Ui.badge(t("funding.years.closed"), "success");
        }
        FundYear firstOpen = years.stream().filter(o -> !o.closed()).findFirst().orElse(null);
        boolean ended = LocalDate.now(Formats.ZONE).isAfter(LocalDate.of(y.fiscalYear() + 1, 3, 31));
        if (coordinator && y == firstOpen && ended) {
            Button close = new Button(
                    t("funding.years.close"),
                    e -> Ui.confirm(
                            t("funding.years.closeTitle", labels.fiscalYear(y.fiscalYear())),
                            t("funding.years.closeText", labels.yen(y.closingYen())),
                            t("funding.years.close"),
                            () -> change(
                                    () -> services.funds().closeYear(fund.id(), y.fiscalYear()),
                                    "funding.years.closedDone")));
            close.addThemeVariants(ButtonVariant.LUMO_SMALL);
            close.setId("funding-year-close-" + y.fiscalYear());
            return close;
        }
        return Ui.badge(t("funding.years.open"), "contrast");
    }

    private Component exports(Fund fund) {
        HorizontalLayout line = new HorizontalLayout();
        line.add(csvLink(
                "funding-fund-export-years",
                t("funding.years.export"),
                fund.details().name() + "_" + t("funding.years.title"),
                out -> services.funds().exportYears(fund.id(), out)));
        if (staff) {
            line.add(csvLink(
                    "funding-fund-export-ledger",
                    t("funding.ledger.export"),
                    fund.details().name() + "_" + t("funding.ledger.title"),
                    out -> services.funds().exportLedger(fund.id(), null, out)));
        }
        return line;
    }

    /** Writes a CSV of the fund. */
    @FunctionalInterface
    interface CsvWriting {
        void write(OutputStream out) throws IOException;
    }

    private Anchor csvLink(String id, String text, String name, CsvWriting writing) {
        DownloadHandler handler = event -> {
            event.setFileName(name + "_" + LocalDate.now(Formats.ZONE) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            try {
                writing.write(event.getOutputStream());
            } catch (DomainException e) {
                LOG.info("Fund export {} refused: {}", name, e.getMessage());
                event.getResponse().setStatus(403);
            } catch (IOException e) {
                LOG.warn("Fund export {} interrupted: {}", name, e.getMessage());
            }
        };
        Anchor link = new Anchor(handler, "");
        link.getElement().setAttribute("download", true);
        Button button = new Button(text, VaadinIcon.DOWNLOAD_ALT.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("tabindex", "-1");
        link.add(button);
        link.setId(id);
        return link;
    }

    private Component ledger(Fund fund, List<FundYear> years) {
        ComboBox<Integer> year = new ComboBox<>(t("funding.fiscalYear"));
        year.setItems(
                years.stream().map(FundYear::fiscalYear).sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(labels::fiscalYear);
        year.setClearButtonVisible(true);
        year.setWidth("16rem");
        year.setId("funding-ledger-year");
        if (!years.isEmpty()) {
            year.setValue(years.get(years.size() - 1).fiscalYear());
        }
        Grid<LedgerEntry> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("24rem");
        grid.addColumn(e -> labels.date(e.details().entryDate()))
                .setHeader(t("funding.ledger.date"))
                .setAutoWidth(true);
        grid.addColumn(e -> labels.of(e.details().kind()))
                .setHeader(t("funding.ledger.kind"))
                .setAutoWidth(true);
        grid.addColumn(e -> (e.details().kind().deposit() ? "" : "−")
                        + labels.yen(e.details().amountYen()))
                .setHeader(t("funding.ledger.amount"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(e -> e.details().kind() == LedgerKind.WITHDRAWAL
                        ? e.details().financed()
                        : e.details().description())
                .setHeader(t("funding.ledger.description"))
                .setFlexGrow(2);
        grid.addColumn(e -> e.details().donorName())
                .setHeader(t("funding.ledger.donor"))
                .setFlexGrow(1);
        grid.addColumn(e -> e.details().receiptNumber())
                .setHeader(t("funding.ledger.receipt"))
                .setAutoWidth(true);
        grid.addComponentColumn(e -> entryActions(e)).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(t("funding.ledger.empty"));
        grid.setId("funding-ledger-grid");
        grid.setItems(
                q -> services
                        .funds()
                        .entries(
                                new LedgerQuery(fund.id(), year.getValue(), null, ""),
                                new PageRequest(
                                        q.getOffset(), Math.min(q.getLimit(), PageRequest.MAX_LIMIT), List.of()))
                        .items()
                        .stream(),
                q -> (int) Math.min(
                        Integer.MAX_VALUE,
                        services.funds()
                                .entries(new LedgerQuery(fund.id(), year.getValue(), null, ""), PageRequest.first(1))
                                .total()));
        year.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Div box = new Div(year, grid);
        box.setWidthFull();
        return box;
    }

    private Component entryActions(LedgerEntry e) {
        HorizontalLayout line = new HorizontalLayout();
        line.setSpacing(false);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        if (coordinator
                && e.details().kind() == LedgerKind.DONATION
                && !e.details().receiptNumber().isEmpty()) {
            DownloadHandler pdf = event -> {
                try {
                    byte[] bytes = services.funds().donationReceipt(e.id());
                    event.setFileName(t("funding.receipt.file", e.details().receiptNumber()) + ".pdf");
                    event.setContentType("application/pdf");
                    event.getOutputStream().write(bytes);
                } catch (DomainException ex) {
                    LOG.info("Receipt of entry {} refused: {}", e.id(), ex.getMessage());
                    event.getResponse().setStatus(403);
                } catch (IOException ex) {
                    LOG.warn("Receipt of entry {} interrupted: {}", e.id(), ex.getMessage());
                }
            };
            Anchor receipt = new Anchor(pdf, "");
            receipt.getElement().setAttribute("download", true);
            receipt.getElement()
                    .setAttribute(
                            "aria-label",
                            t("funding.receipt.download", e.details().receiptNumber()));
            receipt.getElement()
                    .setAttribute(
                            "title", t("funding.receipt.download", e.details().receiptNumber()));
            receipt.add(VaadinIcon.FILE_TEXT_O.create());
            receipt.setId("funding-receipt-" + e.id());
            line.add(receipt);
        }
        if (coordinator && !e.imported()) {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> removeEntry(e));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.getElement().setAttribute("aria-label", t("funding.ledger.remove"));
            line.add(remove);
        }
        return line;
    }

    private void removeEntry(LedgerEntry e) {
        StepDialog dialog = new StepDialog(
                t(
                        "funding.ledger.removeTitle",
                        labels.date(e.details().entryDate()),
                        labels.of(e.details().kind()),
                        labels.yen(e.details().amountYen())),
                t("funding.ledger.removeText"),
                t("funding.ledger.remove"),
                true);
        TextArea reason = FormFields.area(t("funding.ledger.removeReason"), 1000, "funding-ledger-remove-reason");
        dialog.errors().require("reason", reason, t("funding.form.required"));
        dialog.fields(reason);
        dialog.open(() -> services.funds().remove(e.id(), reason.getValue()), () -> {
            Ui.success(t("funding.ledger.removed"));
            reload();
        });
    }
}
