package jp.kyodo.registry.internal;

/** A partner's name and reading: two active partners of a kind never share both (the import's check). */
record NameKey(String name, String reading) {}
