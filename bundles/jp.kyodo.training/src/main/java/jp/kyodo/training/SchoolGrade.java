package jp.kyodo.training;

/** School grades of the youth programmes, elementary school to about 25 (大学・専門学校等, 社会人). In order. */
public enum SchoolGrade {
    E1("小学1年"),
    E2("小学2年"),
    E3("小学3年"),
    E4("小学4年"),
    E5("小学5年"),
    E6("小学6年"),
    J1("中学1年"),
    J2("中学2年"),
    J3("中学3年"),
    H1("高校1年"),
    H2("高校2年"),
    H3("高校3年"),
    UNIVERSITY("大学・専門学校等"),
    WORKING("社会人（25歳まで）");

    private final String labelJa;

    SchoolGrade(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }

    /** Whether this grade lies in the range; an open end (null) admits every grade on that side. */
    public boolean within(SchoolGrade from, SchoolGrade to) {
        return (from == null || compareTo(from) >= 0) && (to == null || compareTo(to) <= 0);
    }
}
