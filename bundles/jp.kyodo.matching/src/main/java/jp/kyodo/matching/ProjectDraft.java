package jp.kyodo.matching;

import java.time.LocalDate;
import java.util.List;
import jp.kyodo.core.Records;

/**
 * A collaboration project (協働事業) as staff record it in the project register (協働事業台帳).
 *
 * @param departmentId the city department (市の部署 in the registry) responsible
 * @param form the form of collaboration
 * @param judgement the checklist 公益性・非営利性・相乗効果
 * @param purpose what it is for
 * @param partners the partner organisations and their roles (役割分担)
 * @param startsOn and {@code endsOn}: the period
 * @param budgetYen the budget in whole yen; null when none
 * @param indicators targets and results
 * @param evaluation the evaluation (評価) once there is one
 * @param exit the exit strategy (出口戦略), to be decided before the end; null while undecided
 * @param agendaId the collective-impact agenda it joins; null for none
 * @param matchId the match it grew out of; null for none
 * @param source where it came from when another module created it (e.g. {@code funding:proposal:12})
 */
public record ProjectDraft(
        String title,
        long departmentId,
        CollaborationForm form,
        Judgement judgement,
        String purpose,
        List<ProjectPartner> partners,
        LocalDate startsOn,
        LocalDate endsOn,
        Long budgetYen,
        List<Indicator> indicators,
        String evaluation,
        ExitStrategy exit,
        Long agendaId,
        Long matchId,
        String source) {

    public ProjectDraft {
        title = Records.text(title);
        judgement = judgement == null ? Judgement.NONE : judgement;
        purpose = Records.text(purpose);
        partners = Records.list(partners);
        indicators = Records.list(indicators);
        evaluation = Records.text(evaluation);
        source = Records.text(source);
    }

    public static ProjectDraft of(String title, long departmentId, CollaborationForm form) {
        return new ProjectDraft(
                title, departmentId, form, null, "", List.of(), null, null, null, List.of(), "", null, null, null, "");
    }
}
