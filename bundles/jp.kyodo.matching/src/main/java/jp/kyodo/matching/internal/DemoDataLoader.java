package jp.kyodo.matching.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.matching.AgendaDraft;
import jp.kyodo.matching.Candidate;
import jp.kyodo.matching.CandidateRef;
import jp.kyodo.matching.CaseDraft;
import jp.kyodo.matching.CollaborationForm;
import jp.kyodo.matching.CollaborationProjects;
import jp.kyodo.matching.ConsultationDesk;
import jp.kyodo.matching.DeskAction;
import jp.kyodo.matching.DeskItem;
import jp.kyodo.matching.DeskItemDraft;
import jp.kyodo.matching.DeskItemKind;
import jp.kyodo.matching.DeskStatus;
import jp.kyodo.matching.DeskStep;
import jp.kyodo.matching.ExitStrategy;
import jp.kyodo.matching.Indicator;
import jp.kyodo.matching.Judgement;
import jp.kyodo.matching.MatchPipeline;
import jp.kyodo.matching.MatchStage;
import jp.kyodo.matching.MatchStep;
import jp.kyodo.matching.Matcher;
import jp.kyodo.matching.Need;
import jp.kyodo.matching.NeedDraft;
import jp.kyodo.matching.NeedKind;
import jp.kyodo.matching.NeedStatus;
import jp.kyodo.matching.Needs;
import jp.kyodo.matching.OfferDraft;
import jp.kyodo.matching.OfferKind;
import jp.kyodo.matching.Offers;
import jp.kyodo.matching.ProjectDraft;
import jp.kyodo.matching.ProjectPartner;
import jp.kyodo.registry.PartnerProfile;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.TimeBand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo-data switch of matching: when {@code KYODO_DEMO=true} and no need is recorded yet, waits for the
 * registry's demo partners and then tells the seeds' kind of stories on top of them — needs of departments,
 * groups and schools, experts' and companies' offers, matches in every stage found by the matcher itself
 * (some stale), case studies, desk items (some overdue and escalated) and projects of all five forms with a
 * collective-impact agenda. Everything goes through the services, as staff would enter it; only the dates
 * of the past (matches proposed and moved months ago, desk items routed with due dates already passed) are
 * written with the stores' own statements, since the services date everything "now".
 * A production start never sets the switch.
 */
@Component(
        immediate = true,
        service = {})
public final class DemoDataLoader {

    static final String SWITCH = "KYODO_DEMO";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final Actor DEMO = Actor.system("demo-data");

    private final ExecutorService worker;

    @Activate
    public DemoDataLoader(
            @Reference MatchingBackend backend,
            @Reference MatchingIndex index,
            @Reference Needs needs,
            @Reference Offers offers,
            @Reference Matcher matcher,
            @Reference MatchPipeline pipeline,
            @Reference ConsultationDesk desk,
            @Reference CollaborationProjects projects) {
        if (!"true".equalsIgnoreCase(System.getenv(SWITCH))) {
            worker = null;
            return;
        }
        worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "kyodo-matching-demo-data"));
        worker.execute(() -> SecurityContext.runAs(
                DEMO, () -> new Stories(backend, index, needs, offers, matcher, pipeline, desk, projects).load()));
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (worker != null) {
            worker.shutdownNow();
            worker.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** The stories, on the registry's demo partners. */
    record Stories(
            MatchingBackend b,
            MatchingIndex index,
            Needs needs,
            Offers offers,
            Matcher matcher,
            MatchPipeline pipeline,
            ConsultationDesk desk,
            CollaborationProjects projects) {

        void load() {
            try {
                if (!awaitPartners()) {
                    LOG.info("Demo data: no registry partners to build on; matching demo data not loaded");
                    return;
                }
                if (b.read(c -> new NeedStore()
                                        .search(
                                                c,
                                                jp.kyodo.matching.NeedQuery.all(),
                                                jp.kyodo.core.PageRequest.first(1)))
                                .total()
                        > 0) {
                    LOG.info("Demo data: matching already has data; nothing loaded");
                    return;
                }
                long start = System.nanoTime();
                List<PartnerProfile> all = new ArrayList<>();
                b.partners().forEach(all::add);
                Partners p = new Partners(all);
                int matches = needsOffersAndMatches(p);
                int items = desk(p);
                int projectCount = projects(p);
                LOG.info(
                        "Demo data: matching stories loaded in {} ms ({} matches, {} desk items, {} projects)",
                        (System.nanoTime() - start) / 1_000_000,
                        matches,
                        items,
                        projectCount);
            } catch (RuntimeException e) {
                LOG.error("Matching demo data could not be loaded", e);
            }
        }

        /** Waits until the registry's demo data stopped growing and the matcher's index is built. */
        private boolean awaitPartners() {
            long previous = -1;
            for (int i = 0; i < 120; i++) {
                long[] count = {0};
                b.partners().forEach(x -> count[0]++);
                if (count[0] > 0 && count[0] == previous && index.ready()) {
                    index.rebuild();
                    return true;
                }
                previous = count[0];
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return previous > 0;
        }

        private int needsOffersAndMatches(Partners p) {
            PartnerProfile kodomo = p.organisation(PartnerType.CIVIC, "children");
            PartnerProfile kokusai = p.department("国際交流室");
            PartnerProfile kankyo = p.department("環境政策課");
            PartnerProfile fukushi = p.department("福祉総務課");
            PartnerProfile sports = p.department("スポーツ課");
            PartnerProfile chokai = p.organisation(PartnerType.NEIGHBOURHOOD, "disaster-safety");
            PartnerProfile school = p.organisation(PartnerType.EDUCATION, "");
            PartnerProfile npo = p.organisation(PartnerType.CIVIC, "");

            Need accounting = need(NeedDraft.of(kodomo.id(), "子ども食堂の会計を見てほしい", Set.of(NeedKind.EXPERT))
                    .withText("寄付金と補助金の管理、年度末の決算書づくりを手伝ってくれる専門家を探しています", "会計、決算、税務")
                    .withWhere(Set.of("children"), first(kodomo.areaCodes())));
            Need chinese = need(NeedDraft.of(kokusai.id(), "団地の説明会で中国語の通訳", Set.of(NeedKind.PEOPLE))
                    .withText("中国籍の住民が多い団地で、自治会の説明会と掲示物の通訳・翻訳をお願いしたい", "中国語")
                    .withWhere(Set.of("multicultural"), "")
                    .withWhen(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of(TimeBand.AFTERNOON), null, null)
                    .withAmounts(2, null, b.today().plusDays(30)));
            Need cleanup = need(NeedDraft.of(kankyo.id(), "荒川河川敷の清掃ボランティア", Set.of(NeedKind.PEOPLE))
                    .withText("春の一斉清掃の運営と車でのごみ運搬を手伝ってくださる方", "イベント運営、車の運転")
                    .withWhere(Set.of("environment"), "")
                    .withWhen(Set.of(DayOfWeek.SATURDAY), Set.of(TimeBand.MORNING), null, null)
                    .withAmounts(20, null, b.today().plusDays(45)));
            need(NeedDraft.of(chokai.id(), "防災訓練の会場を借りたい", Set.of(NeedKind.PLACE))
                    .withText("町会の防災訓練（約80名）に使える体育館か広場", "体育館、広場")
                    .withWhere(Set.of("disaster-safety"), first(chokai.areaCodes())));
            Need watch = need(NeedDraft.of(fukushi.id(), "高齢者の見守りに協力してくれる事業者", Set.of(NeedKind.PARTNER))
                    .withText("新聞販売店、宅配、コンビニなど、日々の配達で異変に気づける事業者と協定を結びたい", "見守り、配達")
                    .withWhere(Set.of("welfare"), ""));
            need(NeedDraft.of(kodomo.id(), "子ども食堂の食材（米・野菜）", Set.of(NeedKind.GOODS))
                    .withText("毎月の子ども食堂（約60食）で使う米と野菜の寄付", "米、野菜、食材")
                    .withWhere(Set.of("children"), first(kodomo.areaCodes())));
            Need club = need(NeedDraft.of(sports.id(), "中学校部活動の地域移行：吹奏楽の指導者", Set.of(NeedKind.PEOPLE, NeedKind.EXPERT))
                    .withText("休日の部活動を地域クラブに移すため、楽器を指導できる方を探しています", "楽器演奏、指導")
                    .withWhere(Set.of("sports", "education"), "")
                    .withWhen(
                            Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                            Set.of(TimeBand.MORNING, TimeBand.AFTERNOON),
                            null,
                            null));
            need(NeedDraft.of(kankyo.id(), "エコライフDAYの協賛", Set.of(NeedKind.MONEY))
                    .withText("チェックシートの印刷と参加賞の費用", "")
                    .withWhere(Set.of("environment"), "")
                    .withAmounts(null, 300_000L, b.today().plusDays(60)));
            Need web = need(NeedDraft.of(npo.id(), "団体のホームページとSNS発信", Set.of(NeedKind.EXPERT))
                    .withText("活動報告を発信するホームページを作りたい", "ホームページ制作、SNS発信")
                    .withWhere(npo.fieldCodes(), ""));
            Need study = need(NeedDraft.of(school.id(), "放課後の学習教室のボランティア", Set.of(NeedKind.PEOPLE))
                    .withText("小学生の宿題を見守り、声をかけてくださる方", "学習支援、子どもの見守り")
                    .withWhere(Set.of("children", "education"), first(school.areaCodes()))
                    .withWhen(Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), Set.of(TimeBand.AFTERNOON), null, null)
                    .withAmounts(5, null, null));

            p.expert("税理士")
                    .ifPresent(x -> offer(OfferDraft.of(x.id(), OfferKind.PRO_BONO, "会計・税務のプロボノ相談", "会計、税務、決算書")
                            .withAmounts("月2件まで、NPO・任意団体の会計を無償で見ます", 8, null)));
            p.expert("ウェブデザイナー")
                    .ifPresent(x -> offer(OfferDraft.of(x.id(), OfferKind.PRO_BONO, "ホームページ制作の支援", "ホームページ制作、SNS発信")
                            .withAmounts("団体のホームページ立ち上げを手伝います", 20, null)));
            PartnerProfile company = p.organisation(PartnerType.BUSINESS, "");
            offer(OfferDraft.of(company.id(), OfferKind.SPONSORSHIP, "地域イベントへの協賛金", "")
                    .withWhere(Set.of("environment", "children"), "")
                    .withAmounts("環境・子ども分野のイベントに年間20万円まで", null, 200_000L));
            offer(OfferDraft.of(
                            p.organisation(PartnerType.BUSINESS, "welfare").id(), OfferKind.GOODS, "規格外野菜の提供", "野菜、食材")
                    .withWhere(Set.of("children", "welfare"), "")
                    .withAmounts("毎週、店頭で出る規格外の野菜を提供できます", null, null));
            offer(OfferDraft.of(school.id(), OfferKind.ROOM, "体育館と会議室（土日）", "体育館、会議室")
                    .withWhere(Set.of("education", "disaster-safety"), first(school.areaCodes()))
                    .withWhen(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of(), null));

            Instant now = b.now();
            int made = 0;
            made += drive(
                    accounting,
                    1,
                    List.of(List.of(
                            step(MatchStage.CONTACTED, now.minus(Duration.ofDays(150)), "専門家と団体の双方に連絡"),
                            step(MatchStage.AGREED, now.minus(Duration.ofDays(140)), "月1回の訪問で合意"),
                            step(MatchStage.IN_PROGRESS, now.minus(Duration.ofDays(120)), ""),
                            step(
                                    MatchStage.COMPLETED,
                                    now.minus(Duration.ofDays(30)),
                                    "決算書を作成し、会計ソフトを導入。翌年度から団体が自分で記帳"))),
                    new CaseDraft(
                            "子ども食堂に税理士がプロボノで会計支援",
                            "協働推進員が子ども食堂の課題（会計）を聞き取り、登録専門家の税理士とつないだ。月1回の訪問で帳簿の付け方から決算書の作成までを伴走した。",
                            "決算書を初めて自力で作成。補助金の実績報告が期限内に提出でき、翌年度の助成も継続。",
                            true));
            made += drive(
                    chinese,
                    2,
                    List.of(
                            List.of(
                                    step(MatchStage.CONTACTED, now.minus(Duration.ofDays(40)), "本人に電話"),
                                    step(MatchStage.AGREED, now.minus(Duration.ofDays(35)), "説明会2回の通訳で合意"),
                                    step(MatchStage.IN_PROGRESS, now.minus(Duration.ofDays(20)), "")),
                            List.of(step(MatchStage.DECLINED, now.minus(Duration.ofDays(38)), "日程が合わない（平日のみ可）"))),
                    null);
            made += drive(
                    cleanup,
                    3,
                    List.of(
                            List.of(
                                    step(MatchStage.CONTACTED, now.minus(Duration.ofDays(6)), ""),
                                    step(MatchStage.AGREED, now.minus(Duration.ofDays(3)), "当日の運搬を担当")),
                            List.of(step(MatchStage.CONTACTED, now.minus(Duration.ofDays(2)), "")),
                            List.of()),
                    null);
            made += drive(
                    watch,
                    1,
                    List.of(List.of(step(MatchStage.CONTACTED, now.minus(Duration.ofDays(25)), "組合の事務局に打診"))),
                    null);
            made += drive(club, 1, List.of(List.of()), null, now.minus(Duration.ofDays(18)));
            made += drive(
                    web,
                    1,
                    List.of(List.of(
                            step(MatchStage.CONTACTED, now.minus(Duration.ofDays(90)), ""),
                            step(MatchStage.AGREED, now.minus(Duration.ofDays(85)), ""),
                            step(MatchStage.IN_PROGRESS, now.minus(Duration.ofDays(80)), ""),
                            step(MatchStage.COMPLETED, now.minus(Duration.ofDays(10)), "ホームページを公開し、月2回の活動報告を始めた"))),
                    new CaseDraft(
                            "ウェブデザイナーのプロボノで団体のホームページ開設",
                            "登録専門家が3か月伴走し、団体の会員が自分で更新できるようにした。",
                            "公開後3か月で問い合わせ12件、新規会員4名",
                            false));
            made += drive(
                    study,
                    1,
                    List.of(List.of(
                            step(MatchStage.CONTACTED, now.minus(Duration.ofDays(9)), ""),
                            step(MatchStage.AGREED, now.minus(Duration.ofDays(5)), "火曜日の担当で合意"))),
                    null);
            return made;
        }

        private Need need(NeedDraft d) {
            return needs.create(d);
        }

        private void offer(OfferDraft d) {
            offers.create(d);
        }

        private static MatchStep step(MatchStage stage, Instant at, String note) {
            return new MatchStep(stage, at, "suishin", note);
        }

        private int drive(Need need, int candidates, List<List<MatchStep>> paths, CaseDraft story) {
            return drive(need, candidates, paths, story, null);
        }

        /**
         * Takes the matcher's best candidates for the need and walks each match along its path: proposed and
         * moved on days in the past, written with the match store's own statements (the pipeline dates every
         * step "now"); writes the case study of a completed one through the pipeline.
         */
        private int drive(Need need, int candidates, List<List<MatchStep>> paths, CaseDraft story, Instant proposedAt) {
            List<Candidate> found = matcher.candidates(need.id(), candidates);
            MatchStore store = new MatchStore();
            int made = 0;
            for (int i = 0; i < Math.min(found.size(), paths.size()); i++) {
                CandidateRef ref = found.get(i).ref();
                List<MatchStep> path = paths.get(i);
                Instant first = proposedAt != null
                        ? proposedAt
                        : path.isEmpty() ? b.now() : path.get(0).at().minus(Duration.ofDays(3));
                long partnerId =
                        index.index().find(ref.kind(), ref.id()).orElseThrow().partnerId();
                long matchId = b.write(c -> {
                    long id = store.insert(c, need.id(), ref, partnerId, first);
                    store.addStep(c, id, step(MatchStage.PROPOSED, first, "推進員が候補から選んで提案"));
                    int version = 1;
                    for (MatchStep s : path) {
                        store.move(c, id, version++, s.stage(), s.at());
                        store.addStep(c, id, s);
                        if (s.stage() == MatchStage.AGREED) {
                            new NeedStore().forceStatus(c, need.id(), NeedStatus.MATCHED, s.at());
                        }
                    }
                    return id;
                });
                index.matchesChanged(partnerId);
                made++;
                if (story != null
                        && !path.isEmpty()
                        && path.get(path.size() - 1).stage() == MatchStage.COMPLETED) {
                    pipeline.writeCase(matchId, story);
                }
            }
            return made;
        }

        private int desk(Partners p) {
            LocalDate today = b.today();
            PartnerProfile kyodo = p.department("協働推進課");
            record Story(
                    DeskItemKind kind,
                    PartnerProfile from,
                    String subject,
                    String body,
                    int daysAgo,
                    PartnerProfile to,
                    int dueInDays,
                    DeskStatus answer,
                    String text) {
                /** The staff member of the department who answers. */
                String owner() {
                    return List.of("田村 悠", "小林 彩", "中村 誠", "高橋 葵").get(Math.abs(subject.hashCode()) % 4);
                }
            }
            List<Story> stories = List.of(
                    new Story(
                            DeskItemKind.CONSULTATION,
                            p.organisation(PartnerType.NEIGHBOURHOOD, ""),
                            "町会の加入率が下がっている",
                            "若い世帯が加入しない。どのように声をかければよいか相談したい",
                            40,
                            kyodo,
                            -20,
                            DeskStatus.ACCEPTED,
                            "加入促進のチラシを一緒に作成し、転入者向けの案内に同封する"),
                    new Story(
                            DeskItemKind.PROPOSAL,
                            p.organisation(PartnerType.CIVIC, "multicultural"),
                            "公園で多文化交流イベントを共催したい",
                            "外国籍住民と地域住民が料理で交流するイベントを秋に開きたい",
                            3,
                            p.department("国際交流室"),
                            10,
                            null,
                            ""),
                    new Story(
                            DeskItemKind.PROPOSAL,
                            p.organisation(PartnerType.CIVIC, "children"),
                            "空き店舗を子どもの居場所に",
                            "商店街の空き店舗を放課後の居場所として使いたい",
                            25,
                            p.department("子育て支援課"),
                            -5,
                            null,
                            ""),
                    new Story(
                            DeskItemKind.CONSULTATION,
                            p.organisation(PartnerType.NEIGHBOURHOOD, "disaster-safety"),
                            "防災備蓄品の共同購入",
                            "複数の町会で備蓄品をまとめて購入できないか",
                            16,
                            p.department("防災課"),
                            -2,
                            null,
                            ""),
                    new Story(
                            DeskItemKind.PROPOSAL,
                            p.organisation(PartnerType.BUSINESS, ""),
                            "社員ボランティアを河川清掃に",
                            "社会貢献活動として社員30名が参加したい",
                            8,
                            p.department("環境政策課"),
                            6,
                            null,
                            ""),
                    new Story(
                            DeskItemKind.CONSULTATION,
                            p.organisation(PartnerType.CIVIC, ""),
                            "NPO法人の設立手続き",
                            "任意団体からNPO法人になるための手続きと期間を知りたい",
                            30,
                            kyodo,
                            -16,
                            DeskStatus.ACCEPTED,
                            "設立講座（来月）を案内し、定款の作成を支援する"),
                    new Story(
                            DeskItemKind.PROPOSAL,
                            p.organisation(PartnerType.CIVIC, "education"),
                            "図書館でのおはなし会",
                            "毎月、図書館で読み聞かせを開きたい",
                            20,
                            p.department("生涯学習課"),
                            -6,
                            DeskStatus.DECLINED,
                            "図書館の既存事業と重なるため今年度は見送り。ボランティアとしての参加を案内した"),
                    new Story(
                            DeskItemKind.CONSULTATION,
                            p.organisation(PartnerType.CIVIC, "welfare"),
                            "活動場所の確保",
                            "週1回の体操教室の会場を探している",
                            1,
                            null,
                            0,
                            null,
                            ""),
                    new Story(
                            DeskItemKind.PROPOSAL,
                            p.organisation(PartnerType.CIVIC, ""),
                            "高齢者のスマホ教室",
                            "地域の高校生が講師になるスマホ教室を提案したい",
                            0,
                            null,
                            0,
                            null,
                            ""));
            DeskStore store = new DeskStore();
            for (Story s : stories) {
                DeskItem item = desk.receive(new DeskItemDraft(
                        s.kind(), s.from().name(), s.from().id(), s.subject(), s.body(), today.minusDays(s.daysAgo())));
                if (s.to() == null) {
                    continue;
                }
                LocalDate due = today.plusDays(s.dueInDays());
                Instant routedAt = b.now().minus(Duration.ofDays(Math.max(0, s.daysAgo() - 1)));
                b.write(c -> {
                    store.route(c, item.id(), item.version(), s.to().id(), s.owner(), due, routedAt);
                    store.addStep(
                            c,
                            item.id(),
                            new DeskStep(DeskAction.ROUTED, routedAt, "suishin", s.to().name(), "ご検討をお願いします"));
                    if (s.answer() != null) {
                        LocalDate answered = today.minusDays(Math.max(0, s.daysAgo() - 12));
                        store.answer(
                                c,
                                item.id(),
                                item.version() + 1,
                                s.answer(),
                                s.text(),
                                answered,
                                routedAt.plus(Duration.ofDays(5)));
                        store.addStep(
                                c,
                                item.id(),
                                new DeskStep(
                                        s.answer() == DeskStatus.ACCEPTED ? DeskAction.ACCEPTED : DeskAction.DECLINED,
                                        routedAt.plus(Duration.ofDays(5)),
                                        "shokuin",
                                        s.to().name(),
                                        s.text()));
                    }
                    return null;
                });
            }
            desk.escalateOverdue();
            return stories.size();
        }

        private int projects(Partners p) {
            LocalDate today = b.today();
            PartnerProfile kyodo = p.department("協働推進課");
            PartnerProfile watchNpo = p.organisation(PartnerType.CIVIC, "welfare");
            PartnerProfile shop = p.organisation(PartnerType.BUSINESS, "");
            long agenda = projects.createAgenda(new AgendaDraft(
                            "孤独死ゼロのまちづくり",
                            "一人暮らしの高齢者が誰にも気づかれずに亡くなることのない地域をつくる",
                            List.of(new Indicator("見守り訪問", "件", 3000L, null), new Indicator("協定事業者", "社", 40L, null)),
                            List.of(watchNpo.id(), shop.id()),
                            "協働推進課"))
                    .id();
            List<ProjectDraft> list = List.of(
                    new ProjectDraft(
                            "高齢者見守りネットワーク実行委員会",
                            p.department("福祉総務課").id(),
                            CollaborationForm.COMMITTEE,
                            new Judgement(true, "地域全体の安全・安心", true, "実費のみ、利益の分配なし", true, "福祉の知見と地域の目"),
                            "一人暮らし高齢者の異変に早く気づき、必要な支援につなぐ",
                            List.of(
                                    new ProjectPartner(watchNpo.id(), "", "訪問と連絡網の運営"),
                                    new ProjectPartner(
                                            p.organisation(PartnerType.NEIGHBOURHOOD, "")
                                                    .id(),
                                            "",
                                            "町会内の声かけ")),
                            today.minusMonths(8),
                            today.plusMonths(4),
                            1_200_000L,
                            List.of(new Indicator("見守り訪問", "件", 1500L, 1240L), new Indicator("協定事業者", "社", 20L, 9L)),
                            "",
                            ExitStrategy.INSTITUTIONALISE,
                            agenda,
                            null,
                            ""),
                    new ProjectDraft(
                            "新聞販売店との見守り協定",
                            p.department("福祉総務課").id(),
                            CollaborationForm.ENDORSEMENT,
                            new Judgement(true, "配達網を活かした見守り", true, "無償協力", true, "毎日の配達で気づける"),
                            "配達時の異変を市に連絡してもらう協定",
                            List.of(new ProjectPartner(shop.id(), "", "配達時の気づきと連絡")),
                            today.minusMonths(12),
                            today.plusWeeks(5),
                            null,
                            List.of(new Indicator("見守り訪問", "件", 500L, 320L), new Indicator("協定事業者", "社", 20L, 14L)),
                            "",
                            null,
                            agenda,
                            null,
                            ""),
                    new ProjectDraft(
                            "団地の多文化共生プロジェクト",
                            p.department("国際交流室").id(),
                            CollaborationForm.GRANT,
                            new Judgement(true, "外国籍住民の孤立を防ぐ", true, "補助金は実費のみ", true, "学生の語学力と自治会の地域力"),
                            "中国語のSNSでお知らせを届け、外国籍住民が自治会の役員に加わる",
                            List.of(
                                    new ProjectPartner(
                                            p.organisation(PartnerType.CIVIC, "multicultural")
                                                    .id(),
                                            "",
                                            "通訳と翻訳"),
                                    new ProjectPartner(
                                            p.organisation(PartnerType.NEIGHBOURHOOD, "")
                                                    .id(),
                                            "",
                                            "自治会の運営")),
                            today.minusMonths(20),
                            today.minusMonths(2),
                            800_000L,
                            List.of(new Indicator("翻訳したお知らせ", "件", 40L, 52L), new Indicator("外国籍の役員", "人", 2L, 3L)),
                            "外国籍住民2名が自治会役員に就任。お知らせの既読率が向上",
                            ExitStrategy.POLICY,
                            null,
                            null,
                            "funding:proposal:demo"),
                    new ProjectDraft(
                            "エコライフDAY 2026",
                            p.department("環境政策課").id(),
                            CollaborationForm.CO_HOSTING,
                            new Judgement(true, "CO2削減の啓発", true, "参加費無料", true, "NPOの啓発力と市の広報"),
                            "6月第2日曜日にチェックシートで家庭のCO2削減を呼びかける",
                            List.of(new ProjectPartner(
                                    p.organisation(PartnerType.CIVIC, "environment")
                                            .id(),
                                    "",
                                    "企画と当日の運営")),
                            today.minusMonths(6),
                            today.plusMonths(7),
                            350_000L,
                            List.of(new Indicator("チェックシート参加", "人", 5000L, 3120L)),
                            "",
                            null,
                            null,
                            null,
                            ""),
                    new ProjectDraft(
                            "休日部活動の地域クラブ化",
                            p.department("スポーツ課").id(),
                            CollaborationForm.CO_HOSTING,
                            new Judgement(true, "生徒の活動機会を守る", true, "会費は実費", true, "地域の指導者と学校の施設"),
                            "中学校の休日部活動を地域のスポーツNPOが運営するクラブに移す",
                            List.of(
                                    new ProjectPartner(
                                            p.organisation(PartnerType.CIVIC, "sports")
                                                    .id(),
                                            "",
                                            "クラブの運営と指導者の確保"),
                                    new ProjectPartner(
                                            p.organisation(PartnerType.EDUCATION, "")
                                                    .id(),
                                            "",
                                            "施設の提供")),
                            today.minusMonths(3),
                            today.plusMonths(21),
                            2_400_000L,
                            List.of(new Indicator("参加生徒", "人", 300L, 140L)),
                            "",
                            null,
                            null,
                            null,
                            ""),
                    new ProjectDraft(
                            "市民活動サポートセンターの指定管理",
                            kyodo.id(),
                            CollaborationForm.COMMISSION,
                            new Judgement(true, "市民活動の拠点", true, "指定管理料の範囲で運営", true, "中間支援組織の専門性"),
                            "協働の拠点（パートナーステーション）の運営を中間支援NPOに任せる",
                            List.of(new ProjectPartner(
                                    p.organisation(PartnerType.CIVIC, "").id(), "", "施設運営と団体相談")),
                            today.minusYears(2),
                            today.plusYears(3),
                            18_000_000L,
                            List.of(new Indicator("相談件数", "件", 1200L, 1310L), new Indicator("貸館の稼働率", "%", 70L, 64L)),
                            "",
                            ExitStrategy.BUSINESS,
                            null,
                            null,
                            ""));
            list.forEach(projects::create);
            return list.size();
        }

        private static String first(Set<String> codes) {
            return codes.isEmpty() ? "" : codes.iterator().next();
        }
    }

    /** The registry's demo partners, picked by what a story needs. */
    private record Partners(List<PartnerProfile> all) {

        PartnerProfile department(String suffix) {
            return find(x -> x.type() == PartnerType.CITY && x.name().endsWith(suffix))
                    .or(() -> find(x -> x.type() == PartnerType.CITY))
                    .orElseThrow(() -> new IllegalStateException("no department in the registry"));
        }

        /** An active organisation of the type, in the field when one is. */
        PartnerProfile organisation(PartnerType type, String field) {
            return find(x -> x.type() == type
                            && (field.isEmpty() || x.fieldCodes().contains(field)))
                    .or(() -> find(x -> x.type() == type))
                    .orElseThrow(() -> new IllegalStateException("no " + type + " in the registry"));
        }

        /** An expert with the qualification who consented to matching. */
        Optional<PartnerProfile> expert(String qualification) {
            return find(x -> x.expert() && x.matchingConsent() && x.skills().contains(qualification));
        }

        private Optional<PartnerProfile> find(Predicate<PartnerProfile> test) {
            return all.stream().filter(PartnerProfile::active).filter(test).findFirst();
        }
    }
}
