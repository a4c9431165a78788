package jp.kyodo.matching;

/**
 * How near a candidate is to where the need is, from the core's area hierarchy: the same 町会 beats the
 * same district, the city, a neighbouring city. Ordered from nearest.
 */
public enum Proximity {
    /** The same 町会・自治会 (or the same area). */
    SAME_NEIGHBOURHOOD("同じ町会"),
    /** The same district (地区) or school district (中学校区). */
    SAME_DISTRICT("同じ地区"),
    /** The same ward of a designated city (区). */
    SAME_WARD("同じ区"),
    /** The same city. */
    SAME_CITY("同じ市内"),
    /** Another city of the hierarchy: a neighbouring city. */
    NEIGHBOURING_CITY("近隣の市"),
    /** The need or the candidate has no area. */
    UNKNOWN("地域の指定なし");

    private final String labelJa;

    Proximity(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
