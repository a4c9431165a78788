package jp.kyodo.funding.ui.internal;

import java.time.Instant;
import java.util.List;
import jp.kyodo.funding.Application;
import jp.kyodo.funding.ApplicationDraft;
import jp.kyodo.funding.ApplicationStatus;
import jp.kyodo.funding.ProgrammeKind;
import jp.kyodo.funding.ScreeningReason;

/** Records as the services return them, for the tests. */
public final class Samples {

    public static final Instant AT = Instant.parse("2026-05-01T00:00:00Z");

    private Samples() {}

    /** An application of 令和8年度 市民活動補助金 in a state, before any decision. */
    public static Application application(
            long id,
            ApplicationStatus status,
            ApplicationDraft draft,
            String organisation,
            List<ScreeningReason> reasons) {
        return new Application(
                id,
                1,
                status,
                draft,
                "令和8年度 市民活動補助金",
                ProgrammeKind.CITIZEN_ACTIVITY,
                2026,
                organisation,
                AT,
                reasons,
                reasons.isEmpty() ? 150_000 : 0,
                null,
                "",
                "",
                null,
                null,
                null,
                0,
                0,
                null,
                null,
                null,
                null,
                AT,
                AT);
    }
}
