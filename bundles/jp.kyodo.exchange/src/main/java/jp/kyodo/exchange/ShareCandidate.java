package jp.kyodo.exchange;

/** A record staff may share, and whether it is shared now. */
public record ShareCandidate(String type, String localId, String title, String detail, boolean shared) {}
