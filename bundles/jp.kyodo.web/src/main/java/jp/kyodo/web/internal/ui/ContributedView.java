package jp.kyodo.web.internal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Optional;
import jp.kyodo.web.ViewContribution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The route target of every contributed route: Vaadin routes to classes, plugins contribute
 * factories, so this one class stands at each contributed route and shows the component the
 * contribution creates. Vaadin reuses the instance when navigating between two contributed routes,
 * hence the content is (re)created in {@link #beforeEnter} whenever the route changes.
 */
public final class ContributedView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ContributedView.class);

    private final transient Shell shell;
    private transient ViewContribution shown;

    ContributedView(Shell shell) {
        this.shell = shell;
        addClassName("kyodo-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String route = event.getLocation().getPath();
        Optional<ViewContribution> contribution = shell.whiteboard().views().get(route);
        if (contribution.isEmpty()) {
            // the plugin went away between the route lookup and now
            event.forwardTo(Shell.HOME);
            return;
        }
        if (contribution.get() == shown) {
            return;
        }
        removeAll();
        shown = contribution.get();
        try {
            Component view = shown.createView();
            add(view);
        } catch (RuntimeException e) {
            LOG.error(
                    "View '{}' of {} could not be created",
                    route,
                    shown.getClass().getName(),
                    e);
            Paragraph failed = new Paragraph(getTranslation("kyodo.view.failed"));
            failed.addClassName("kyodo-empty-state");
            add(failed);
        }
    }

    @Override
    public String getPageTitle() {
        String title = shown == null ? "" : getTranslation(shown.titleKey()) + " | ";
        return title + getTranslation("kyodo.product");
    }
}
