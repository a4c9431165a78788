package jp.kyodo.exchange;

/** How a person decides a conflict. */
public enum Resolution {
    /** The neighbour's version replaces the local edit. */
    TAKE_THEIRS,
    /** The local edit stays; the neighbour's version is set aside (later changes of theirs are offered again). */
    KEEP_OURS
}
