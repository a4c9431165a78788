package jp.kyodo.matching.internal;

import static jp.kyodo.matching.internal.MatchingKit.COORDINATOR;
import static jp.kyodo.matching.internal.MatchingKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.matching.CollaborationForm;
import jp.kyodo.matching.DeskItem;
import jp.kyodo.matching.DeskQuery;
import jp.kyodo.matching.Match;
import jp.kyodo.matching.MatchQuery;
import jp.kyodo.matching.MatchStage;
import jp.kyodo.matching.NeedQuery;
import jp.kyodo.matching.OfferQuery;
import jp.kyodo.matching.Project;
import jp.kyodo.matching.ProjectQuery;
import jp.kyodo.registry.PartnerProfile;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.TimeBand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The demo stories load on partners shaped like the registry's demo data, and show every state. */
class DemoDataTest {

    private final MatchingKit kit = new MatchingKit();

    @AfterEach
    void close() {
        kit.close();
    }

    private void registryLikeDemo() {
        for (String d : List.of("協働推進課", "環境政策課", "防災課", "福祉総務課", "子育て支援課", "国際交流室", "生涯学習課", "スポーツ課")) {
            kit.profiles.organisation(PartnerType.CITY, "川口市 " + d, "", Set.of(), "");
        }
        for (String f :
                List.of("children", "multicultural", "welfare", "environment", "education", "sports", "community")) {
            kit.profiles.organisation(PartnerType.CIVIC, "市民団体 " + f, "得意分野", Set.of(f), "honcho");
        }
        kit.profiles.organisation(
                PartnerType.NEIGHBOURHOOD, "本町町会", "", Set.of("disaster-safety", "community"), "honcho");
        kit.profiles.organisation(PartnerType.BUSINESS, "川口信用金庫", "地域貢献", Set.of("welfare"), "chuo");
        kit.profiles.organisation(PartnerType.EDUCATION, "本町小学校", "体育館", Set.of("education"), "honcho");
        for (String q : List.of("税理士 会計・税務の相談、決算書の作成支援", "ウェブデザイナー ホームページ制作、SNS発信の支援")) {
            kit.profiles.person("専門家 " + q.split(" ")[0], q, "honcho", true, true);
        }
        String[] skills = {"中国語、料理", "イベント運営、車の運転", "楽器演奏、英語", "子どもの見守り、パソコン", "料理、傾聴"};
        for (int i = 0; i < 30; i++) {
            PartnerProfile p = kit.profiles.person(
                    "協力者" + i, skills[i % skills.length], i % 2 == 0 ? "honcho" : "shiba-n", false, true);
            kit.profiles.with(
                    p,
                    Set.of(),
                    EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                    EnumSet.allOf(TimeBand.class));
        }
        kit.start();
    }

    @Test
    void theStoriesShowEveryStageOfEveryPart() {
        registryLikeDemo();
        SecurityContext.runAs(Actor.system("demo-data"), () -> new DemoDataLoader.Stories(
                        kit.backend,
                        kit.index,
                        kit.needs,
                        kit.offers,
                        kit.matcher,
                        kit.pipeline,
                        kit.desk,
                        kit.projects)
                .load());

        assertEquals(
                10,
                as(COORDINATOR, () -> kit.needs.search(NeedQuery.all(), PageRequest.first(50)))
                        .total());
        assertEquals(
                5,
                as(COORDINATOR, () -> kit.offers.search(OfferQuery.all(), PageRequest.first(50)))
                        .total());
        List<Match> matches = as(COORDINATOR, () -> kit.pipeline.search(MatchQuery.all(), PageRequest.first(50)))
                .items();
        assertEquals(
                EnumSet.allOf(MatchStage.class),
                matches.stream()
                        .map(Match::stage)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(MatchStage.class))));
        assertTrue(matches.stream().anyMatch(Match::stale), "some matches wait for the coordinator");
        assertEquals(
                2,
                as(COORDINATOR, () -> kit.pipeline.cases(false, PageRequest.first(10)))
                        .total());

        List<DeskItem> items = as(COORDINATOR, () -> kit.desk.search(DeskQuery.all(), PageRequest.first(50)))
                .items();
        assertEquals(9, items.size());
        assertTrue(
                items.stream().anyMatch(i -> i.overdue() && i.escalatedAt() != null), "overdue items were escalated");

        List<Project> projects = as(COORDINATOR, () -> kit.projects.search(ProjectQuery.all(), PageRequest.first(50)))
                .items();
        assertEquals(
                EnumSet.allOf(CollaborationForm.class),
                projects.stream()
                        .map(p -> p.details().form())
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(CollaborationForm.class))));
        assertEquals(
                1560L,
                as(COORDINATOR, () -> kit.projects.agendas())
                        .get(0)
                        .progress()
                        .get(0)
                        .result());
    }
}
