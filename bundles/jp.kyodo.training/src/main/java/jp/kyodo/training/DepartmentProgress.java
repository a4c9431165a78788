package jp.kyodo.training;

/** A department's progress on a training. */
public record DepartmentProgress(String department, int assigned, int completed) {

    public double rate() {
        return Percent.of(completed, assigned);
    }
}
