package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import jp.kyodo.matching.Candidate;
import jp.kyodo.matching.ScoreTerm;
import jp.kyodo.web.Ui;

/**
 * The ranked candidates of a need, each with its score explained term by term (the rule's label, its
 * points and the reason) and, for coordinators, a button to propose it.
 */
final class CandidateList extends Div {

    private static final long serialVersionUID = 1L;

    /**
     * @param onPropose called with the chosen candidate; null shows no buttons
     */
    CandidateList(List<Candidate> candidates, Labels labels, Consumer<Candidate> onPropose) {
        setId("matching-candidates");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        double top = candidates.isEmpty() ? 1 : Math.max(1, candidates.get(0).score());
        for (int i = 0; i < candidates.size(); i++) {
            add(row(i + 1, candidates.get(i), top, labels, onPropose));
        }
    }

    private static Div row(int rank, Candidate c, double top, Labels labels, Consumer<Candidate> onPropose) {
        Div row = new Div();
        row.addClassName("matching-candidate");
        row.getElement().setAttribute("data-candidate", c.ref().toString());
        row.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "2.2rem minmax(12rem, 1fr) minmax(16rem, 2fr) 7rem")
                .set("gap", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("align-items", "start")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");

        Span number = new Span("#" + rank);
        number.getStyle()
                .set("font-weight", "700")
                .set("color", "var(--lumo-secondary-text-color)")
                .set("font-variant-numeric", "tabular-nums");

        Div who = new Div();
        Div name = new Div(new Span(c.name()));
        name.getStyle().set("font-weight", "600");
        Div badges = new Div(Ui.badge(labels.of(c.ref().kind()), "contrast small"));
        if (c.expert()) {
            badges.add(Ui.badge(labels.text("matching.candidate.expert"), "success small"));
        }
        badges.getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-xs)")
                .set("flex-wrap", "wrap");
        who.add(name, badges);
        if (!c.detail().isEmpty()) {
            who.add(new Div(Ui.muted(c.detail())));
        }
        List<String> where = new ArrayList<>(labels.fields(c.fieldCodes()));
        c.areaCodes().stream().map(labels::area).forEach(where::add);
        if (!where.isEmpty()) {
            who.add(new Div(Ui.muted(labels.join(where))));
        }

        Div terms = new Div();
        terms.addClassName("matching-terms");
        terms.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "max-content 3.5rem 1fr")
                .set("column-gap", "var(--lumo-space-s)")
                .set("row-gap", "2px")
                .set("font-size", "var(--lumo-font-size-s)");
        for (ScoreTerm term : c.terms()) {
            Span label = new Span(term.label().in(labels.locale()));
            Span points = new Span(Points.term(term.points()));
            points.getStyle()
                    .set("text-align", "right")
                    .set("font-variant-numeric", "tabular-nums")
                    .set("font-weight", "600")
                    .set(
                            "color",
                            term.points() < 0 ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
            Span reason = new Span(term.reason().in(labels.locale()));
            reason.getStyle().set("color", "var(--lumo-secondary-text-color)");
            terms.add(label, points, reason);
        }

        Div score = new Div();
        score.getStyle().set("text-align", "right");
        Span value = new Span(Points.score(c.score()));
        value.addClassName("matching-score");
        value.getStyle()
                .set("font-size", "var(--lumo-font-size-xl)")
                .set("font-weight", "700")
                .set("font-variant-numeric", "tabular-nums");
        Div bar = new Div();
        bar.getStyle()
                .set("height", "4px")
                .set("border-radius", "2px")
                .set("background", "var(--lumo-primary-color)")
                .set("margin", "2px 0 var(--lumo-space-xs) auto")
                .set("width", Math.max(4, Math.min(100, Math.round(100 * c.score() / top))) + "%");
        score.add(new Div(Ui.muted(labels.text("matching.candidate.score"))), new Div(value), bar);
        if (onPropose != null) {
            Button propose = new Button(labels.text("matching.candidate.propose"), VaadinIcon.CONNECT.create());
            propose.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            propose.setId("matching-propose-" + c.ref().kind().name().toLowerCase(java.util.Locale.ROOT) + "-"
                    + c.ref().id());
            propose.getElement().setAttribute("aria-label", labels.text("matching.candidate.proposeOf", c.name()));
            propose.addClickListener(e -> onPropose.accept(c));
            score.add(propose);
        }
        row.add(number, who, terms, score);
        return row;
    }
}
