package jp.kyodo.web;

import com.vaadin.flow.component.Component;
import java.util.Set;
import jp.kyodo.core.security.Role;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A card on the home page (dashboard): a count, a short list, a to-do. Register an implementation
 * as an OSGi service. The shell draws the card's frame and title; {@link #createContent()} fills
 * it each time a user opens the home page. Keep it fast: it runs while the page is built.
 */
@ConsumerType
public interface DashboardWidget {

    /** The i18n key of the card's title. */
    String titleKey();

    /** Position on the dashboard, smaller first; ties are ordered by title. */
    default int order() {
        return ViewContribution.DEFAULT_ORDER;
    }

    /**
     * Who sees the card: at least one of these roles (administrators see everything); empty means
     * every signed-in user.
     */
    default Set<Role> requiredRoles() {
        return Set.of();
    }

    /** Creates the card's content; called on the UI thread with the user's session locked. */
    Component createContent();
}
