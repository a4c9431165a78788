package jp.kyodo.matching;

import java.util.EnumSet;
import java.util.Set;

/** What an offer (申し出) gives, and which kinds of need it can serve. Stored by name. */
public enum OfferKind {
    /** Skills and hands (技能・人手). */
    SKILLS("技能・人手", EnumSet.of(NeedKind.PEOPLE, NeedKind.INFORMATION)),
    /** Professional work for free (プロボノ). */
    PRO_BONO("プロボノ", EnumSet.of(NeedKind.EXPERT, NeedKind.PEOPLE, NeedKind.INFORMATION)),
    /** Goods and equipment (物品). */
    GOODS("物品", EnumSet.of(NeedKind.GOODS)),
    /** A room or a venue (会場・部屋). */
    ROOM("会場・部屋", EnumSet.of(NeedKind.PLACE)),
    /** Sponsorship money (協賛金). */
    SPONSORSHIP("協賛金", EnumSet.of(NeedKind.MONEY));

    private final String labelJa;
    private final Set<NeedKind> serves;

    OfferKind(String labelJa, Set<NeedKind> serves) {
        this.labelJa = labelJa;
        this.serves = Set.copyOf(serves);
    }

    public String labelJa() {
        return labelJa;
    }

    /** The kinds of need an offer of this kind can serve. */
    public Set<NeedKind> serves() {
        return serves;
    }
}
