package jp.kyodo.funding.ui.internal;

import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.funding.NeighbourCall;
import jp.kyodo.funding.Programme;
import jp.kyodo.web.CsvTable;

/**
 * The funding lists as CSV the page and the REST API share. Column names are the city's own (Japanese),
 * like the services' exports of applications and ledgers.
 */
public final class Exports {

    private Exports() {}

    public static CsvTable<Programme> programmes() {
        return new CsvTable<Programme>()
                .value("ID", p -> Long.toString(p.id()))
                .value("年度", p -> new FiscalYear(p.details().fiscalYear()).format())
                .value("種類", p -> p.details().kind().labelJa())
                .text("制度名", p -> p.details().title())
                .value("状態", p -> p.status().labelJa())
                .value("募集開始", p -> p.details().opensOn().toString())
                .value("募集終了", p -> p.details().closesOn().toString())
                .value("予算額", p -> Long.toString(p.details().budgetYen()))
                .value(
                        "上限額",
                        p -> p.details().maxAmountYen() == null
                                ? ""
                                : Long.toString(p.details().maxAmountYen()))
                .value("補助率", p -> p.details().subsidyRate().toString())
                .value("交付決定額", p -> Long.toString(p.committedYen()))
                .value("支払額", p -> Long.toString(p.paidYen()))
                .value("残額", p -> Long.toString(p.remainingYen()))
                .value("申請数", p -> Integer.toString(p.applications()));
    }

    /** Grant calls of neighbouring cities, with the city each comes from. */
    public static CsvTable<NeighbourCall> neighbourCalls() {
        return new CsvTable<NeighbourCall>()
                .value("全国地方公共団体コード", NeighbourCall::municipalityCode)
                .text("地方公共団体名", NeighbourCall::municipalityName)
                .text("制度名", NeighbourCall::title)
                .text("制度の種類", NeighbourCall::kind)
                .text("年度", NeighbourCall::fiscalYear)
                .value("募集開始日", n -> n.opensOn() == null ? "" : n.opensOn().toString())
                .value("募集終了日", n -> n.closesOn() == null ? "" : n.closesOn().toString())
                .value("支援金額上限", n -> n.maxAmountYen() == null ? "" : Long.toString(n.maxAmountYen()))
                .text("補助率", NeighbourCall::subsidyRate)
                .text("支援内容", NeighbourCall::support)
                .text("問い合わせ先", NeighbourCall::contact)
                .text("URL", NeighbourCall::url);
    }
}
