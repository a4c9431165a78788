package jp.kyodo.matching;

import java.util.List;
import jp.kyodo.core.Records;

/**
 * A collective-impact agenda: several organisations and projects working on one problem (孤独死の防止,
 * 買い物弱者, 子どもの学習支援 …) towards a shared goal with common indicators.
 *
 * @param goal the shared goal
 * @param indicators the common indicators; {@link Indicator#target()} is the agenda's target,
 *     {@link Indicator#result()} is not used (results roll up from the projects)
 * @param organisationIds the organisations that joined (registry ids)
 * @param coordinatorName who coordinates: the city or an intermediary organisation
 */
public record AgendaDraft(
        String title, String goal, List<Indicator> indicators, List<Long> organisationIds, String coordinatorName) {

    public AgendaDraft {
        title = Records.text(title);
        goal = Records.text(goal);
        indicators = Records.list(indicators);
        organisationIds = Records.list(organisationIds);
        coordinatorName = Records.text(coordinatorName);
    }
}
