package jp.kyodo.web.internal.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kyodo.core.security.Role;
import jp.kyodo.web.internal.UserDirectory;
import jp.kyodo.web.internal.UserDirectory.User;
import jp.kyodo.web.internal.ui.Shell;

/**
 * Staff accounts and their roles in the login realm, read-only: accounts are changed where they
 * live (etc/users.properties with the {@code jaas:} console commands, or the city's directory).
 */
public final class UsersView extends AdminPage {

    public static final String ROUTE = "admin/users";

    private static final long serialVersionUID = 1L;

    public UsersView(Shell shell) {
        super("kyodo.admin.users.title", "kyodo.admin.users.lead");
        Optional<UserDirectory> directory = shell.platform().users();
        if (directory.isEmpty()) {
            add(emptyState(getTranslation("kyodo.admin.users.unavailable")));
            return;
        }
        Optional<String> elsewhere = directory.get().managedElsewhere();
        if (elsewhere.isPresent()) {
            add(emptyState(getTranslation("kyodo.admin.users.ldap", elsewhere.get())));
            return;
        }
        Grid<User> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(User::name)
                .setHeader(getTranslation("kyodo.admin.users.name"))
                .setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().map(this::roleLabel).collect(Collectors.joining("、")))
                .setHeader(getTranslation("kyodo.admin.users.roles"))
                .setFlexGrow(1);
        grid.addColumn(u -> String.join(", ", u.groups()))
                .setHeader(getTranslation("kyodo.admin.users.groups"))
                .setAutoWidth(true);
        grid.setItems(directory.get().users());
        grid.setAllRowsVisible(true);
        add(grid, new Paragraph(getTranslation("kyodo.admin.users.howto")));
    }

    private String roleLabel(String roleName) {
        return Role.fromRoleName(roleName)
                .map(r -> getTranslation("kyodo.role." + r.roleName()))
                .orElse(roleName);
    }
}
