package jp.kyodo.funding.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.funding.NeighbourCall;
import jp.kyodo.funding.NeighbourCalls;
import jp.kyodo.web.CsvTable;
import jp.kyodo.web.Formats;
import jp.kyodo.web.Ui;

/**
 * 近隣自治体の公募: grant calls neighbouring cities shared with this one, for groups that may apply there — each
 * with the city it comes from (「川口市の公募」), its application period, amount and the neighbour's page. Taking
 * applications today first; a click shows the whole call.
 */
final class NeighbourCallListView extends FundingList<String, NeighbourCall> {

    private static final long serialVersionUID = 1L;

    private final transient NeighbourCalls calls;

    NeighbourCallListView(FundingServices services, NeighbourCalls calls) {
        super(services, "funding-neighbour-calls");
        this.calls = calls;
        layout(t("funding.neighbourCalls.title"), t("funding.neighbourCalls.placeholder"), List.of(), List.of());
    }

    @Override
    protected String currentQuery() {
        return search.getValue();
    }

    @Override
    protected Page<NeighbourCall> search(String text, PageRequest page) {
        // the list has one order (open ones first): the grid's columns are not sortable
        return calls.search(text, new PageRequest(page.offset(), page.limit(), List.of()));
    }

    @Override
    protected void columns(Grid<NeighbourCall> grid) {
        grid.addColumn(LitRenderer.<NeighbourCall>of("<div style='line-height:1.4;padding:var(--lumo-space-xs) 0'>"
                                + "<div style='font-weight:600;white-space:normal'>${item.title}</div>"
                                + "<div style='font-size:var(--lumo-font-size-s);"
                                + "color:var(--lumo-secondary-text-color)'>${item.from}</div></div>")
                        .withProperty("title", NeighbourCall::title)
                        .withProperty("from", this::provenance))
                .setHeader(t("funding.neighbourCalls.call"))
                .setFlexGrow(3);
        grid.addColumn(LitRenderer.<NeighbourCall>of("<div style='line-height:1.4'>${item.from}<br>${item.until}</div>")
                        .withProperty(
                                "from",
                                n -> n.opensOn() == null && n.closesOn() == null
                                        ? t("funding.neighbourCalls.anyTime")
                                        : labels.date(n.opensOn()) + " 〜")
                        .withProperty("until", n -> labels.date(n.closesOn())))
                .setHeader(t("funding.programme.period"))
                .setFlexGrow(2);
        grid.addColumn(this::amount)
                .setHeader(t("funding.neighbourCalls.amount"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<NeighbourCall>of("<span theme='badge ${item.theme}'>${item.state}</span>")
                        .withProperty("state", n -> state(n))
                        .withProperty("theme", n -> switch (n.stateOn(today())) {
                            case OPEN -> "success";
                            case UPCOMING -> "";
                            case CLOSED -> "contrast";
                        }))
                .setHeader(t("funding.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::link))
                .setHeader(t("funding.neighbourCalls.link"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    /** 「川口市の公募」 / "A call of Kawaguchi-shi" — the neighbour's name as it sent it. */
    private String provenance(NeighbourCall n) {
        String kind = n.kind().isEmpty() ? "" : " · " + n.kind();
        return t("funding.neighbourCalls.from", n.municipalityName()) + kind;
    }

    /** The maximum per group; the budget when the call names no maximum; else nothing. */
    private String amount(NeighbourCall n) {
        if (n.maxAmountYen() != null) {
            return t("funding.neighbourCalls.upTo", labels.yen(n.maxAmountYen()));
        }
        return n.budgetYen() == null ? "" : t("funding.neighbourCalls.budget", labels.yen(n.budgetYen()));
    }

    private String state(NeighbourCall n) {
        return t("funding.neighbourCalls.state." + n.stateOn(today()).name());
    }

    private static LocalDate today() {
        return LocalDate.now(Formats.ZONE);
    }

    /** The neighbour's page: only an http(s) address is a link (the text comes from another system). */
    private Component link(NeighbourCall n) {
        if (!web(n.url())) {
            return Ui.muted(n.url());
        }
        Anchor a = new Anchor(n.url(), t("funding.neighbourCalls.open"), AnchorTarget.BLANK);
        a.getElement().setAttribute("rel", "noopener noreferrer");
        a.getElement().setAttribute("aria-label", t("funding.neighbourCalls.openOf", n.title()));
        return a;
    }

    static boolean web(String url) {
        String u = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://");
    }

    @Override
    protected void open(NeighbourCall n) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(n.title());
        dialog.setWidth("min(48rem, 95vw)");
        Ui.Facts facts = new Ui.Facts()
                .line(t("funding.neighbourCalls.source"), t("funding.neighbourCalls.from", n.municipalityName()))
                .line(t("funding.programme.kind"), n.kind())
                .line(t("funding.fiscalYear"), n.fiscalYear())
                .line(t("funding.status"), state(n))
                .line(
                        t("funding.programme.period"),
                        n.opensOn() == null && n.closesOn() == null
                                ? t("funding.neighbourCalls.anyTime")
                                : t("funding.period", labels.date(n.opensOn()), labels.date(n.closesOn())))
                .line(t("funding.neighbourCalls.support"), n.support())
                .line(t("funding.neighbourCalls.amount"), amount(n))
                .line(t("funding.neighbourCalls.summary"), n.summary())
                .line(t("funding.neighbourCalls.target"), n.target())
                .line(t("funding.neighbourCalls.documents"), n.documents())
                .line(t("funding.neighbourCalls.department"), n.department())
                .line(t("funding.neighbourCalls.contact"), n.contact());
        if (!n.url().isEmpty()) {
            facts.line(t("funding.neighbourCalls.link"), link(n));
        }
        facts.line(t("funding.neighbourCalls.received"), labels.dateTime(n.updatedAt()));
        dialog.add(facts);
        Button close = new Button(t("funding.neighbourCalls.close"), e -> dialog.close());
        close.setId("funding-neighbour-calls-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    @Override
    protected String emptyText() {
        return t("funding.neighbourCalls.empty");
    }

    @Override
    protected CsvTable<NeighbourCall> csv() {
        return Exports.neighbourCalls();
    }

    @Override
    protected String exportName() {
        return t("funding.neighbourCalls.exportName");
    }
}
