package jp.kyodo.matching;

import jp.kyodo.core.Records;

/**
 * A case study (事例) written from a completed match, for publication and for neighbouring cities.
 *
 * @param title e.g. 「子ども食堂に税理士がプロボノで会計支援」
 * @param summary what happened: who worked with whom on what
 * @param outcome what came of it (成果), in numbers where there are any
 * @param published whether it may be published (and shared with other cities)
 */
public record CaseDraft(String title, String summary, String outcome, boolean published) {

    public CaseDraft {
        title = Records.text(title);
        summary = Records.text(summary);
        outcome = Records.text(outcome);
    }
}
