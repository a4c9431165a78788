package jp.kyodo.registry;

import java.util.Arrays;
import java.util.Optional;
import jp.kyodo.core.text.JapaneseText;

/** An organisation's registration status at the partner station. Stored by name. */
public enum OrganisationStatus {
    APPLYING("申請中"),
    REGISTERED("登録"),
    SUSPENDED("休止"),
    DISSOLVED("解散");

    private final String labelJa;

    OrganisationStatus(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }

    /** The status named by its Japanese label or constant name. */
    public static Optional<OrganisationStatus> parse(String text) {
        String s = JapaneseText.normalizeWidth(text);
        return Arrays.stream(values())
                .filter(t -> t.labelJa.equals(s) || t.name().equalsIgnoreCase(s))
                .findFirst();
    }
}
