package jp.kyodo.exchange;

/** A kind of record the installed modules let staff share, e.g. {@code events.event} 公開イベント. */
public record ShareableKind(String type, String title) {}
