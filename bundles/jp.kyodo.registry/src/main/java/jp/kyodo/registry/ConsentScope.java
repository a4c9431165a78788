package jp.kyodo.registry;

/** What a person agreed to (個人情報の取扱いへの同意). Stored by name. */
public enum ConsentScope {
    /** Their name and profile may be shown to city staff outside the collaboration division. */
    PROFILE("氏名・プロフィールの職員への提供"),
    /** Their contact details may be given to the partner named in the consent. */
    CONTACT("連絡先の提供"),
    /** They may be proposed in matching (experts, volunteers). */
    MATCHING("マッチングでの紹介");

    private final String labelJa;

    ConsentScope(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
