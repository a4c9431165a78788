package jp.kyodo.matching.ui.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kyodo.matching.CaseStudy;
import jp.kyodo.matching.DeskItem;
import jp.kyodo.matching.Indicator;
import jp.kyodo.matching.Match;
import jp.kyodo.matching.Need;
import jp.kyodo.matching.NeedKind;
import jp.kyodo.matching.Offer;
import jp.kyodo.matching.Project;
import jp.kyodo.matching.ProjectPartner;
import jp.kyodo.registry.TimeBand;
import jp.kyodo.web.CsvTable;
import jp.kyodo.web.Formats;

/**
 * The columns of the matching module's CSV exports: Japanese headers and Japanese labels (the city's
 * working documents are Japanese whatever language the screen is in), yen as plain whole numbers, dates
 * as {@code 2026/11/23}. Several values in one cell are separated by {@code ;}.
 */
public final class CsvLayouts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm");
    private static final String DAYS = "月火水木金土日";

    private final Function<String, String> fieldLabel;
    private final Function<String, String> areaLabel;

    /**
     * @param fieldLabel an activity field's Japanese label by its code
     * @param areaLabel an area's name by its code
     */
    public CsvLayouts(Function<String, String> fieldLabel, Function<String, String> areaLabel) {
        this.fieldLabel = fieldLabel;
        this.areaLabel = areaLabel;
    }

    /** With the labels of the city's fields and areas (Japanese). */
    public static CsvLayouts of(MatchingServices services) {
        Labels ja = new Labels(java.util.Locale.JAPANESE, (k, a) -> k, services.fields(), services.areas());
        return new CsvLayouts(ja::field, ja::area);
    }

    public CsvTable<Need> needs() {
        return new CsvTable<Need>()
                .value("ID", n -> Long.toString(n.id()))
                .text("件名", n -> n.details().title())
                .text("団体・部署", Need::ownerName)
                .value("団体・部署ID", n -> Long.toString(n.details().ownerId()))
                .value("状態", n -> n.status().labelJa())
                .value(
                        "必要なもの",
                        n -> join(n.details().kinds().stream()
                                .map(NeedKind::labelJa)
                                .toList()))
                .text("求めるスキル・物", n -> n.details().skills())
                .value("活動分野", n -> fields(n.details().fieldCodes()))
                .value("地域", n -> areaLabel.apply(n.details().areaCode()))
                .value("曜日", n -> days(n.details().days()))
                .value("時間帯", n -> times(n.details().times()))
                .value("開始日", n -> date(n.details().startsOn()))
                .value("終了日", n -> date(n.details().endsOn()))
                .value("人数", n -> number(n.details().peopleNeeded()))
                .value("金額（円）", n -> number(n.details().amountYen()))
                .value("期限", n -> date(n.details().dueOn()))
                .value("進行中のマッチ", n -> Integer.toString(n.openMatches()))
                .text("内容", n -> n.details().description())
                .value("登録日時", n -> dateTime(n.createdAt()))
                .value("更新日時", n -> dateTime(n.updatedAt()));
    }

    /**
     * @param personIds whether a private person's registry id may be written (coordinators); otherwise only
     *     organisations' ids are
     */
    public CsvTable<Offer> offers(boolean personIds) {
        return new CsvTable<Offer>()
                .value("ID", o -> Long.toString(o.id()))
                .text("件名", o -> o.details().title())
                .text("提供者", Offer::providerName)
                .value(
                        "提供者ID",
                        o -> !o.providerIsPerson() || personIds
                                ? Long.toString(o.details().providerId())
                                : "")
                .value("個人", o -> o.providerIsPerson() ? "○" : "")
                .value(
                        "種類",
                        o -> o.details().kind() == null
                                ? ""
                                : o.details().kind().labelJa())
                .value("状態", o -> o.status().labelJa())
                .text("スキル・提供するもの", o -> o.details().skills())
                .value("活動分野", o -> fields(o.details().fieldCodes()))
                .value("地域", o -> areaLabel.apply(o.details().areaCode()))
                .value("曜日", o -> days(o.details().days()))
                .value("時間帯", o -> times(o.details().times()))
                .value("時間数", o -> number(o.details().hours()))
                .value("金額（円）", o -> number(o.details().amountYen()))
                .value("有効期限", o -> date(o.details().validUntil()))
                .text("説明", o -> o.details().description())
                .value("登録日時", o -> dateTime(o.createdAt()))
                .value("更新日時", o -> dateTime(o.updatedAt()));
    }

    public CsvTable<Match> matches() {
        return new CsvTable<Match>()
                .value("ID", m -> Long.toString(m.id()))
                .value("ニーズID", m -> Long.toString(m.needId()))
                .text("ニーズ", Match::needTitle)
                .text("団体・部署", Match::ownerName)
                .value("候補の種類", m -> m.candidate().kind().labelJa())
                .text("候補", Match::candidateName)
                .value("段階", m -> m.stage().labelJa())
                .value("段階の開始", m -> dateTime(m.stageSince()))
                .value("停滞", m -> m.stale() ? "停滞" : "")
                .text("成果・理由", Match::result)
                .value("事例ID", m -> m.caseId() == null ? "" : Long.toString(m.caseId()))
                .value(
                        "最終更新",
                        m -> m.steps().isEmpty()
                                ? ""
                                : dateTime(m.steps().get(m.steps().size() - 1).at()))
                .text(
                        "担当",
                        m -> m.steps().isEmpty()
                                ? ""
                                : m.steps().get(m.steps().size() - 1).by());
    }

    public CsvTable<DeskItem> deskItems() {
        return new CsvTable<DeskItem>()
                .value("ID", d -> Long.toString(d.id()))
                .value(
                        "種別",
                        d -> d.details().kind() == null
                                ? ""
                                : d.details().kind().labelJa())
                .text("件名", d -> d.details().subject())
                .text("相談者・提案者", d -> d.details().fromName())
                .value("受付日", d -> date(d.details().receivedOn()))
                .value("状態", d -> d.status().labelJa())
                .text("回付先", DeskItem::departmentName)
                .text("担当者", DeskItem::owner)
                .value("回答期限", d -> date(d.dueOn()))
                .value("期限超過", d -> d.overdue() ? "超過" : "")
                .value("エスカレーション", d -> dateTime(d.escalatedAt()))
                .text("回答・理由", DeskItem::answer)
                .value("回答日", d -> date(d.answeredOn()))
                .text("内容", d -> d.details().body());
    }

    public CsvTable<Project> projects() {
        return new CsvTable<Project>()
                .value("ID", p -> Long.toString(p.id()))
                .text("事業名", p -> p.details().title())
                .value(
                        "協働の形態",
                        p -> p.details().form() == null
                                ? ""
                                : p.details().form().labelJa())
                .text("担当課", Project::departmentName)
                .value("公益性", p -> check(p.details().judgement().publicBenefit()))
                .value("非営利性", p -> check(p.details().judgement().nonProfit()))
                .value("相乗効果", p -> check(p.details().judgement().synergy()))
                .text("目的", p -> p.details().purpose())
                .text("協働相手（役割）", p -> partners(p.details().partners()))
                .value("開始日", p -> date(p.details().startsOn()))
                .value("終了日", p -> date(p.details().endsOn()))
                .value("予算（円）", p -> number(p.details().budgetYen()))
                .text("成果指標（目標/実績）", p -> indicators(p.details().indicators()))
                .text("評価", p -> p.details().evaluation())
                .value(
                        "出口戦略",
                        p -> p.details().exit() == null
                                ? ""
                                : p.details().exit().labelJa())
                .value("出口戦略未定", p -> p.exitDue() ? "要検討" : "")
                .text("コレクティブ・インパクト", Project::agendaTitle)
                .value("更新日時", p -> dateTime(p.updatedAt()));
    }

    public CsvTable<CaseStudy> cases() {
        return new CsvTable<CaseStudy>()
                .value("ID", c -> Long.toString(c.id()))
                .text("事例名", c -> c.details().title())
                .text("概要", c -> c.details().summary())
                .text("成果", c -> c.details().outcome())
                .value("活動分野", c -> fields(c.fieldCodes()))
                .value("地域", c -> c.received() ? c.areaName() : areaLabel.apply(c.areaCode()))
                .value("公開日", c -> date(c.publishedOn()))
                .text("提供元", CaseStudy::sourceCity)
                .value("マッチID", c -> c.received() ? "" : Long.toString(c.matchId()))
                .value("更新日時", c -> dateTime(c.updatedAt()));
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(Formats.ZONE));
    }

    private static String number(Number n) {
        return n == null ? "" : n.toString();
    }

    private static String check(boolean yes) {
        return yes ? "○" : "";
    }

    private String fields(Set<String> codes) {
        return join(codes.stream().map(fieldLabel).toList());
    }

    /** 月;水;金 in the week's order. */
    static String days(Set<DayOfWeek> days) {
        return join(days.stream()
                .sorted()
                .map(d -> String.valueOf(DAYS.charAt(d.getValue() - 1)))
                .toList());
    }

    private static String times(Set<TimeBand> times) {
        return join(times.stream().sorted().map(TimeBand::labelJa).toList());
    }

    static String partners(List<ProjectPartner> partners) {
        return join(partners.stream()
                .map(p -> p.role().isEmpty() ? p.name() : p.name() + "（" + p.role() + "）")
                .toList());
    }

    /** 参加者数 120/150人; 開催回数 4/6回. */
    static String indicators(List<Indicator> indicators) {
        return join(indicators.stream()
                .map(i -> i.name() + " " + Objects.toString(i.result(), "-") + "/" + Objects.toString(i.target(), "-")
                        + i.unit())
                .toList());
    }

    private static String join(Collection<String> values) {
        return values.stream().filter(s -> s != null && !s.isEmpty()).collect(Collectors.joining(";"));
    }
}
