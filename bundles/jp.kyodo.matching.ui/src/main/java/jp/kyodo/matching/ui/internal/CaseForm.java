package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.matching.CaseDraft;
import jp.kyodo.matching.CaseStudy;
import jp.kyodo.matching.Match;

/**
 * A case study (事例) written from a completed match ({@code ?match=N}) or edited ({@code ?id=N}): title,
 * what happened, the outcome, and whether it may be published (and shared with other cities). It names no
 * private person. Coordinators.
 */
final class CaseForm extends MatchingForm<CaseStudy> {

    private static final long serialVersionUID = 1L;

    final TextField title;
    final TextArea summary;
    final TextArea outcome;
    final Checkbox published = new Checkbox();
    private Long matchId;

    CaseForm(MatchingServices services) {
        super(services, "matching.caseForm.new", "matching.caseForm.edit", "matching-case-form");
        title = Fields.text(t("matching.case.title"), 200, "matching-case-title");
        title.setHelperText(t("matching.case.titleHelp"));
        summary = Fields.area(t("matching.case.summary"), 4000, "matching-case-summary");
        summary.setHelperText(t("matching.case.summaryHelp"));
        outcome = Fields.area(t("matching.case.outcome"), 4000, "matching-case-outcome");
        outcome.setHelperText(t("matching.case.outcomeHelp"));
        published.setLabel(t("matching.case.published"));
        published.setId("matching-case-published");
        errors.require("title", title, t("matching.form.required"))
                .require("summary", summary, t("matching.form.required"))
                .require("outcome", outcome, t("matching.form.required"));
        layout(section(t("matching.caseForm.section"), title, summary, outcome, wide(published)));
    }

    /** The form for a new case study of the match. */
    static String newFor(long matchId) {
        return Routes.CASE_EDIT + "?" + Routes.MATCH_ID + "=" + matchId;
    }

    /** After a match was completed: asks whether to write its case study now. */
    static void offer(Labels labels, Match completed) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(labels.text("matching.case.offerTitle"));
        dialog.setText(labels.text("matching.case.offerText"));
        dialog.setCancelable(true);
        dialog.setCancelText(labels.text("matching.case.later"));
        dialog.setConfirmText(labels.text("matching.case.write"));
        dialog.addConfirmListener(e -> Routes.navigate(newFor(completed.id())));
        dialog.open();
    }

    @Override
    protected void prepare(QueryParameters parameters) {
        matchId = Routes.id(parameters, Routes.MATCH_ID)
                .orElseThrow(() -> new NotFoundException(t("kyodo.record.notFound")));
        Match m = services.pipeline().get(matchId);
        title.setValue(m.needTitle());
        outcome.setValue(m.result());
    }

    @Override
    protected CaseStudy load(long id) {
        return services.pipeline().getCase(id);
    }

    @Override
    protected long idOf(CaseStudy c) {
        return c.id();
    }

    @Override
    protected int versionOf(CaseStudy c) {
        return c.version();
    }

    @Override
    protected void fill(CaseStudy c) {
        matchId = c.matchId();
        title.setValue(c.details().title());
        summary.setValue(c.details().summary());
        outcome.setValue(c.details().outcome());
        published.setValue(c.details().published());
    }

    CaseDraft draft() {
        return new CaseDraft(title.getValue(), summary.getValue(), outcome.getValue(), published.getValue());
    }

    @Override
    protected CaseStudy store(Long id, int version) {
        return id == null
                ? services.pipeline().writeCase(matchId, draft())
                : services.pipeline().updateCase(id, version, draft());
    }

    @Override
    protected String pageOf(long id) {
        return Routes.CASES;
    }

    @Override
    protected String backRoute() {
        return matchId == null ? Routes.CASES : Routes.match(matchId);
    }

    @Override
    protected Component firstField() {
        return title;
    }
}
