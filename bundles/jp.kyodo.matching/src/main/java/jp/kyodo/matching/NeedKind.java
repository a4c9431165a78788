package jp.kyodo.matching;

/** What a need asks for — ヒト・モノ・カネ and more. A need may ask for several. Stored by name. */
public enum NeedKind {
    /** Hands and skills: volunteers (人手・スキル). */
    PEOPLE("人手・スキル"),
    /** An expert's advice or work (専門家). */
    EXPERT("専門家"),
    /** Money: sponsorship, donations (資金). */
    MONEY("資金"),
    /** A place: a room, a hall, a field (場所). */
    PLACE("場所"),
    /** Goods and equipment (物品). */
    GOODS("物品"),
    /** Information and know-how (情報・ノウハウ). */
    INFORMATION("情報・ノウハウ"),
    /** An organisation to work with (連携先の団体). */
    PARTNER("連携先の団体");

    private final String labelJa;

    NeedKind(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
