package jp.kyodo.funding.ui.internal;

import jp.kyodo.web.EditForm;
import jp.kyodo.web.FieldErrors;

/** A funding form: the shell's {@link EditForm} with the funding services and labels at hand. */
abstract class FundingForm<R> extends EditForm<R> {

    private static final long serialVersionUID = 1L;

    protected final transient FundingServices services;
    protected final transient Labels labels;

    FundingForm(FundingServices services, String newTitleKey, String editTitleKey, String idPrefix) {
        super(newTitleKey, editTitleKey, idPrefix);
        this.services = services;
        this.labels = Labels.of(this, services);
    }

    /** The form's fields by the services' names (tests check that every error finds its field). */
    FieldErrors fieldErrors() {
        return errors;
    }
}
