package jp.kyodo.matching.ui.internal;

import jp.kyodo.web.RecordView;

/** A matching record's page: the shell's {@link RecordView} with the matching services and labels at hand. */
abstract class MatchingRecordView<R> extends RecordView<R> {

    private static final long serialVersionUID = 1L;

    protected final transient MatchingServices services;
    protected final transient Labels labels;

    MatchingRecordView(MatchingServices services) {
        this.services = services;
        this.labels = Labels.of(this, services);
    }
}
