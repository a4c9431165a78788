package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.matching.Match;
import jp.kyodo.matching.MatchStage;
import jp.kyodo.matching.MatchStep;
import jp.kyodo.web.Ui;

/** A match's page ({@code matching/match?id=N}): who with whom, every step dated and attributed, the next move. */
final class MatchView extends MatchingRecordView<Match> {

    private static final long serialVersionUID = 1L;

    MatchView(MatchingServices services) {
        super(services);
    }

    @Override
    protected Match load(long id) {
        return services.pipeline().get(id);
    }

    @Override
    protected void render(Match m) {
        List<Component> actions = new ArrayList<>();
        if (coordinator && !m.stage().closed()) {
            Button move = new Button(t("matching.match.move"), VaadinIcon.ARROW_RIGHT.create(), e -> new MoveDialog(
                            services, labels, m, null, moved -> {
                                if (moved != null) {
                                    Ui.success(t("matching.move.done", labels.of(moved.stage())));
                                    if (moved.stage() == MatchStage.COMPLETED) {
                                        CaseForm.offer(labels, moved);
                                    }
                                }
                                reload();
                            })
                    .open());
            move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            move.setId("matching-match-move");
            actions.add(move);
        }
        if (coordinator && m.stage() == MatchStage.COMPLETED) {
            Button write = m.caseId() == null
                    ? new Button(
                            t("matching.case.write"),
                            VaadinIcon.BOOK.create(),
                            e -> Routes.navigate(CaseForm.newFor(m.id())))
                    : new Button(
                            t("matching.case.edit"),
                            VaadinIcon.BOOK.create(),
                            e -> Routes.navigate(Routes.edit(Routes.CASE_EDIT, m.caseId())));
            write.setId("matching-match-case");
            actions.add(write);
        }
        add(Ui.header(m.needTitle(), actions.toArray(Component[]::new)));
        Div badges = new Div(Ui.badge(labels.of(m.stage()), Badges.theme(m.stage())));
        if (m.stale()) {
            badges.add(Ui.badge(t("matching.stale"), "error"));
        }
        if (m.anonymous()) {
            badges.add(Ui.badge(t("matching.anonymous"), "contrast"));
        }
        badges.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)");
        add(badges);
        Ui.Facts facts = new Ui.Facts()
                .line(t("matching.match.need"), new Anchor(Routes.need(m.needId()), m.needTitle()))
                .line(t("matching.need.owner"), m.ownerName())
                .line(
                        t("matching.match.candidate"),
                        m.candidateName() + "（" + labels.of(m.candidate().kind()) + "）")
                .line(t("matching.match.stageSince"), labels.dateTime(m.stageSince()))
                .line(t("matching.match.result"), m.result());
        if (m.anonymous()) {
            facts.line("", Ui.muted(t("matching.match.anonymousNote")));
        }
        add(Ui.cards(Ui.card(t("matching.match.overview"), facts)));
        add(steps(m));
    }

    private Component steps(Match m) {
        H3 heading = new H3(t("matching.match.steps"));
        heading.getStyle().set("margin", "var(--lumo-space-m) 0 var(--lumo-space-s)");
        Div list = new Div();
        list.setId("matching-match-steps");
        for (MatchStep step : m.steps()) {
            Div when = new Div(Ui.muted(labels.dateTime(step.at()) + " · " + step.by()));
            Div what = new Div(Ui.badge(labels.of(step.stage()), Badges.theme(step.stage())));
            if (!step.note().isEmpty()) {
                Span note = new Span(step.note());
                note.getStyle().set("white-space", "pre-line");
                what.add(note);
            }
            what.getStyle()
                    .set("display", "flex")
                    .set("gap", "var(--lumo-space-s)")
                    .set("align-items", "baseline");
            Div item = new Div(when, what);
            item.getStyle()
                    .set("border-left", "3px solid var(--lumo-primary-color-50pct)")
                    .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
                    .set("margin-bottom", "var(--lumo-space-s)");
            list.add(item);
        }
        Div section = new Div(heading, list);
        section.setWidthFull();
        return section;
    }
}
