package jp.kyodo.web.internal.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import jp.kyodo.core.security.Actor;
import jp.kyodo.web.DashboardWidget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The home page: the dashboard of the widgets the user may see, live as plugins come and go. */
public final class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(HomeView.class);

    private final transient Shell shell;
    private final Div cards = new Div();

    HomeView(Shell shell) {
        this.shell = shell;
        addClassName("kyodo-view");
        setPadding(false);
        Actor actor = SessionUser.current().orElse(null);
        H2 title = new H2(getTranslation("kyodo.home.welcome", actor == null ? "" : actor.userName()));
        title.getStyle().set("margin-top", "0");
        cards.addClassName("kyodo-dashboard");
        cards.setWidthFull();
        add(title, cards);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kyodo.home.title") + " | " + getTranslation("kyodo.product");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        LiveUpdates.whileAttached(this, attachEvent, shell.whiteboard().widgets(), change -> refresh());
    }

    private void refresh() {
        cards.removeAll();
        List<DashboardWidget> widgets =
                shell.whiteboard().widgets().visibleTo(SessionUser.current().orElse(null));
        if (widgets.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("kyodo.home.empty"));
            empty.addClassName("kyodo-empty-state");
            cards.add(empty);
            return;
        }
        for (DashboardWidget w : widgets) {
            cards.add(card(w));
        }
    }

    private Component card(DashboardWidget widget) {
        Div card = new Div();
        card.addClassName("kyodo-card");
        card.add(new H3(getTranslation(widget.titleKey())));
        try {
            card.add(widget.createContent());
        } catch (RuntimeException e) {
            LOG.error("Dashboard widget {} failed", widget.getClass().getName(), e);
            Paragraph failed = new Paragraph(getTranslation("kyodo.home.widget.failed"));
            failed.getStyle().set("color", "var(--lumo-error-text-color)");
            card.add(failed);
        }
        return card;
    }
}
