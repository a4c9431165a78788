package jp.kyodo.matching.ui.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.kyodo.matching.CandidateKind;
import jp.kyodo.matching.CandidateRef;
import jp.kyodo.matching.CollaborationForm;
import jp.kyodo.matching.ExitStrategy;
import jp.kyodo.matching.Indicator;
import jp.kyodo.matching.Judgement;
import jp.kyodo.matching.Match;
import jp.kyodo.matching.MatchStage;
import jp.kyodo.matching.MatchStep;
import jp.kyodo.matching.Need;
import jp.kyodo.matching.NeedDraft;
import jp.kyodo.matching.NeedKind;
import jp.kyodo.matching.NeedStatus;
import jp.kyodo.matching.Project;
import jp.kyodo.matching.ProjectDraft;
import jp.kyodo.matching.ProjectPartner;
import jp.kyodo.registry.TimeBand;

/** Records as the services return them, for the tests. */
final class Samples {

    static final Instant CREATED = Instant.parse("2026-04-01T00:30:00Z");
    static final Instant UPDATED = Instant.parse("2026-11-20T05:05:00Z");

    private Samples() {}

    static NeedDraft needDraft() {
        return new NeedDraft(
                42,
                "子ども食堂の会計を手伝ってほしい",
                "年度末の決算書づくりに困っています",
                Set.of(NeedKind.EXPERT, NeedKind.MONEY),
                "会計, 税務",
                Set.of("welfare", "children"),
                "11203-chuo",
                Set.of(DayOfWeek.SATURDAY, DayOfWeek.MONDAY),
                Set.of(TimeBand.MORNING),
                LocalDate.of(2027, 1, 10),
                LocalDate.of(2027, 3, 31),
                3,
                120_000L,
                LocalDate.of(2027, 2, 28));
    }

    static Need need() {
        return new Need(7, 3, needDraft(), "NPO法人 川口こども食堂ネット", NeedStatus.OPEN, 2, CREATED, UPDATED);
    }

    static Match match(long id, MatchStage stage, boolean stale, Instant since) {
        return new Match(
                id,
                1,
                7,
                "子ども食堂の会計",
                "NPO法人 川口こども食堂ネット",
                new CandidateRef(CandidateKind.PERSON, 12),
                "個人の協力者",
                true,
                stage,
                since,
                stale,
                List.of(new MatchStep(MatchStage.PROPOSED, since, "suishin", "")),
                null);
    }

    static ProjectDraft projectDraft() {
        return new ProjectDraft(
                "エコライフDAY",
                5,
                CollaborationForm.CO_HOSTING,
                new Judgement(true, "市民全体の環境行動", true, "参加費なし", false, ""),
                "家庭のCO2削減を広める",
                List.of(new ProjectPartner(30, "NPO法人 環境ネット", "チェックシートの集計"), new ProjectPartner(31, "第一小学校", "")),
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31),
                1_500_000L,
                List.of(new Indicator("参加者数", "人", 1000L, 820L), new Indicator("CO2削減量", "kg", 5000L, null)),
                "",
                ExitStrategy.POLICY,
                null,
                null,
                "");
    }

    static Project project() {
        return new Project(9, 2, projectDraft(), "環境政策課", "", false, CREATED, UPDATED);
    }
}
