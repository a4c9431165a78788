package jp.kyodo.training.internal;

import static jp.kyodo.training.internal.TrainingBackend.MESSAGES;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.csv.CsvCharsets;
import jp.kyodo.core.csv.CsvRow;
import jp.kyodo.core.csv.CsvTable;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.training.Question;
import jp.kyodo.training.StaffMember;
import jp.kyodo.training.Survey;
import jp.kyodo.training.SurveyDraft;
import jp.kyodo.training.SurveyImportReport;
import jp.kyodo.training.SurveyStatistics;
import jp.kyodo.training.SurveyStatistics.DepartmentResult;
import jp.kyodo.training.SurveyStatistics.QuestionResult;
import jp.kyodo.training.SurveyTrend;
import jp.kyodo.training.Surveys;
import jp.kyodo.training.TrainingTopics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = Surveys.class)
public class SurveyService implements Surveys {

    static final String RECORD = "training.survey";
    /** The form service's column with the staff number. */
    static final String STAFF_NUMBER = "職員番号";
    /** The form service's column with the department, for anonymous surveys. */
    static final String DEPARTMENT = "所属";

    private final TrainingBackend b;
    private final SurveyStore store = new SurveyStore();
    private final StaffStore staff = new StaffStore();

    @Activate
    public SurveyService(@Reference TrainingBackend backend) {
        this.b = backend;
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException(MESSAGES.get("survey.notFound", id));
    }

    @Override
    public Survey get(long id) {
        Permissions.requireRole(Role.VIEWER);
        return b.read(c -> store.survey(c, id)).orElseThrow(() -> notFound(id));
    }

    @Override
    public Page<Survey> search(Integer fiscalYear, PageRequest page) {
        Permissions.requireRole(Role.VIEWER);
        return b.read(c -> store.search(c, fiscalYear, page));
    }

    @Override
    public Survey create(SurveyDraft d) {
        Permissions.requireRole(Role.COORDINATOR);
        Checks k = new Checks()
                .required("title", d.title(), 200)
                .range("fiscalYear", d.fiscalYear(), 2000, 2100)
                .present("phase", d.phase());
        if (d.questions().isEmpty()) {
            k.error("questions", "survey.noQuestions");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < d.questions().size(); i++) {
            Question q = d.questions().get(i);
            String at = "questions[" + i + "].";
            k.required(at + "code", q.code(), 50).required(at + "text", q.text(), 1000);
            if (!q.code().isEmpty() && !q.code().matches("[A-Za-z0-9_-]+")) {
                k.error(at + "code", "survey.code");
            }
            if (!codes.add(q.code())) {
                k.error(at + "code", "survey.codeTwice", q.code());
            }
            if (q.choices().size() < 2 || q.choices().stream().anyMatch(String::isBlank)) {
                k.error(at + "choices", "survey.choices");
            }
        }
        k.throwIfAny();
        long id = b.write(c -> {
            if (d.trainingId() != null && staff.training(c, d.trainingId()).isEmpty()) {
                throw ValidationException.of("trainingId", MESSAGES.get("training.notFound", d.trainingId()));
            }
            long newId = store.insert(c, d, b.now());
            b.audit(AuditAction.CREATE, RECORD, newId, "理解度調査「" + d.title() + "」を登録");
            return newId;
        });
        b.post(TrainingTopics.SURVEY_CREATED, id);
        return get(id);
    }

    @Override
    public Survey respond(long surveyId, Map<String, Integer> answers) {
        Permissions.requireRole(Role.VIEWER);
        Survey s = get(surveyId);
        StaffMember me = b.read(c -> staff.byUser(
                        c, jp.kyodo.core.security.SecurityContext.require().userName()))
                .orElseThrow(() -> ValidationException.of("staff", MESSAGES.get("training.notStaff")));
        Map<Integer, Integer> choices = new TreeMap<>();
        Checks k = new Checks();
        List<Question> questions = s.details().questions();
        for (Map.Entry<String, Integer> e : answers.entrySet()) {
            int no = indexOf(questions, e.getKey());
            if (no < 0) {
                k.error(e.getKey(), "survey.unknownQuestion", e.getKey());
            } else if (e.getValue() == null
                    || e.getValue() < 0
                    || e.getValue() >= questions.get(no).choices().size()) {
                k.error(
                        e.getKey(),
                        "survey.unknownChoice",
                        String.join("／", questions.get(no).choices()));
            } else {
                choices.put(no, e.getValue());
            }
        }
        if (choices.isEmpty() && k.ok()) {
            k.error("answers", "survey.noAnswers");
        }
        k.throwIfAny();
        b.write(c -> {
            if (store.responded(c, surveyId, me.id())) {
                throw ValidationException.of("staff", MESSAGES.get("survey.twice"));
            }
            store.insertResponses(
                    c,
                    surveyId,
                    List.of(new SurveyStore.NewResponse(me.id(), me.department(), choices)),
                    "WEB",
                    b.now());
            return null;
        });
        b.post(TrainingTopics.SURVEY_UPDATED, surveyId);
        return get(surveyId);
    }

    private static int indexOf(List<Question> questions, String code) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public SurveyStatistics statistics(long surveyId) {
        Permissions.requireRole(Role.VIEWER);
        return b.read(c -> {
            Survey s = store.survey(c, surveyId).orElseThrow(() -> notFound(surveyId));
            Map<String, Integer> invited = store.invited(c, s.details().trainingId());
            Map<String, Integer> responses = store.responses(c, surveyId);
            List<SurveyStore.AnswerCount> counts = store.answerCounts(c, surveyId, null);
            return statistics(s, invited, responses, counts);
        });
    }

    /** Folds the database's counts into the report: overall and per department, every choice present (0 or more). */
    static SurveyStatistics statistics(
            Survey s,
            Map<String, Integer> invited,
            Map<String, Integer> responses,
            List<SurveyStore.AnswerCount> counts) {
        List<Question> questions = s.details().questions();
        Set<String> departments = new TreeSet<>(invited.keySet());
        departments.addAll(responses.keySet());
        int[][] total = new int[questions.size()][];
        Map<String, int[][]> byDepartment = new HashMap<>();
        for (int q = 0; q < questions.size(); q++) {
            total[q] = new int[questions.get(q).choices().size()];
        }
        for (String d : departments) {
            int[][] m = new int[questions.size()][];
            for (int q = 0; q < questions.size(); q++) {
                m[q] = new int[questions.get(q).choices().size()];
            }
            byDepartment.put(d, m);
        }
        for (SurveyStore.AnswerCount a : counts) {
            if (a.question() < questions.size() && a.choice() < total[a.question()].length) {
                total[a.question()][a.choice()] += a.count();
                byDepartment.get(a.department())[a.question()][a.choice()] += a.count();
            }
        }
        List<QuestionResult> overall = results(questions, total);
        List<DepartmentResult> perDepartment = new ArrayList<>();
        for (String d : departments) {
            perDepartment.add(new DepartmentResult(
                    d,
                    invited.getOrDefault(d, 0),
                    responses.getOrDefault(d, 0),
                    results(questions, byDepartment.get(d))));
        }
        int invitedTotal = invited.values().stream().mapToInt(Integer::intValue).sum();
        int responsesTotal =
                responses.values().stream().mapToInt(Integer::intValue).sum();
        return new SurveyStatistics(s.id(), invitedTotal, responsesTotal, overall, perDepartment);
    }

    private static List<QuestionResult> results(List<Question> questions, int[][] counts) {
        List<QuestionResult> results = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            List<Integer> c = new ArrayList<>();
            int answered = 0;
            for (int n : counts[q]) {
                c.add(n);
                answered += n;
            }
            Question question = questions.get(q);
            results.add(new QuestionResult(question.code(), question.text(), question.choices(), c, answered));
        }
        return results;
    }

    @Override
    public Optional<Survey> latestWithResponses() {
        Permissions.requireRole(Role.VIEWER);
        return b.read(c -> {
            Optional<Long> id = store.latestWithResponses(c);
            return id.isPresent() ? store.survey(c, id.get()) : Optional.empty();
        });
    }

    @Override
    public SurveyTrend trend(String questionCode) {
        Permissions.requireRole(Role.VIEWER);
        return b.read(c -> {
            List<SurveyTrend.Point> points = new ArrayList<>();
            List<String> choices = List.of();
            for (long id : store.surveysAsking(c, questionCode)) {
                Survey s = store.survey(c, id).orElseThrow();
                int no = indexOf(s.details().questions(), questionCode);
                Question q = s.details().questions().get(no);
                choices = q.choices();
                int[] counts = new int[q.choices().size()];
                for (SurveyStore.AnswerCount a : store.answerCounts(c, id, no)) {
                    if (a.choice() < counts.length) {
                        counts[a.choice()] += a.count();
                    }
                }
                int answered = java.util.Arrays.stream(counts).sum();
                List<Double> percents = new ArrayList<>();
                for (int n : counts) {
                    percents.add(jp.kyodo.training.Percent.of(n, answered));
                }
                points.add(new SurveyTrend.Point(
                        id,
                        s.details().title(),
                        s.details().fiscalYear(),
                        s.details().phase(),
                        answered,
                        percents));
            }
            return new SurveyTrend(questionCode, choices, points);
        });
    }

    @Override
    public List<String> questionCodes() {
        Permissions.requireRole(Role.VIEWER);
        return b.read(store::questionCodes);
    }

    // ---- import from a form service's CSV ------------------------------------------------------

    @Override
    public SurveyImportReport importCsv(long surveyId, byte[] file, boolean commit) {
        Permissions.requireRole(Role.COORDINATOR);
        Survey s = get(surveyId);
        if (file.length > b.config().maxImportMegabytes() * 1024L * 1024L) {
            throw ValidationException.of(
                    "file", MESSAGES.get("import.tooLarge", b.config().maxImportMegabytes()));
        }
        Charset charset = CsvCharsets.detect(file);
        String charsetName = CsvCharsets.displayName(charset);
        CsvTable table;
        try {
            table = CsvTable.read(new StringReader(new String(file, charset)));
        } catch (ValidationException e) {
            return new SurveyImportReport(charsetName, 0, e.errors(), false, 0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<FieldError> headerErrors = new ArrayList<>();
        boolean byNumber = table.header().contains(STAFF_NUMBER);
        if (!byNumber && !table.header().contains(DEPARTMENT)) {
            headerErrors.add(new FieldError("1行目", MESSAGES.get("import.noStaffColumn", STAFF_NUMBER, DEPARTMENT)));
        }
        List<Question> questions = s.details().questions();
        Map<Integer, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            String column = column(table.header(), questions.get(i));
            if (column == null) {
                headerErrors.add(new FieldError(
                        "1行目",
                        MESSAGES.get("import.noQuestionColumn", questions.get(i).text())));
            } else {
                columns.put(i, column);
            }
        }
        if (!headerErrors.isEmpty()) {
            return new SurveyImportReport(charsetName, table.rows().size(), headerErrors, false, 0);
        }
        Map<String, StaffMember> roster = b.read(staff::allByNumber);
        Set<Long> answeredBefore = b.read(c -> store.respondents(c, surveyId));
        Set<Long> inFile = new HashSet<>();
        List<SurveyStore.NewResponse> responses;
        try {
            responses =
                    table.mapRows(row -> response(row, byNumber, roster, answeredBefore, inFile, questions, columns));
        } catch (ValidationException e) {
            return new SurveyImportReport(charsetName, table.rows().size(), e.errors(), false, 0);
        }
        if (!commit || responses.isEmpty()) {
            return new SurveyImportReport(charsetName, table.rows().size(), List.of(), false, 0);
        }
        b.write(c -> {
            store.insertResponses(c, surveyId, responses, "CSV", b.now());
            b.audit(
                    AuditAction.IMPORT,
                    RECORD,
                    surveyId,
                    "回答 " + responses.size() + " 件を CSV（" + charsetName + "）から取込");
            return null;
        });
        b.post(TrainingTopics.SURVEY_UPDATED, surveyId);
        return new SurveyImportReport(charsetName, table.rows().size(), List.of(), true, responses.size());
    }

    /** The header naming the question: its code, its text, or a header ending in its text ("1. " prefixes). */
    private static String column(List<String> header, Question q) {
        String text = JapaneseText.normalize(q.text());
        for (String h : header) {
            String n = JapaneseText.normalize(h);
            if (h.equals(q.code()) || n.equals(text)) {
                return h;
            }
        }
        for (String h : header) {
            if (!text.isEmpty() && JapaneseText.normalize(h).endsWith(text)) {
                return h;
            }
        }
        return null;
    }

    private static SurveyStore.NewResponse response(
            CsvRow row,
            boolean byNumber,
            Map<String, StaffMember> roster,
            Set<Long> answeredBefore,
            Set<Long> inFile,
            List<Question> questions,
            Map<Integer, String> columns) {
        Long staffId = null;
        String department = "";
        String number =
                byNumber ? JapaneseText.normalizeWidth(row.get(STAFF_NUMBER)).strip() : "";
        if (!number.isEmpty()) {
            StaffMember m = roster.get(number);
            if (m == null) {
                row.reject(STAFF_NUMBER, MESSAGES.get("import.unknownStaff", number));
            } else if (answeredBefore.contains(m.id())) {
                row.reject(STAFF_NUMBER, MESSAGES.get("import.answeredBefore", number));
            } else if (!inFile.add(m.id())) {
                row.reject(STAFF_NUMBER, MESSAGES.get("import.twiceInFile", number));
            } else {
                staffId = m.id();
                department = m.department();
            }
        } else {
            department = row.get(DEPARTMENT).strip();
            if (department.isEmpty()) {
                row.reject(byNumber ? STAFF_NUMBER : DEPARTMENT, MESSAGES.get("import.noStaff"));
            } else if (department.length() > 100) {
                row.reject(DEPARTMENT, MESSAGES.get("check.tooLong", 100, department.length()));
            }
        }
        Map<Integer, Integer> choices = new TreeMap<>();
        for (Map.Entry<Integer, String> e : columns.entrySet()) {
            String value = row.get(e.getValue()).strip();
            if (value.isEmpty()) {
                continue;
            }
            Question q = questions.get(e.getKey());
            int choice = choiceOf(q, value);
            if (choice < 0) {
                row.reject(e.getValue(), MESSAGES.get("import.unknownChoice", value, String.join("／", q.choices())));
            } else {
                choices.put(e.getKey(), choice);
            }
        }
        if (choices.isEmpty() && row.errors().isEmpty()) {
            row.reject(columns.values().iterator().next(), MESSAGES.get("survey.noAnswers"));
        }
        return row.errors().isEmpty() ? new SurveyStore.NewResponse(staffId, department, choices) : null;
    }

    private static int choiceOf(Question q, String value) {
        String v = JapaneseText.normalize(value);
        for (int i = 0; i < q.choices().size(); i++) {
            if (JapaneseText.normalize(q.choices().get(i)).equals(v)) {
                return i;
            }
        }
        return -1;
    }
}
