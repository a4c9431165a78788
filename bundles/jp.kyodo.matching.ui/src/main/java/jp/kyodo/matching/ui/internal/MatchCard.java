package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import jp.kyodo.matching.Match;
import jp.kyodo.web.Ui;

/** A match as a card on the board and as a line in a record's list of matches. */
final class MatchCard {

    private MatchCard() {}

    /**
     * A board card: the need, its owner, the candidate, days in the stage and the stale mark. Focusable;
     * a click or Enter calls {@code onOpen}.
     */
    static Div card(Match m, Labels labels, Instant now, Runnable onOpen) {
        Div card = new Div();
        card.addClassName("matching-card");
        card.setId("matching-card-" + m.id());
        card.getElement().setAttribute("tabindex", "0");
        card.getElement().setAttribute("role", "button");
        card.getElement().setAttribute("data-stage", m.stage().name());
        card.getElement()
                .setAttribute(
                        "aria-label",
                        labels.text(
                                "matching.board.cardLabel", m.needTitle(), m.candidateName(), labels.of(m.stage())));
        card.getStyle()
                .set("background", "var(--lumo-base-color)")
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)")
                .set("box-shadow", "var(--lumo-box-shadow-xs)")
                .set("cursor", "pointer")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("line-height", "1.5");
        if (m.stale()) {
            card.addClassName("matching-stale");
            card.getStyle()
                    .set("border-left", "4px solid var(--lumo-error-color)")
                    .set("background", "var(--lumo-error-color-10pct)");
        }
        Div need = new Div(new Span(m.needTitle()));
        need.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-m)");
        Div owner = new Div(Ui.muted(m.ownerName()));
        Div candidate = new Div(VaadinIcon.USER.create(), new Span(m.candidateName()));
        candidate
                .getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-xs)")
                .set("align-items", "center");
        candidate.getChildren().findFirst().ifPresent(icon -> icon.getElement()
                .getStyle()
                .set("width", "0.9em")
                .set("height", "0.9em"));
        long days = Board.daysInStage(m, now);
        Div footer = new Div(
                Ui.muted(days == 0 ? labels.text("matching.board.today") : labels.text("matching.board.days", days)));
        footer.getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-xs)")
                .set("align-items", "center")
                .set("flex-wrap", "wrap")
                .set("margin-top", "var(--lumo-space-xs)");
        if (m.stale()) {
            footer.add(Ui.badge(labels.text("matching.stale"), "error small"));
        }
        if (m.anonymous()) {
            footer.add(Ui.badge(labels.text("matching.anonymous"), "contrast small"));
        }
        card.add(need, owner, candidate, footer);
        card.addClickListener(e -> onOpen.run());
        card.getElement()
                .addEventListener("keydown", e -> onOpen.run())
                .setFilter("event.key === 'Enter' || event.key === ' '");
        return card;
    }

    /** A line linking to the match's page: candidate, stage, since when, stale mark. */
    static Div line(Match m, Labels labels) {
        Anchor name = new Anchor(Routes.match(m.id()), m.candidateName());
        name.getStyle().set("font-weight", "600");
        Div line = new Div(
                name,
                Ui.badge(labels.of(m.stage()), Badges.theme(m.stage())),
                Ui.muted(labels.text("matching.match.since", labels.dateTime(m.stageSince()))));
        if (m.stale()) {
            line.add(Ui.badge(labels.text("matching.stale"), "error"));
        }
        if (m.stage().closed() && !m.result().isEmpty()) {
            line.add(Ui.muted(m.result()));
        }
        line.getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-s)")
                .set("align-items", "center")
                .set("flex-wrap", "wrap")
                .set("padding", "var(--lumo-space-xs) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return line;
    }
}
