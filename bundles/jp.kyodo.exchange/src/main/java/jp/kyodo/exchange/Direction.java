package jp.kyodo.exchange;

public enum Direction {
    IN("受信"),
    OUT("送信");

    private final String labelJa;

    Direction(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
