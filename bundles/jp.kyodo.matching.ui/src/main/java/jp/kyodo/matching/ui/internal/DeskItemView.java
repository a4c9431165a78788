package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.matching.DeskAction;
import jp.kyodo.matching.DeskItem;
import jp.kyodo.matching.DeskStatus;
import jp.kyodo.matching.DeskStep;
import jp.kyodo.web.Ui;

/**
 * A desk item's page ({@code matching/desk/item?id=N}): what was brought, where it is routed, who answers by
 * when, and its whole history. Coordinators route it; the department's staff accept it, decline it with a
 * reason, or forward it to another department.
 */
final class DeskItemView extends MatchingRecordView<DeskItem> {

    private static final long serialVersionUID = 1L;

    DeskItemView(MatchingServices services) {
        super(services);
    }

    @Override
    protected DeskItem load(long id) {
        return services.desk().get(id);
    }

    @Override
    protected void render(DeskItem item) {
        add(Ui.header(item.details().subject(), actions(item).toArray(Component[]::new)));
        Div badges = new Div(
                Ui.badge(labels.of(item.details().kind()), "contrast"),
                Ui.badge(labels.of(item.status()), Badges.theme(item.status())));
        if (item.overdue()) {
            badges.add(Ui.badge(t("matching.desk.overdue"), "error"));
        }
        if (item.escalatedAt() != null && item.status().open()) {
            badges.add(Ui.badge(t("matching.desk.escalatedAt", labels.dateTime(item.escalatedAt())), "error primary"));
        }
        badges.setId("matching-desk-badges");
        badges.getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-s)")
                .set("flex-wrap", "wrap");
        add(badges);
        Ui.Facts received = new Ui.Facts()
                .line(t("matching.desk.from"), item.details().fromName())
                .line(t("matching.desk.receivedOn"), labels.date(item.details().receivedOn()))
                .line(t("matching.desk.body"), item.details().body());
        Ui.Facts routing = new Ui.Facts()
                .line(
                        t("matching.desk.department"),
                        item.departmentName().isEmpty() ? t("matching.desk.notRouted") : item.departmentName())
                .line(t("matching.desk.owner"), item.owner())
                .line(t("matching.desk.dueOn"), labels.date(item.dueOn()))
                .line(
                        t(item.status() == DeskStatus.DECLINED ? "matching.desk.reason" : "matching.desk.answer"),
                        item.answer())
                .line(t("matching.desk.answeredOn"), labels.date(item.answeredOn()));
        add(Ui.cards(Ui.card(t("matching.desk.received"), received), Ui.card(t("matching.desk.routing"), routing)));
        add(history(item));
    }

    private List<Component> actions(DeskItem item) {
        List<Component> actions = new ArrayList<>();
        if (!item.status().open()) {
            return actions;
        }
        if (coordinator) {
            Button route = new Button(
                    t(item.status() == DeskStatus.RECEIVED ? "matching.desk.route" : "matching.desk.reroute"),
                    VaadinIcon.SHARE.create(),
                    e -> new RouteDialog(
                                    services,
                                    labels,
                                    item,
                                    false,
                                    (dept, owner, due, note) ->
                                            services.desk().route(item.id(), item.version(), dept, owner, due, note),
                                    sent -> done(sent, "matching.desk.routed"))
                            .open());
            route.setId("matching-desk-route");
            if (item.status() == DeskStatus.RECEIVED) {
                route.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(route);
        }
        if (staff && item.status() == DeskStatus.ROUTED) {
            Button accept = new Button(t("matching.desk.accept"), VaadinIcon.CHECK.create(), e -> new NoteDialog(
                            labels,
                            t("matching.desk.acceptTitle"),
                            t("matching.desk.acceptText"),
                            t("matching.desk.answer"),
                            true,
                            t("matching.desk.accept"),
                            false,
                            answer -> services.desk().accept(item.id(), item.version(), answer),
                            answer -> done(item, "matching.desk.accepted"))
                    .open());
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accept.setId("matching-desk-accept");
            Button decline =
                    new Button(t("matching.desk.decline"), VaadinIcon.CLOSE_SMALL.create(), e -> new NoteDialog(
                                    labels,
                                    t("matching.desk.declineTitle"),
                                    t("matching.desk.declineText"),
                                    t("matching.desk.reason"),
                                    true,
                                    t("matching.desk.decline"),
                                    true,
                                    reason -> services.desk().decline(item.id(), item.version(), reason),
                                    reason -> done(item, "matching.desk.declined"))
                            .open());
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
            decline.setId("matching-desk-decline");
            Button forward =
                    new Button(t("matching.desk.forward"), VaadinIcon.ARROW_FORWARD.create(), e -> new RouteDialog(
                                    services,
                                    labels,
                                    item,
                                    true,
                                    (dept, owner, due, note) ->
                                            services.desk().forward(item.id(), item.version(), dept, owner, due, note),
                                    sent -> done(sent, "matching.desk.forwarded"))
                            .open());
            forward.setId("matching-desk-forward");
            actions.add(accept);
            actions.add(decline);
            actions.add(forward);
        }
        return actions;
    }

    private void done(DeskItem changed, String key) {
        if (changed != null) {
            Ui.success(t(key));
        }
        reload();
    }

    private Component history(DeskItem item) {
        H3 heading = new H3(t("matching.desk.history"));
        heading.getStyle().set("margin", "var(--lumo-space-m) 0 var(--lumo-space-s)");
        Div list = new Div();
        list.setId("matching-desk-history");
        for (DeskStep step : item.steps()) {
            Div when = new Div(Ui.muted(labels.dateTime(step.at()) + " · " + step.by()));
            Div what = new Div(
                    Ui.badge(labels.of(step.action()), step.action() == DeskAction.ESCALATED ? "error" : "contrast"));
            if (!step.departmentName().isEmpty()) {
                what.add(new Span(step.departmentName()));
            }
            if (!step.note().isEmpty()) {
                Span note = new Span(step.note());
                note.getStyle().set("white-space", "pre-line").set("color", "var(--lumo-secondary-text-color)");
                what.add(note);
            }
            what.getStyle()
                    .set("display", "flex")
                    .set("gap", "var(--lumo-space-s)")
                    .set("align-items", "baseline")
                    .set("flex-wrap", "wrap");
            Div entry = new Div(when, what);
            entry.getStyle()
                    .set("border-left", "3px solid var(--lumo-primary-color-50pct)")
                    .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
                    .set("margin-bottom", "var(--lumo-space-s)");
            list.add(entry);
        }
        Div section = new Div(heading, list);
        section.setWidthFull();
        return section;
    }
}
