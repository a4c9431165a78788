package jp.kyodo.training.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.registry.PersonDraft;
import jp.kyodo.registry.PersonRegistry;
import jp.kyodo.training.Allocation;
import jp.kyodo.training.Course;
import jp.kyodo.training.CourseDraft;
import jp.kyodo.training.CourseKind;
import jp.kyodo.training.CourseQuery;
import jp.kyodo.training.Courses;
import jp.kyodo.training.Question;
import jp.kyodo.training.SchoolGrade;
import jp.kyodo.training.StaffMember;
import jp.kyodo.training.StaffTrainings;
import jp.kyodo.training.Survey;
import jp.kyodo.training.SurveyDraft;
import jp.kyodo.training.SurveyPhase;
import jp.kyodo.training.Surveys;
import jp.kyodo.training.Training;
import jp.kyodo.training.TrainingDraft;
import jp.kyodo.training.VolunteerPoints;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo-data switch of training: when {@code KYODO_DEMO=true} and no course is recorded yet, enters through
 * the services, as staff would, a year of the 盛人大学 (four courses, one oversubscribed and drawn by lottery,
 * attendance and completion), a youth volunteer school, a staff roster of 5,000 in 24 departments with the
 * e-learning 「協働とは何か」 assigned to all, half-way completed, last year's staff survey and this year's
 * before/after surveys imported from a form service's CSV, and volunteer points of the graduates. A production
 * start never sets the switch.
 */
@Component(
        immediate = true,
        service = {})
public final class DemoDataLoader {

    static final String SWITCH = "KYODO_DEMO";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final Actor DEMO = Actor.system("demo-data");

    static final List<String> DEPARTMENTS = List.of(
            "市民協働推進課", "総務課", "人事課", "財政課", "税務課", "市民課", "福祉総務課", "高齢福祉課", "障害福祉課", "子育て支援課", "保育幼稚園課", "健康増進課",
            "環境政策課", "資源循環課", "防災課", "都市計画課", "道路課", "下水道課", "産業振興課", "観光課", "教育総務課", "学校教育課", "生涯学習課", "文化スポーツ課");
    static final Question KYODO =
            new Question("kyodo", "「協働」という言葉の意味と実践方法を知っていますか", List.of("知っており、理解している", "聞いたことはあるが、よく分からない", "知らない"));
    static final Question PRACTICE =
            new Question("practice", "業務で市民・団体との協働に取り組みたいと思いますか", List.of("取り組みたい", "機会があれば取り組みたい", "取り組むつもりはない"));

    private final ExecutorService worker;

    @Activate
    public DemoDataLoader(
            @Reference PersonRegistry people,
            @Reference Courses courses,
            @Reference StaffTrainings trainings,
            @Reference Surveys surveys,
            @Reference VolunteerPoints points,
            @Reference TrainingBackend backend) {
        if (!"true".equalsIgnoreCase(System.getenv(SWITCH))) {
            worker = null;
            return;
        }
        worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "kyodo-training-demo-data"));
        Stories stories = new Stories(backend, people, courses, trainings, surveys, points);
        worker.execute(() -> SecurityContext.runAs(DEMO, () -> {
            try {
                stories.load();
            } catch (RuntimeException e) {
                LOG.error("Training demo data could not be loaded", e);
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

    /** The stories; a fixed random seed makes every demo the same. */
    record Stories(
            TrainingBackend b,
            PersonRegistry people,
            Courses courses,
            StaffTrainings trainings,
            Surveys surveys,
            VolunteerPoints points) {

        /** @return courses created, 0 when there was data already */
        int load() {
            if (courses.search(CourseQuery.all(), PageRequest.first(1)).total() > 0) {
                LOG.info("Demo data: training has data already; nothing loaded");
                return 0;
            }
            Random random = new Random(13);
            FiscalYear year = b.fiscalYear();
            LocalDate today = b.today();
            points.saveRule("event-support", "イベント運営補助", 10, true);
            points.saveRule("welfare-visit", "高齢者の見守り訪問", 15, true);
            points.saveRule("environment", "公園清掃・環境美化", 10, true);
            points.saveRule("tutoring", "子どもの学習支援", 15, true);

            List<Long> seniors = new ArrayList<>();
            String[] surnames = {"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田"};
            String[] given = {"一郎", "和子", "進", "恵子", "博", "幸子", "茂", "洋子", "清", "節子", "勇", "久美子"};
            String[] readS = {"さとう", "すずき", "たかはし", "たなか", "いとう", "わたなべ", "やまもと", "なかむら", "こばやし", "かとう", "よしだ", "やまだ"};
            String[] readG = {"いちろう", "かずこ", "すすむ", "けいこ", "ひろし", "さちこ", "しげる", "ようこ", "きよし", "せつこ", "いさむ", "くみこ"};
            for (int i = 0; i < 36; i++) {
                PersonDraft d = PersonDraft.of(
                        surnames[i % 12] + " " + given[(i * 5) % 12], readS[i % 12] + " " + readG[(i * 5) % 12]);
                d = new PersonDraft(
                        d.name(),
                        d.nameReading(),
                        today.getYear() - 52 - random.nextInt(24),
                        "",
                        null,
                        "",
                        Set.of(),
                        Set.of(),
                        i % 3 == 0,
                        null,
                        null,
                        "盛人大学デモ");
                seniors.add(people.create(d).id());
            }
            // the spring term takes applications now; the volunteer course is oversubscribed and drawn early
            LocalDate firstDay = today.plusDays(14);
            FiscalYear term = FiscalYear.of(firstDay);
            LocalDate lastDay = firstDay.plusDays(120).isAfter(term.end()) ? term.end() : firstDay.plusDays(120);
            String[][] college = {
                {"盛人大学 地域デザイン学科", "まちの課題を見つけ、仲間と企画を立てる", "12"},
                {"盛人大学 ボランティア学科", "福祉施設・子ども食堂での実習つき", "20"},
                {"盛人大学 ソーシャルビジネス学科", "地域の困りごとを小さな事業に", "15"},
                {"盛人大学 農業学科", "市民農園で一年を通して学ぶ", "30"}
            };
            List<Course> made = new ArrayList<>();
            for (String[] c : college) {
                made.add(courses.create(new CourseDraft(
                        CourseKind.COLLEGE,
                        c[0],
                        c[1],
                        term.startYear(),
                        Integer.parseInt(c[2]),
                        50,
                        null,
                        null,
                        null,
                        today.minusDays(14),
                        today.plusDays(7),
                        firstDay,
                        lastDay,
                        LocalTime.of(10, 0),
                        LocalTime.of(12, 0),
                        10,
                        8,
                        "市民活動センター 講座室",
                        true)));
            }
            Course volunteer = made.get(1);
            for (int i = 0; i < seniors.size(); i++) {
                Course c = i < 26 ? volunteer : made.get(i % 2 == 0 ? 0 : 2);
                courses.apply(c.id(), seniors.get(i), null);
            }
            courses.create(new CourseDraft(
                    CourseKind.YOUTH,
                    "青少年ボランティアスクール",
                    "中学生・高校生のための福祉・環境ボランティア入門",
                    term.startYear(),
                    25,
                    null,
                    null,
                    SchoolGrade.J1,
                    SchoolGrade.H3,
                    today,
                    today.plusDays(10),
                    firstDay,
                    firstDay.plusDays(21),
                    LocalTime.of(13, 30),
                    LocalTime.of(16, 0),
                    4,
                    3,
                    "市民活動センター",
                    true));
            courses.create(new CourseDraft(
                    CourseKind.LECTURE,
                    "NPO 会計講座",
                    "団体の会計と報告書の作り方",
                    term.startYear(),
                    40,
                    null,
                    null,
                    null,
                    null,
                    today,
                    today.plusDays(10),
                    firstDay,
                    firstDay,
                    LocalTime.of(18, 30),
                    LocalTime.of(20, 30),
                    1,
                    1,
                    "市民活動センター 会議室A",
                    true));
            Allocation drawn = courses.allocate(volunteer.id(), 20261013L);
            LOG.info(
                    "Demo data: the volunteer course drawn by lot (seed {}), {} places",
                    drawn.seed(),
                    drawn.capacity());
            LOG.info("Demo data: {} courses of the 盛人大学 and others", made.size());
            staffAndSurveys(random, year);
            for (int i = 0; i < 18; i++) {
                long person = seniors.get(i);
                for (int k = 0; k < 1 + random.nextInt(5); k++) {
                    LocalDate on = today.minusDays(random.nextInt(
                            Math.max(1, (int) (today.toEpochDay() - year.start().toEpochDay()) + 1)));
                    String rule = List.of("event-support", "welfare-visit", "environment", "tutoring")
                            .get(random.nextInt(4));
                    points.earn(person, rule, on, 60 + 30 * random.nextInt(6), "");
                }
            }
            return made.size();
        }

        private void staffAndSurveys(Random random, FiscalYear year) {
            String[] family = {
                "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村",
                "林", "斎藤", "清水"
            };
            String[] first = {"翔太", "美咲", "大輔", "彩", "健太", "陽子", "拓也", "愛", "直樹", "真由美", "誠", "さくら"};
            List<StaffMember> roster = new ArrayList<>();
            for (int i = 0; i < 5000; i++) {
                String department = DEPARTMENTS.get(i % 7 == 0 ? 0 : random.nextInt(DEPARTMENTS.size()));
                roster.add(new StaffMember(
                        0,
                        String.format("S%05d", i + 1),
                        family[random.nextInt(family.length)] + " " + first[random.nextInt(first.length)],
                        department,
                        i == 0 ? "admin" : "",
                        true));
            }
            trainings.saveStaff(roster);
            Survey last = surveys.create(
                    new SurveyDraft("職員意識調査（前年度）", year.startYear() - 1, null, SurveyPhase.STANDALONE, List.of(KYODO)));
            importAnswers(last, roster, random, 0.62, new double[] {0.18, 0.47});
            Training t = trainings.create(new TrainingDraft(
                    "協働とは何か ― 市民と市が力を合わせるために（45分）",
                    "協働の意味、協働の形態（後援・補助・共催・実行委員会・委託）、役割分担と出口戦略を事例で学びます。",
                    "https://intranet.example.lg.jp/video/kyodo-2026.mp4",
                    "https://intranet.example.lg.jp/slides/kyodo-2026.pdf",
                    year.startYear(),
                    year.end().minusDays(60),
                    Set.of()));
            Survey before = surveys.create(new SurveyDraft(
                    "協働研修 事前アンケート", year.startYear(), t.id(), SurveyPhase.BEFORE, List.of(KYODO, PRACTICE)));
            importAnswers(before, roster, random, 0.81, new double[] {0.21, 0.49});
            int completed = 0;
            for (PageRequest page = PageRequest.first(1000); ; page = page.next()) {
                var staff = trainings.staff("", page);
                for (StaffMember m : staff.items()) {
                    // departments differ: the collaboration division leads, others follow at their pace
                    int rate = m.department().equals(DEPARTMENTS.get(0))
                            ? 85
                            : 35 + m.department().length() * 7;
                    if (random.nextInt(100) < rate) {
                        trainings.recordCompletion(t.id(), m.id());
                        completed++;
                    }
                }
                if (!staff.hasNext()) {
                    break;
                }
            }
            Survey after = surveys.create(new SurveyDraft(
                    "協働研修 事後アンケート", year.startYear(), t.id(), SurveyPhase.AFTER, List.of(KYODO, PRACTICE)));
            importAnswers(after, roster, random, 0.55, new double[] {0.64, 0.30});
            LOG.info("Demo data: 5,000 staff, e-learning with {} completions recorded, three surveys", completed);
        }

        /** Builds a form service's CSV export (UTF-8 with BOM, as Google Forms writes it) and imports it. */
        private void importAnswers(Survey s, List<StaffMember> roster, Random random, double rate, double[] shares) {
            StringBuilder csv = new StringBuilder("\uFEFFタイムスタンプ,職員番号");
            for (Question q : s.details().questions()) {
                csv.append(',').append(q.text());
            }
            csv.append("\r\n");
            for (StaffMember m : roster) {
                if (random.nextDouble() >= rate) {
                    continue;
                }
                csv.append("2026/06/01 9:00:00,").append(m.staffNumber());
                for (Question q : s.details().questions()) {
                    double r = random.nextDouble();
                    int choice = r < shares[0] ? 0 : r < shares[0] + shares[1] ? 1 : 2;
                    csv.append(',').append(q.choices().get(choice));
                }
                csv.append("\r\n");
            }
            surveys.importCsv(s.id(), csv.toString().getBytes(StandardCharsets.UTF_8), true);
        }
    }
}
