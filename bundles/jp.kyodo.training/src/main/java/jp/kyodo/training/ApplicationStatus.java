package jp.kyodo.training;

public enum ApplicationStatus {
    APPLIED("申込"),
    ACCEPTED("当選・受講"),
    WAITING("落選（補欠）"),
    WITHDRAWN("取消");

    private final String labelJa;

    ApplicationStatus(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
