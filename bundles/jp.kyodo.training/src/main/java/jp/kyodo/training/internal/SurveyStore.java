package jp.kyodo.training.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.persistence.Jdbc;
import jp.kyodo.training.Question;
import jp.kyodo.training.Survey;
import jp.kyodo.training.SurveyDraft;
import jp.kyodo.training.SurveyPhase;

/**
 * Surveys, their questions and the responses. Statistics are counted by the database (GROUP BY over the answers'
 * index), never by loading responses: a survey of 5,000 staff is a few hundred count rows.
 */
final class SurveyStore {

    private static final String SELECT = "SELECT s.*, CASE WHEN s.TRAINING_ID IS NULL THEN (SELECT COUNT(*) FROM"
            + " TRN_STAFF WHERE ACTIVE = TRUE) ELSE (SELECT COUNT(*) FROM TRN_ASSIGNMENT a WHERE a.TRAINING_ID ="
            + " s.TRAINING_ID) END AS INVITED, (SELECT COUNT(*) FROM TRN_RESPONSE r WHERE r.SURVEY_ID = s.ID) AS"
            + " RESPONSES FROM TRN_SURVEY s";

    /** A response as written: the department it counts for and the choice per question number. */
    record NewResponse(Long staffId, String department, Map<Integer, Integer> choices) {}

    long insert(Connection c, SurveyDraft d, Instant now) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO TRN_SURVEY (TITLE, FISCAL_YEAR, TRAINING_ID, PHASE, CREATED_AT) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, d.title());
            ps.setInt(2, d.fiscalYear());
            Jdbc.setLong(ps, 3, d.trainingId());
            ps.setString(4, d.phase().name());
            Jdbc.setTimestamp(ps, 5, now);
            ps.executeUpdate();
            id = Jdbc.generatedId(ps);
        }
        try (PreparedStatement q = c.prepareStatement(
                        "INSERT INTO TRN_QUESTION (SURVEY_ID, QUESTION_NO, CODE, TEXT) VALUES (?, ?, ?, ?)");
                PreparedStatement ch = c.prepareStatement(
                        "INSERT INTO TRN_CHOICE (SURVEY_ID, QUESTION_NO, CHOICE_NO, TEXT) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < d.questions().size(); i++) {
                Question question = d.questions().get(i);
                q.setLong(1, id);
                q.setInt(2, i);
                q.setString(3, question.code());
                q.setString(4, question.text());
                q.executeUpdate();
                for (int j = 0; j < question.choices().size(); j++) {
                    ch.setLong(1, id);
                    ch.setInt(2, i);
                    ch.setInt(3, j);
                    ch.setString(4, question.choices().get(j));
                    ch.addBatch();
                }
            }
            ch.executeBatch();
        }
        return id;
    }

    Optional<Survey> survey(Connection c, long id) throws SQLException {
        return Jdbc.list(c, SELECT + " WHERE s.ID = ?", List.of(id), rs -> survey(c, rs)).stream()
                .findFirst();
    }

    Page<Survey> search(Connection c, Integer fiscalYear, PageRequest page) throws SQLException {
        String where = fiscalYear == null ? "" : " WHERE s.FISCAL_YEAR = ?";
        List<Object> params = fiscalYear == null ? List.of() : List.of(fiscalYear);
        return Jdbc.page(
                c,
                SELECT + where + " ORDER BY s.FISCAL_YEAR DESC, s.ID DESC",
                "SELECT COUNT(*) FROM TRN_SURVEY s" + where,
                params,
                page,
                rs -> survey(c, rs));
    }

    Optional<Long> latestWithResponses(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT MAX(SURVEY_ID) FROM TRN_RESPONSE", List.of(), rs -> Jdbc.longValue(rs, 1)).stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /** Surveys asking the question code, oldest fiscal year first. */
    List<Long> surveysAsking(Connection c, String code) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT s.ID FROM TRN_SURVEY s JOIN TRN_QUESTION q ON q.SURVEY_ID = s.ID WHERE q.CODE = ? ORDER BY"
                        + " s.FISCAL_YEAR, CASE s.PHASE WHEN 'BEFORE' THEN 0 WHEN 'AFTER' THEN 1 ELSE 2 END, s.ID",
                List.of(code),
                rs -> rs.getLong(1));
    }

    List<String> questionCodes(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT DISTINCT CODE FROM TRN_QUESTION ORDER BY CODE", List.of(), rs -> rs.getString(1));
    }

    List<Question> questions(Connection c, long surveyId) throws SQLException {
        Map<Integer, List<String>> choices = new TreeMap<>();
        for (String[] row : Jdbc.list(
                c,
                "SELECT QUESTION_NO, TEXT FROM TRN_CHOICE WHERE SURVEY_ID = ? ORDER BY QUESTION_NO, CHOICE_NO",
                List.of(surveyId),
                rs -> new String[] {Integer.toString(rs.getInt(1)), rs.getString(2)})) {
            choices.computeIfAbsent(Integer.parseInt(row[0]), k -> new ArrayList<>())
                    .add(row[1]);
        }
        return Jdbc.list(
                c,
                "SELECT QUESTION_NO, CODE, TEXT FROM TRN_QUESTION WHERE SURVEY_ID = ? ORDER BY QUESTION_NO",
                List.of(surveyId),
                rs -> new Question(rs.getString(2), rs.getString(3), choices.getOrDefault(rs.getInt(1), List.of())));
    }

    /** Staff invited per department: the training's assignees, or all active staff. */
    Map<String, Integer> invited(Connection c, Long trainingId) throws SQLException {
        String sql = trainingId == null
                ? "SELECT DEPARTMENT, COUNT(*) FROM TRN_STAFF WHERE ACTIVE = TRUE GROUP BY DEPARTMENT"
                : "SELECT DEPARTMENT, COUNT(*) FROM TRN_ASSIGNMENT WHERE TRAINING_ID = ? GROUP BY DEPARTMENT";
        return counts(c, sql, trainingId == null ? List.of() : List.of(trainingId));
    }

    Map<String, Integer> responses(Connection c, long surveyId) throws SQLException {
        return counts(
                c,
                "SELECT DEPARTMENT, COUNT(*) FROM TRN_RESPONSE WHERE SURVEY_ID = ? GROUP BY DEPARTMENT",
                List.of(surveyId));
    }

    private static Map<String, Integer> counts(Connection c, String sql, List<?> params) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        for (Object[] row : Jdbc.list(c, sql, params, rs -> new Object[] {rs.getString(1), rs.getInt(2)})) {
            counts.put((String) row[0], (Integer) row[1]);
        }
        return counts;
    }

    /** One count of the answers: question, department, choice. */
    record AnswerCount(int question, String department, int choice, int count) {}

    List<AnswerCount> answerCounts(Connection c, long surveyId, Integer questionNo) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT QUESTION_NO, DEPARTMENT, CHOICE_NO, COUNT(*) FROM TRN_ANSWER WHERE SURVEY_ID = ?"
                        + (questionNo == null ? "" : " AND QUESTION_NO = ?")
                        + " GROUP BY QUESTION_NO, DEPARTMENT, CHOICE_NO",
                questionNo == null ? List.of(surveyId) : List.of(surveyId, questionNo),
                rs -> new AnswerCount(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
    }

    boolean responded(Connection c, long surveyId, long staffId) throws SQLException {
        return !Jdbc.list(
                        c,
                        "SELECT 1 FROM TRN_RESPONSE WHERE SURVEY_ID = ? AND STAFF_ID = ?",
                        List.of(surveyId, staffId),
                        rs -> 1)
                .isEmpty();
    }

    /** Staff ids that responded to the survey already (the import refuses a second response). */
    java.util.Set<Long> respondents(Connection c, long surveyId) throws SQLException {
        return new java.util.HashSet<>(Jdbc.list(
                c,
                "SELECT STAFF_ID FROM TRN_RESPONSE WHERE SURVEY_ID = ? AND STAFF_ID IS NOT NULL",
                List.of(surveyId),
                rs -> rs.getLong(1)));
    }

    /** Writes the responses and their answers in batches. */
    void insertResponses(Connection c, long surveyId, List<NewResponse> responses, String source, Instant now)
            throws SQLException {
        try (PreparedStatement r = c.prepareStatement(
                        "INSERT INTO TRN_RESPONSE (SURVEY_ID, STAFF_ID, DEPARTMENT, SOURCE, SUBMITTED_AT) VALUES (?, ?, ?,"
                                + " ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement a = c.prepareStatement("INSERT INTO TRN_ANSWER (RESPONSE_ID, SURVEY_ID, QUESTION_NO,"
                        + " CHOICE_NO, DEPARTMENT) VALUES (?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (NewResponse response : responses) {
                r.setLong(1, surveyId);
                Jdbc.setLong(r, 2, response.staffId());
                r.setString(3, response.department());
                r.setString(4, source);
                Jdbc.setTimestamp(r, 5, now);
                r.executeUpdate();
                long id = Jdbc.generatedId(r);
                for (Map.Entry<Integer, Integer> e : response.choices().entrySet()) {
                    a.setLong(1, id);
                    a.setLong(2, surveyId);
                    a.setInt(3, e.getKey());
                    a.setInt(4, e.getValue());
                    a.setString(5, response.department());
                    a.addBatch();
                    pending++;
                }
                if (pending >= 500) {
                    a.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                a.executeBatch();
            }
        }
    }

    private Survey survey(Connection c, ResultSet rs) throws SQLException {
        long id = rs.getLong("ID");
        SurveyDraft d = new SurveyDraft(
                rs.getString("TITLE"),
                rs.getInt("FISCAL_YEAR"),
                Jdbc.longValue(rs, rs.findColumn("TRAINING_ID")),
                SurveyPhase.valueOf(rs.getString("PHASE")),
                questions(c, id));
        return new Survey(
                id, d, rs.getInt("INVITED"), rs.getInt("RESPONSES"), Jdbc.instant(rs, rs.findColumn("CREATED_AT")));
    }
}
