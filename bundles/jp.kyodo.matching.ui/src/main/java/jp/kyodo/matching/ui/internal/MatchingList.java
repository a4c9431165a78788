package jp.kyodo.matching.ui.internal;

import jp.kyodo.web.SearchList;

/** A matching list: the shell's {@link SearchList} with the matching services and labels at hand. */
abstract class MatchingList<Q, T> extends SearchList<Q, T> {

    private static final long serialVersionUID = 1L;

    protected final transient MatchingServices services;
    protected final transient Labels labels;

    MatchingList(MatchingServices services, String idPrefix) {
        super(idPrefix);
        this.services = services;
        this.labels = Labels.of(this, services);
    }
}
