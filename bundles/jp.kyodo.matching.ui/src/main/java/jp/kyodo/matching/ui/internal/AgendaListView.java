package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.matching.Agenda;
import jp.kyodo.matching.Indicator;
import jp.kyodo.web.Ui;

/**
 * コレクティブ・インパクト: the shared agendas (孤独死の防止, 買い物弱者, 子どもの学習支援 …), each with its goal, who
 * joined, and per common indicator the target against the results rolled up from the joined projects.
 */
final class AgendaListView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient Labels labels;

    AgendaListView(MatchingServices services) {
        this.labels = Labels.of(this, services);
        setPadding(false);
        boolean coordinator = Permissions.hasRole(Role.COORDINATOR);
        List<Component> actions = new ArrayList<>();
        if (coordinator) {
            Button add = new Button(
                    t("matching.agendas.new"), VaadinIcon.PLUS.create(), e -> Routes.navigate(Routes.AGENDA_EDIT));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("matching-agendas-new");
            actions.add(add);
        }
        add(Ui.header(t("matching.agendas.title"), actions.toArray(Component[]::new)));
        add(Ui.muted(t("matching.agendas.lead")));
        Div list = new Div();
        list.setId("matching-agendas");
        list.setWidthFull();
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
        try {
            List<Agenda> agendas = services.projects().agendas();
            if (agendas.isEmpty()) {
                list.add(Ui.emptyState(t("matching.agendas.empty")));
            }
            for (Agenda a : agendas) {
                list.add(card(a, coordinator));
            }
        } catch (DomainException e) {
            list.add(Ui.emptyState(e.message(getLocale())));
        }
        add(list);
    }

    private Component card(Agenda a, boolean coordinator) {
        H3 title = new H3(a.details().title());
        title.getStyle().set("margin", "0");
        Div head = new Div(title);
        head.getStyle()
                .set("display", "flex")
                .set("justify-content", "space-between")
                .set("align-items", "center")
                .set("gap", "var(--lumo-space-s)")
                .set("flex-wrap", "wrap");
        if (coordinator) {
            Button edit = new Button(
                    t("matching.edit"),
                    VaadinIcon.EDIT.create(),
                    e -> Routes.navigate(Routes.edit(Routes.AGENDA_EDIT, a.id())));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setId("matching-agenda-edit-" + a.id());
            head.add(edit);
        }
        Paragraph goal = new Paragraph(a.details().goal());
        goal.getStyle().set("margin", "var(--lumo-space-xs) 0");
        Ui.Facts facts = new Ui.Facts()
                .line(t("matching.agenda.coordinator"), a.details().coordinatorName())
                .line(t("matching.agenda.organisations"), labels.join(a.organisations()))
                .line(
                        t("matching.agenda.projects"),
                        new Anchor(
                                Routes.PROJECTS + "?" + Routes.AGENDA_ID + "=" + a.id(),
                                t("matching.agenda.projectCount", a.projects())));
        Div progress = new Div();
        progress.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fill, minmax(16rem, 1fr))")
                .set("gap", "var(--lumo-space-m)")
                .set("margin-top", "var(--lumo-space-s)");
        for (Indicator i : a.progress()) {
            progress.add(Progress.bar(i, labels));
        }
        Div card = Ui.card("", head, goal, facts);
        if (a.progress().isEmpty()) {
            card.add(Ui.muted(t("matching.agenda.noIndicators")));
        } else {
            card.add(progress);
        }
        card.setId("matching-agenda-" + a.id());
        card.setWidthFull();
        return card;
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }
}
