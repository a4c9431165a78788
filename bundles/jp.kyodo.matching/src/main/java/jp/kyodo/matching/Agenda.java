package jp.kyodo.matching;

import java.util.List;
import jp.kyodo.core.Records;

/**
 * A stored agenda with its progress rolled up from the projects that joined it.
 *
 * @param organisations the joined organisations' names
 * @param projects how many projects joined
 * @param progress per common indicator: the agenda's target and the sum of the joined projects' results
 *     for the indicator of the same name (and unit)
 */
public record Agenda(
        long id, int version, AgendaDraft details, List<String> organisations, int projects, List<Indicator> progress) {

    public Agenda {
        organisations = Records.list(organisations);
        progress = Records.list(progress);
    }
}
