package jp.kyodo.training;

import java.util.List;
import java.util.Map;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;

/**
 * Understanding surveys (理解度調査) before and after a training. Coordinators create them and import answers;
 * staff answer their own; anyone signed in reads the statistics (counts only, no names).
 */
@org.osgi.annotation.versioning.ProviderType
public interface Surveys {

    Survey get(long id);

    /** Newest fiscal year first. */
    Page<Survey> search(Integer fiscalYear, PageRequest page);

    Survey create(SurveyDraft draft);

    /**
     * The signed-in member of staff answers: the choice index (0-based) per question code. Once per survey.
     *
     * @throws jp.kyodo.core.ValidationException for an unknown question or choice, or a second answer
     */
    Survey respond(long surveyId, Map<String, Integer> answers);

    /** Response rate and shares per answer, overall and per department. Computed from the answers each time. */
    SurveyStatistics statistics(long surveyId);

    /** The newest survey that has responses, if any (the dashboard's chart). */
    java.util.Optional<Survey> latestWithResponses();

    /** The question (by code) in every survey asking it, oldest fiscal year first, before → after. */
    SurveyTrend trend(String questionCode);

    /**
     * Imports answers from a form service's CSV export (Google Forms, Microsoft Forms, LoGo フォーム …): one row
     * per response; a column 職員番号 (staff number) or 所属 (department, for anonymous surveys); one column per
     * question, headed by the question's text or code, holding the chosen answer's text. CP932 or UTF-8, with or
     * without BOM. With {@code commit} false, or when any row has a problem, nothing is written.
     */
    SurveyImportReport importCsv(long surveyId, byte[] file, boolean commit);

    /** The codes of the questions asked in any survey, for choosing a trend. */
    List<String> questionCodes();
}
