package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.PageRequest;
import jp.kyodo.matching.Candidate;
import jp.kyodo.matching.Match;
import jp.kyodo.matching.MatchQuery;
import jp.kyodo.matching.Need;
import jp.kyodo.matching.NeedDraft;
import jp.kyodo.matching.NeedStatus;
import jp.kyodo.web.Ui;

/**
 * A need's page ({@code matching/need?id=N}): what is needed, its matches, and — for coordinators — the
 * ranked candidates with every score explained and a button to propose each.
 */
final class NeedView extends MatchingRecordView<Need> {

    private static final long serialVersionUID = 1L;

    /** How many candidates the page shows. */
    static final int CANDIDATES = 20;

    NeedView(MatchingServices services) {
        super(services);
    }

    @Override
    protected Need load(long id) {
        return services.needs().get(id);
    }

    @Override
    protected void render(Need need) {
        NeedDraft d = need.details();
        List<Component> actions = new ArrayList<>();
        if (coordinator) {
            Button edit = new Button(
                    t("matching.edit"),
                    VaadinIcon.EDIT.create(),
                    e -> Routes.navigate(Routes.edit(Routes.NEED_EDIT, need.id())));
            edit.setId("matching-need-edit");
            actions.add(edit);
            actions.addAll(statusButtons(need));
        }
        HorizontalLayout header = Ui.header(d.title(), actions.toArray(Component[]::new));
        Div sub = new Div(Ui.badge(labels.of(need.status()), Badges.theme(need.status())), new Span(need.ownerName()));
        sub.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center");
        add(header, sub);

        Ui.Facts what = new Ui.Facts()
                .line(t("matching.need.kinds"), labels.join(labels.of(d.kinds())))
                .line(t("matching.need.skills"), d.skills())
                .line(t("matching.need.description"), d.description());
        Ui.Facts where = new Ui.Facts()
                .line(t("matching.field"), labels.join(labels.fields(d.fieldCodes())))
                .line(
                        t("matching.area"),
                        d.areaCode().isEmpty() ? t("matching.wholeCity") : labels.areaPath(d.areaCode()))
                .line(t("matching.days"), Schedules.days(d.days(), labels))
                .line(t("matching.times"), Schedules.times(d.times(), labels))
                .line(t("matching.need.period"), Schedules.period(d.startsOn(), d.endsOn(), labels))
                .line(t("matching.need.dueOn"), labels.date(d.dueOn()))
                .line(t("matching.need.people"), d.peopleNeeded() == null ? "" : t("matching.people", d.peopleNeeded()))
                .line(t("matching.need.amount"), labels.yen(d.amountYen()));
        add(Ui.cards(Ui.card(t("matching.needForm.what"), what), Ui.card(t("matching.needForm.whereWhen"), where)));
        add(matches(need));
        if (coordinator) {
            add(candidates(need));
        }
    }

    private List<Component> statusButtons(Need need) {
        List<Component> buttons = new ArrayList<>();
        if (need.status() == NeedStatus.OPEN || need.status() == NeedStatus.MATCHED) {
            Button close = new Button(t("matching.need.close"), VaadinIcon.CHECK.create(), e -> new NoteDialog(
                            labels,
                            t("matching.need.closeTitle", need.details().title()),
                            t("matching.need.closeText"),
                            t("matching.reason"),
                            true,
                            t("matching.need.close"),
                            false,
                            note -> services.needs().setStatus(need.id(), need.version(), NeedStatus.CLOSED, note),
                            note -> done("matching.need.closed"))
                    .open());
            close.setId("matching-need-close");
            Button cancel = new Button(t("matching.need.cancel"), VaadinIcon.BAN.create(), e -> new NoteDialog(
                            labels,
                            t("matching.need.cancelTitle", need.details().title()),
                            t("matching.need.cancelText"),
                            t("matching.reason"),
                            true,
                            t("matching.need.cancel"),
                            true,
                            note -> services.needs().setStatus(need.id(), need.version(), NeedStatus.CANCELLED, note),
                            note -> done("matching.need.cancelled"))
                    .open());
            cancel.setId("matching-need-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(close);
            buttons.add(cancel);
        } else {
            Button reopen = new Button(t("matching.need.reopen"), VaadinIcon.REFRESH.create(), e -> new NoteDialog(
                            labels,
                            t("matching.need.reopenTitle", need.details().title()),
                            "",
                            t("matching.note"),
                            false,
                            t("matching.need.reopen"),
                            false,
                            note -> services.needs().setStatus(need.id(), need.version(), NeedStatus.OPEN, note),
                            note -> done("matching.need.reopened"))
                    .open());
            reopen.setId("matching-need-reopen");
            buttons.add(reopen);
        }
        return buttons;
    }

    private void done(String key) {
        Ui.success(t(key));
        reload();
    }

    /** The need's matches, newest activity first. */
    private Component matches(Need need) {
        H3 heading = new H3(t("matching.need.matches"));
        heading.getStyle().set("margin", "var(--lumo-space-m) 0 0");
        List<Match> matches = services.pipeline()
                .search(MatchQuery.of(need.id()), PageRequest.first(100))
                .items();
        Div list = new Div();
        list.setId("matching-need-matches");
        list.setWidthFull();
        if (matches.isEmpty()) {
            list.add(Ui.emptyState(t("matching.need.noMatches")));
        }
        for (Match m : matches) {
            list.add(MatchCard.line(m, labels));
        }
        Div section = new Div(heading, list);
        section.setWidthFull();
        return section;
    }

    /** The best candidates with their explanations; closed needs have none. */
    private Component candidates(Need need) {
        H3 heading = new H3(t("matching.need.candidates", CANDIDATES));
        heading.getStyle().set("margin", "var(--lumo-space-m) 0 0");
        Span lead = Ui.muted(t("matching.need.candidatesLead"));
        Div section = new Div(heading, lead);
        section.setWidthFull();
        if (need.status() == NeedStatus.CLOSED || need.status() == NeedStatus.CANCELLED) {
            section.add(Ui.emptyState(t("matching.need.candidatesClosed")));
            return section;
        }
        try {
            List<Candidate> candidates = services.matcher().candidates(need.id(), CANDIDATES);
            if (candidates.isEmpty()) {
                section.add(Ui.emptyState(t("matching.need.noCandidates")));
            } else {
                section.add(new CandidateList(candidates, labels, c -> propose(need, c)));
            }
        } catch (DomainException e) {
            section.add(Ui.emptyState(e.message(getLocale())));
        }
        return section;
    }

    private void propose(Need need, Candidate candidate) {
        new NoteDialog(
                        labels,
                        t("matching.propose.title", candidate.name()),
                        t("matching.propose.text", need.details().title()),
                        t("matching.note"),
                        false,
                        t("matching.candidate.propose"),
                        false,
                        note -> services.pipeline().propose(need.id(), candidate.ref(), note),
                        note -> done("matching.propose.done"))
                .open();
    }
}
