package jp.kyodo.training;

import java.util.List;

/**
 * A survey's results: response rates and the share of each answer, overall and per department.
 *
 * @param invited staff asked (the training's assignees, or all active staff)
 * @param responses responses received
 * @param questions per question, the count of each choice overall
 * @param departments per department (in order): invited, responses and the choice counts per question
 */
public record SurveyStatistics(
        long surveyId, int invited, int responses, List<QuestionResult> questions, List<DepartmentResult> departments) {

    public SurveyStatistics {
        questions = List.copyOf(questions);
        departments = List.copyOf(departments);
    }

    public double responseRate() {
        return Percent.of(responses, invited);
    }

    /**
     * The answers to one question.
     *
     * @param counts how many chose each choice, in the order of the choices
     * @param answered responses that answered the question
     */
    public record QuestionResult(String code, String text, List<String> choices, List<Integer> counts, int answered) {

        public QuestionResult {
            choices = List.copyOf(choices);
            counts = List.copyOf(counts);
        }

        /** The share of a choice among those who answered, in percent with one decimal. */
        public double percent(int choice) {
            return Percent.of(counts.get(choice), answered);
        }
    }

    /** @param questions the department's answers, in the order of the survey's questions */
    public record DepartmentResult(String department, int invited, int responses, List<QuestionResult> questions) {

        public DepartmentResult {
            questions = List.copyOf(questions);
        }

        public double responseRate() {
            return Percent.of(responses, invited);
        }
    }
}
