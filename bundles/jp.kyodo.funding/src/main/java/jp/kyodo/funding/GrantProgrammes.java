package jp.kyodo.funding;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;

/**
 * Grant programmes per fiscal year. Everyone signed in reads published programmes (viewers only those);
 * staff also read drafts; coordinators define, publish and close them, assign reviewers and set the wards'
 * budgets.
 *
 * <p>Validation failures throw {@link ValidationException} with one field error per field
 * (the {@link ProgrammeDraft} component names, nested ones dotted: {@code eligibility.areaCode}, {@code
 * criteria[1].weight}); a stale version {@link ConflictException}; an unknown id {@link
 * NotFoundException}; a missing role {@link AccessDeniedException}.
 */
@org.osgi.annotation.versioning.ProviderType
public interface GrantProgrammes {

    /** The sort keys {@link #search} accepts; the default is fiscal year (newest first), then title. */
    String SORT_FISCAL_YEAR = "fiscalYear";

    String SORT_TITLE = "title";
    String SORT_CLOSES_ON = "closesOn";
    String SORT_REMAINING = "remaining";

    Programme get(long id);

    Page<Programme> search(ProgrammeQuery query, PageRequest page);

    Programme create(ProgrammeDraft draft);

    /**
     * Replaces the details. The budget can be lowered only down to what is already committed; the kind, the
     * fiscal year and the ward cannot change once an application exists.
     */
    Programme update(long id, int expectedVersion, ProgrammeDraft draft);

    /** Announces the programme: from now on everyone sees it and applications are taken in its period. */
    Programme publish(long id, int expectedVersion);

    /** Ends the programme: no more applications; the pipeline of the existing ones goes on. */
    Programme close(long id, int expectedVersion);

    /** The user names of the programme's reviewers (審査委員), sorted. */
    Set<String> reviewers(long programmeId);

    /** Replaces the programme's reviewers: users of the realm, typically {@code kyodo-staff}. */
    Set<String> assignReviewers(long programmeId, Set<String> userNames);

    /** Sets a ward's own budget for proposals in a fiscal year; never below what its programmes committed. */
    WardBudget setWardBudget(int fiscalYear, String wardCode, long budgetYen);

    /** The wards' budgets of the fiscal year, by ward code. */
    List<WardBudget> wardBudgets(int fiscalYear);

    /**
     * Writes the programmes taking applications on the day (published, the day in their application
     * period) as open data in the national 支援制度情報 layout (自治体標準オープンデータセット): UTF-8 with BOM,
     * the columns of the layout file {@code support-schemes-layout.csv} (see the bundle's README). Anyone
     * signed in may export.
     */
    void writeOpenCalls(LocalDate day, OutputStream out) throws IOException;
}
