package jp.kyodo.registry;

/** Whether a partner is an organisation (団体) or an individual (個人). Stored by name. */
public enum PartnerKind {
    ORGANISATION("団体"),
    PERSON("個人");

    private final String labelJa;

    PartnerKind(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
