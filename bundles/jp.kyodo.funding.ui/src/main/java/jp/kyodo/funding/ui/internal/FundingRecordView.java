package jp.kyodo.funding.ui.internal;

import jp.kyodo.web.RecordView;

/** A funding record's page: the shell's {@link RecordView} with the funding services and labels at hand. */
abstract class FundingRecordView<R> extends RecordView<R> {

    private static final long serialVersionUID = 1L;

    protected final transient FundingServices services;
    protected final transient Labels labels;

    FundingRecordView(FundingServices services) {
        this.services = services;
        this.labels = Labels.of(this, services);
    }
}
