package jp.kyodo.matching.ui.internal;

/**
 * A registry partner as the pickers show it: id, name and one line of context. Equal by id, so a stored
 * record's partner (known only by id and name) is the same choice as the directory's hit.
 */
record PartnerRef(long id, String name, String detail) {

    PartnerRef {
        name = name == null ? "" : name;
        detail = detail == null ? "" : detail;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartnerRef p && p.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
