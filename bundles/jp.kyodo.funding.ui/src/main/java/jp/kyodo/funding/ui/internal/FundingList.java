package jp.kyodo.funding.ui.internal;

import jp.kyodo.web.SearchList;

/** A funding list: the shell's {@link SearchList} with the funding services and labels at hand. */
abstract class FundingList<Q, T> extends SearchList<Q, T> {

    private static final long serialVersionUID = 1L;

    protected final transient FundingServices services;
    protected final transient Labels labels;

    FundingList(FundingServices services, String idPrefix) {
        super(idPrefix);
        this.services = services;
        this.labels = Labels.of(this, services);
    }
}
