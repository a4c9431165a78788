package jp.kyodo.funding.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.area.Area;
import jp.kyodo.core.area.AreaKind;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.funding.Agreement;
import jp.kyodo.funding.Application;
import jp.kyodo.funding.ApplicationDraft;
import jp.kyodo.funding.BudgetLine;
import jp.kyodo.funding.BudgetSide;
import jp.kyodo.funding.Decision;
import jp.kyodo.funding.DisbursementDraft;
import jp.kyodo.funding.EligibilityRules;
import jp.kyodo.funding.Evaluation;
import jp.kyodo.funding.ExitDecision;
import jp.kyodo.funding.ExitStrategy;
import jp.kyodo.funding.Fund;
import jp.kyodo.funding.FundDraft;
import jp.kyodo.funding.Funds;
import jp.kyodo.funding.GrantApplications;
import jp.kyodo.funding.GrantProgrammes;
import jp.kyodo.funding.Indicator;
import jp.kyodo.funding.LedgerEntryDraft;
import jp.kyodo.funding.Programme;
import jp.kyodo.funding.ProgrammeDraft;
import jp.kyodo.funding.ProgrammeKind;
import jp.kyodo.funding.ProgrammeQuery;
import jp.kyodo.funding.ResultsReport;
import jp.kyodo.funding.ReviewCriterion;
import jp.kyodo.funding.ReviewDraft;
import jp.kyodo.funding.SubsidyRate;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerDirectory;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.PartnerType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo-data switch of funding: when {@code KYODO_DEMO=true} and no programme exists yet, waits for the
 * registry's demo organisations and then enters, through the services as staff would, two fiscal years of
 * programmes (令和7年度 and 令和8年度, every kind; ward proposals where the city has wards) with applications
 * in every state on those organisations, and the volunteer fund with its history since 平成24年度 (imported
 * from an old ledger), donations with receipts and withdrawals for grants. A production start never sets the
 * switch.
 */
@Component(
        immediate = true,
        service = {})
public final class DemoDataLoader {

    static final String SWITCH = "KYODO_DEMO";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final Actor DEMO = new Actor("system:demo-data", Set.of(Role.ADMIN), null);

    private final ExecutorService worker;

    @Activate
    public DemoDataLoader(
            @Reference FundingBackend backend,
            @Reference GrantProgrammes programmes,
            @Reference GrantApplications applications,
            @Reference Funds funds,
            @Reference PartnerDirectory directory) {
        if (!"true".equalsIgnoreCase(System.getenv(SWITCH))) {
            worker = null;
            return;
        }
        worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "kyodo-funding-demo-data"));
        worker.execute(() -> SecurityContext.runAs(DEMO, () -> {
            try {
                List<PartnerSummary> organisations = awaitOrganisations(directory);
                if (organisations.isEmpty()) {
                    LOG.info("Demo data: no registry organisations to build on; funding demo data not loaded");
                    return;
                }
                new Stories(backend, programmes, applications, funds, organisations).load();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.warn("Demo data: funding stories failed", e);
            }
        }));
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (worker != null) {
            worker.shutdownNow();
            worker.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** The registry's organisations once their number stops growing (the registry fills in the background). */
    private static List<PartnerSummary> awaitOrganisations(PartnerDirectory directory) throws InterruptedException {
        PartnerQuery query = PartnerQuery.all()
                .withTypes(Set.of(
                        PartnerType.CITY,
                        PartnerType.CIVIC,
                        PartnerType.NEIGHBOURHOOD,
                        PartnerType.BUSINESS,
                        PartnerType.EDUCATION));
        long previous = -1;
        for (int i = 0; i < 120; i++) {
            long total = directory.search(query, PageRequest.first(1)).total();
            if (total > 0 && total == previous) {
                return directory
                        .search(query, new PageRequest(0, PageRequest.MAX_LIMIT, List.of()))
                        .items();
            }
            previous = total;
            Thread.sleep(3_000);
        }
        return List.of();
    }

    /** The stories, on the registry's organisations. */
    static final class Stories {

        private static final String[] REVIEWERS = {"shinsa1", "shinsa2", "shinsa3"};

        private final FundingBackend b;
        private final GrantProgrammes programmes;
        private final GrantApplications applications;
        private final Funds funds;
        private final List<PartnerSummary> groups;
        private final List<Long> departments;
        private int next;

        Stories(
                FundingBackend b,
                GrantProgrammes programmes,
                GrantApplications applications,
                Funds funds,
                List<PartnerSummary> organisations) {
            this.b = b;
            this.programmes = programmes;
            this.applications = applications;
            this.funds = funds;
            this.groups = organisations.stream()
                    .filter(o -> o.type() != PartnerType.CITY
                            && o.active()
                            && OrganisationStatus.REGISTERED.name().equals(o.status()))
                    .toList();
            this.departments = organisations.stream()
                    .filter(o -> o.type() == PartnerType.CITY)
                    .map(PartnerSummary::id)
                    .toList();
        }

        void load() {
            if (programmes.search(ProgrammeQuery.all(), PageRequest.first(1)).total() > 0) {
                LOG.info("Demo data: funding already has data; nothing loaded");
                return;
            }
            if (groups.size() < 12 || departments.isEmpty()) {
                LOG.info("Demo data: too few registry organisations for the funding stories");
                return;
            }
            long start = System.nanoTime();
            List<Application> all = new ArrayList<>();
            Map<Integer, List<Programme>> byYear = new HashMap<>();
            for (int year : new int[] {2025, 2026}) {
                byYear.put(year, programmesOf(year));
            }
            all.addAll(pastYear(byYear.get(2025)));
            all.addAll(currentYear(byYear.get(2026)));
            int years = fund(all);
            LOG.info(
                    "Demo data: funding loaded in {} ms ({} programmes, {} applications, the fund's {} years)",
                    (System.nanoTime() - start) / 1_000_000,
                    byYear.values().stream().mapToInt(List::size).sum(),
                    all.size(),
                    years);
        }

        /** The next organisation the programme's type rule lets apply. */
        private long group(Programme p) {
            Set<PartnerType> types = p.details().eligibility().organisationTypes();
            for (int i = 0; i < groups.size(); i++) {
                PartnerSummary o = groups.get(next++ % groups.size());
                if (types.isEmpty() || types.contains(o.type())) {
                    return o.id();
                }
            }
            return groups.get(0).id();
        }

        private List<Programme> programmesOf(int year) {
            FiscalYear fy = new FiscalYear(year);
            String label = fy.format();
            LocalDate opens = LocalDate.of(year, 4, 15);
            LocalDate closes = LocalDate.of(year, 6, 30);
            List<Programme> result = new ArrayList<>();
            long department = departments.get(0);
            result.add(programme(ProgrammeDraft.of(
                            year, ProgrammeKind.CITIZEN_ACTIVITY, label + " 市民活動補助金", 3_000_000, opens, closes)
                    .withLimits(300_000L, new SubsidyRate(2, 3))
                    .withEligibility(new EligibilityRules(
                            Set.of(PartnerType.CIVIC, PartnerType.NEIGHBOURHOOD), Set.of(), false, "", false, null))
                    .withDocumentsAndCriteria(List.of("事業計画書", "収支予算書"), null)
                    .withTexts(
                            "しみんかつどうほじょきん",
                            "市民団体が新しく始める社会貢献活動の経費の3分の2（上限30万円）を補助します。",
                            "市内で活動する市民団体・地縁団体",
                            "協働推進課 電話 048-000-0000",
                            "")));
            result.add(programme(ProgrammeDraft.of(
                            year, ProgrammeKind.COLLABORATION_GRANT, label + " 協働事業補助金", 6_000_000, opens, closes)
                    .withLimits(1_000_000L, new SubsidyRate(1, 2))
                    .withDocumentsAndCriteria(
                            List.of("事業計画書"),
                            List.of(
                                    new ReviewCriterion(ReviewCriterion.PUBLIC_BENEFIT, "公益性", 3, 5),
                                    new ReviewCriterion(ReviewCriterion.NON_PROFIT, "非営利性", 2, 5),
                                    new ReviewCriterion(ReviewCriterion.SYNERGY, "相乗効果", 3, 5),
                                    new ReviewCriterion("FEASIBILITY", "実現性", 2, 5)))
                    .withTexts(
                            "きょうどうじぎょうほじょきん",
                            "市の課題に市と協働して取り組む事業の経費の2分の1（上限100万円）を補助します。",
                            "市に登録している団体",
                            "協働推進課 電話 048-000-0000",
                            "")));
            result.add(programme(ProgrammeDraft.of(
                            year, ProgrammeKind.COLLABORATION_PROPOSAL, label + " 協働提案事業", 8_000_000, opens, closes)
                    .withWard("", department)
                    .withLimits(2_000_000L, SubsidyRate.FULL)
                    .withTexts(
                            "きょうどうていあんじぎょう", "団体の提案を審査し、採択された提案は翌年度に市との協働事業として実施します。", "市に登録している団体・事業者", "協働推進課", "")));
            b.areas()
                    .flatMap(h -> h.all().stream()
                            .filter(a -> a.kind() == AreaKind.WARD)
                            .findFirst())
                    .ifPresent(ward -> result.add(programme(ProgrammeDraft.of(
                                    year,
                                    ProgrammeKind.WARD_PROPOSAL,
                                    label + " " + ward.name() + " 地域提案事業",
                                    2_000_000,
                                    opens,
                                    closes)
                            .withWard(ward.code(), department)
                            .withLimits(500_000L, SubsidyRate.FULL))));
            b.areas()
                    .flatMap(h -> h.all().stream()
                            .filter(a -> a.kind() == AreaKind.WARD)
                            .findFirst())
                    .map(Area::code)
                    .ifPresent(ward -> programmes.setWardBudget(year, ward, 2_000_000));
            return result;
        }

        private Programme programme(ProgrammeDraft d) {
            Programme p = programmes.create(d);
            programmes.assignReviewers(p.id(), Set.of(REVIEWERS));
            return programmes.publish(p.id(), p.version() + 1);
        }

        private static final String[][] IDEAS = {
            {"子ども食堂と学習支援", "毎週土曜に公民館で食事と宿題の時間を設ける"},
            {"団地の多言語お知らせ", "中国語SNSで自治会のお知らせを届け、外国籍住民の参加を増やす"},
            {"町会の防災訓練と名簿づくり", "要支援者の名簿と夜間の避難訓練"},
            {"高齢者の見守りネットワーク", "新聞販売店・郵便局・コンビニと見守り協定を結ぶ"},
            {"部活動の地域移行", "スポーツNPOが中学校の部活動を地域クラブとして運営する"},
            {"エコライフDAYのチェックシート", "6月の第2日曜日に家庭のCO2削減を集計して公表する"},
            {"買い物支援の移動販売", "商店会と連携して坂の多い地区に移動販売車を出す"},
            {"多文化共生の日本語教室", "団地の集会所で週1回、大学生ボランティアが教える"},
        };

        private Application submit(Programme p, LocalDate on, long expense, long requested) {
            String[] idea = IDEAS[next % IDEAS.length];
            long org = group(p);
            ApplicationDraft d = new ApplicationDraft(
                    p.id(),
                    org,
                    idea[0],
                    idea[1],
                    "参加者の孤立を防ぎ、地域の担い手を増やす",
                    LocalDate.of(p.details().fiscalYear(), 7, 1),
                    LocalDate.of(p.details().fiscalYear() + 1, 3, 31),
                    List.of(
                            BudgetLine.expense("講師謝礼", expense / 2),
                            BudgetLine.expense("会場使用料", expense - expense / 2),
                            new BudgetLine(BudgetSide.EXPENSE, "懇親会費", 20_000, false),
                            BudgetLine.income("参加費", 30_000)),
                    requested,
                    on);
            Application a = applications.submit(d);
            for (String document : p.details().requiredDocuments()) {
                applications.attach(a.id(), document, document + ".pdf", samplePdf(document));
            }
            return applications.get(a.id());
        }

        private static byte[] samplePdf(String title) {
            return ("%PDF-1.4\n% " + title
                            + "（デモ）\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                    .getBytes(StandardCharsets.UTF_8);
        }

        private Application screen(Application a) {
            return applications.screen(a.id(), a.version());
        }

        private Application review(Programme p, Application a, int level) {
            Function<ReviewCriterion, Integer> score = c -> Math.max(0, Math.min(c.maxScore(), level));
            for (int i = 0; i < REVIEWERS.length; i++) {
                Actor reviewer = new Actor(REVIEWERS[i], Set.of(Role.STAFF), null);
                int n = i;
                SecurityContext.runAs(
                        reviewer,
                        () -> applications.saveReview(
                                a.id(),
                                n == 2 && level == 5
                                        ? ReviewDraft.conflict("申請団体の理事を務めている")
                                        : ReviewDraft.scores(
                                                p.details().criteria().stream()
                                                        .collect(Collectors.toMap(ReviewCriterion::code, score)),
                                                "地域の課題に合っている")));
            }
            return applications.completeReview(a.id(), a.version());
        }

        private Application grant(Application a, long amount, LocalDate on) {
            return applications.decide(a.id(), a.version(), new Decision(true, amount, "実績報告は年度末まで", "", on));
        }

        /** 令和7年度: everything has run its course — closed, evaluated, reported, rejected, ineligible. */
        private List<Application> pastYear(List<Programme> ps) {
            List<Application> result = new ArrayList<>();
            int year = ps.get(0).details().fiscalYear();
            LocalDate submitted = LocalDate.of(year, 5, 20);
            LocalDate decided = LocalDate.of(year, 7, 10);
            for (Programme p : ps) {
                long max = p.details().maxAmountYen() == null
                        ? 500_000
                        : p.details().maxAmountYen();
                long expense = max
                        * p.details().subsidyRate().denominator()
                        / Math.max(1, p.details().subsidyRate().numerator());
                for (int i = 0; i < 4; i++) {
                    Application a = screen(submit(p, submitted.plusDays(i), expense, max - i * 10_000));
                    a = review(p, a, 5 - i);
                    if (i == 3) {
                        result.add(applications.decide(
                                a.id(), a.version(), new Decision(false, 0, "", "他の提案を優先", decided)));
                        continue;
                    }
                    a = grant(a, a.maxGrantYen(), decided);
                    a = applications.agree(
                            a.id(), a.version(), new Agreement(decided.plusDays(5), "協推第" + a.id() + "号", ""));
                    a = applications.disburse(
                            a.id(),
                            a.version(),
                            new DisbursementDraft(decided.plusDays(20), a.grantedYen() / 2, "概算払"));
                    a = applications.report(
                            a.id(),
                            a.version(),
                            new ResultsReport(
                                    LocalDate.of(year + 1, 3, 31),
                                    "計画どおり実施",
                                    a.details().budget(),
                                    List.of(new Indicator("参加者数", "人", 300L, 280L + i * 40))));
                    a = applications.disburse(
                            a.id(),
                            a.version(),
                            new DisbursementDraft(LocalDate.of(year + 1, 4, 20), a.settledYen() - a.paidYen(), "精算払"));
                    if (i < 2) {
                        a = applications.evaluate(
                                a.id(), a.version(), new Evaluation(5 - i, "目標を達成した", LocalDate.of(year + 1, 5, 31)));
                    }
                    if (i == 0) {
                        a = applications.decideExit(
                                a.id(),
                                a.version(),
                                new ExitDecision(
                                        p.details().kind().proposal() ? ExitStrategy.POLICY : ExitStrategy.CONTINUE,
                                        "",
                                        LocalDate.of(year + 1, 6, 30)));
                    }
                    result.add(a);
                }
                Application late = submit(p, closesAfter(p), expense, max);
                result.add(screen(late));
            }
            return result;
        }

        private static LocalDate closesAfter(Programme p) {
            return p.details().closesOn().plusDays(3);
        }

        /** 令和8年度: every early state — submitted, screened, reviewed, granted, agreed and paid, withdrawn. */
        private List<Application> currentYear(List<Programme> ps) {
            List<Application> result = new ArrayList<>();
            int year = ps.get(0).details().fiscalYear();
            LocalDate submitted = LocalDate.of(year, 5, 25);
            for (Programme p : ps) {
                long max = p.details().maxAmountYen() == null
                        ? 500_000
                        : p.details().maxAmountYen();
                long expense = max
                        * p.details().subsidyRate().denominator()
                        / Math.max(1, p.details().subsidyRate().numerator());
                result.add(submit(p, submitted, expense, max));
                result.add(screen(submit(p, submitted.plusDays(1), expense, max)));
                result.add(review(p, screen(submit(p, submitted.plusDays(2), expense, max - 50_000)), 4));
                result.add(grant(
                        review(p, screen(submit(p, submitted.plusDays(5), expense, max)), 4),
                        max,
                        LocalDate.of(year, 7, 15)));
                Application granted = grant(
                        review(p, screen(submit(p, submitted.plusDays(3), expense, max)), 5),
                        max,
                        LocalDate.of(year, 7, 15));
                Application agreed = applications.agree(
                        granted.id(),
                        granted.version(),
                        new Agreement(LocalDate.of(year, 7, 25), "協推第" + granted.id() + "号", ""));
                result.add(applications.disburse(
                        agreed.id(),
                        agreed.version(),
                        new DisbursementDraft(LocalDate.of(year, 8, 10), agreed.grantedYen() / 2, "概算払")));
                Application withdrawn = screen(submit(p, submitted.plusDays(4), expense, max));
                result.add(applications.withdraw(withdrawn.id(), withdrawn.version(), "団体の役員改選のため"));
            }
            return result;
        }

        /** The volunteer fund: 平成24年度 to 令和6年度 from the old ledger, 令和7年度 and 令和8年度 entered here. */
        private int fund(List<Application> granted) {
            Fund f = funds.open(new FundDraft("volunteer", "ボランティアひとづくり基金", "ボランティアの育成と市民活動の支援", 2012, 12_500_000));
            StringBuilder csv = new StringBuilder("年度,前年度末残高,積立,寄附,利子,取崩,年度末残高\r\n");
            long balance = 12_500_000;
            for (int year = 2012; year <= 2024; year++) {
                long in = 3_000_000;
                long gifts = 180_000 + (year - 2012) * 23_500L;
                long interest = year < 2016 ? 12_400 : 1_250;
                long out = 2_400_000 + (year % 3) * 150_000L;
                long closing = balance + in + gifts + interest - out;
                String name = year == 2019 ? "平成31年度" : new FiscalYear(year).format();
                csv.append(name)
                        .append(',')
                        .append(balance)
                        .append(',')
                        .append(in)
                        .append(',')
                        .append(gifts)
                        .append(',')
                        .append(interest)
                        .append(',')
                        .append(out)
                        .append(',')
                        .append(closing)
                        .append("\r\n");
                balance = closing;
            }
            funds.importLedger(f.id(), csv.toString().getBytes(StandardCharsets.UTF_8), true);
            String[] donors = {"川口 花子", "株式会社みらい建設", "蕨 太郎", "匿名希望", "川口信用金庫"};
            for (int year : new int[] {2025, 2026}) {
                funds.record(LedgerEntryDraft.cityTransfer(f.id(), LocalDate.of(year, 4, 10), 3_000_000, "一般会計より積立"));
                for (int i = 0; i < donors.length; i++) {
                    LocalDate day = LocalDate.of(year, 5 + i, 15);
                    if (!day.isAfter(b.today())) {
                        funds.record(LedgerEntryDraft.donation(
                                f.id(),
                                day,
                                10_000L * (i + 1) * (i + 1),
                                donors[i],
                                "川口市本町" + (i + 1) + "-1",
                                "R" + (year - 2018) + "-" + String.format("%04d", i + 1)));
                    }
                }
                if (!LocalDate.of(year, 9, 30).isAfter(b.today())) {
                    funds.record(LedgerEntryDraft.interest(f.id(), LocalDate.of(year, 9, 30), 1_380));
                }
                if (!LocalDate.of(year, 8, 31).isAfter(b.today())) {
                    granted.stream()
                            .filter(a -> a.fiscalYear() == year && a.grantedYen() != null && a.paidYen() > 0)
                            .limit(2)
                            .forEach(a -> funds.record(LedgerEntryDraft.withdrawal(
                                    f.id(),
                                    LocalDate.of(year, 8, 31),
                                    Math.min(a.paidYen(), 400_000),
                                    "「" + a.details().title() + "」の助成",
                                    a.id())));
                }
                if (year < FiscalYear.of(b.today()).startYear()) {
                    funds.closeYear(f.id(), year);
                }
            }
            return funds.years(f.id()).size();
        }
    }
}
