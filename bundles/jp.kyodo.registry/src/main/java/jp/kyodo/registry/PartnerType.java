package jp.kyodo.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.kyodo.core.text.JapaneseText;

/**
 * The kinds of partners of collaboration (協働の担い手) the city distinguishes. Stored by name: never
 * rename a constant.
 */
public enum PartnerType {
    /** 地縁団体: 町会・自治会, condominium associations; territorial. */
    NEIGHBOURHOOD("地縁団体", PartnerKind.ORGANISATION),
    /** 市民団体: NPO法人, volunteer groups, circles; legal personality optional. */
    CIVIC("市民団体", PartnerKind.ORGANISATION),
    /** 事業者: companies, sole traders, 社会福祉法人, 医療法人, agricultural and commercial bodies. */
    BUSINESS("事業者", PartnerKind.ORGANISATION),
    /** 教育機関等: schools to universities, social-education facilities, research institutes. */
    EDUCATION("教育機関等", PartnerKind.ORGANISATION),
    /** The city's own departments (所管課). */
    CITY("市の部署", PartnerKind.ORGANISATION),
    /** 市民: an individual who lives, works or studies in the city. */
    CITIZEN("市民", PartnerKind.PERSON);

    private final String labelJa;
    private final PartnerKind kind;

    PartnerType(String labelJa, PartnerKind kind) {
        this.labelJa = labelJa;
        this.kind = kind;
    }

    public String labelJa() {
        return labelJa;
    }

    public PartnerKind kind() {
        return kind;
    }

    /** The organisation types, in display order. */
    public static List<PartnerType> organisationTypes() {
        return Arrays.stream(values())
                .filter(t -> t.kind == PartnerKind.ORGANISATION)
                .toList();
    }

    /** The type named by its Japanese label or constant name (any width or case). */
    public static Optional<PartnerType> parse(String text) {
        String s = JapaneseText.normalizeWidth(text);
        return Arrays.stream(values())
                .filter(t -> t.labelJa.equals(s) || t.name().equalsIgnoreCase(s))
                .findFirst();
    }
}
