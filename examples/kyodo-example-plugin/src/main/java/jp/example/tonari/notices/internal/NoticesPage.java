package jp.example.tonari.notices.internal;

import com.vaadin.flow.component.Component;
import java.util.Set;
import jp.kyodo.core.security.Role;
import jp.kyodo.web.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The notices page in the Kyodo menu, for staff and above. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class NoticesPage implements ViewContribution {

    private final NoticeBoard board;

    @Activate
    public NoticesPage(@Reference NoticeBoard board) {
        this.board = board;
    }

    @Override
    public String route() {
        return "tonari/notices";
    }

    @Override
    public String titleKey() {
        return "tonari.notices.title";
    }

    @Override
    public String icon() {
        return "vaadin:megaphone";
    }

    @Override
    public String section() {
        return "tonari.notices.section";
    }

    @Override
    public Set<Role> requiredRoles() {
        return Set.of(Role.STAFF, Role.COORDINATOR);
    }

    @Override
    public Component createView() {
        return new NoticesView(board);
    }
}
