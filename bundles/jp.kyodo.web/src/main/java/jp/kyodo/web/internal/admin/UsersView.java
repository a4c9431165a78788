package jp.kyodo.web.internal.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kyodo.core.security.LoginThrottle;
import jp.kyodo.core.security.LoginThrottle.Block;
import jp.kyodo.core.security.Role;
import jp.kyodo.web.Formats;
import jp.kyodo.web.internal.UserDirectory;
import jp.kyodo.web.internal.UserDirectory.User;
import jp.kyodo.web.internal.ui.Shell;

/**
 * Staff accounts and their roles in the login realm, read-only: accounts are changed where they
 * live (etc/users.properties with the {@code jaas:} console commands, or the city's directory). Below
 * them, the accounts and client addresses locked after failed sign-ins or API tokens, which an
 * administrator can unlock here (or with {@code kyodo:unlock} on the console), whatever the realm.
 */
public final class UsersView extends AdminPage {

    public static final String ROUTE = "admin/users";

    /** The attribute naming what an unlock button unlocks, e.g. {@code account:tanaka}. */
    static final String UNLOCK_ATTRIBUTE = "data-unlock";

    private static final long serialVersionUID = 1L;

    private final transient Shell shell;
    private final Grid<Block> locks = new Grid<>();
    private final Paragraph noLocks = emptyState("");

    public UsersView(Shell shell) {
        super("kyodo.admin.users.title", "kyodo.admin.users.lead");
        this.shell = shell;
        // full width inside the section, border included
        noLocks.getStyle().set("box-sizing", "border-box");
        add(users(shell.platform().users()));
        add(locksSection());
        refreshLocks();
    }

    private Component users(Optional<UserDirectory> directory) {
        if (directory.isEmpty()) {
            return emptyState(getTranslation("kyodo.admin.users.unavailable"));
        }
        Optional<String> elsewhere = directory.get().managedElsewhere();
        if (elsewhere.isPresent()) {
            return emptyState(getTranslation("kyodo.admin.users.ldap", elsewhere.get()));
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
        Div section = new Div(grid, new Paragraph(getTranslation("kyodo.admin.users.howto")));
        section.setWidthFull();
        return section;
    }

    private Component locksSection() {
        H3 title = new H3(getTranslation("kyodo.admin.locks.title"));
        Button refresh = new Button(getTranslation("kyodo.admin.locks.refresh"), e -> refreshLocks());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout header = new HorizontalLayout(title, refresh);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph lead = new Paragraph(getTranslation("kyodo.admin.locks.lead"));
        lead.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");

        locks.setId("kyodo-locks");
        locks.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        locks.addColumn(b -> getTranslation(
                        b.key().kind() == LoginThrottle.Kind.ACCOUNT
                                ? "kyodo.admin.locks.account"
                                : "kyodo.admin.locks.address"))
                .setHeader(getTranslation("kyodo.admin.locks.kind"))
                .setAutoWidth(true);
        locks.addColumn(b -> b.key().value())
                .setHeader(getTranslation("kyodo.admin.locks.name"))
                .setFlexGrow(1);
        locks.addColumn(b -> Formats.dateTime(b.until(), getLocale()))
                .setHeader(getTranslation("kyodo.admin.locks.until"))
                .setAutoWidth(true);
        locks.addColumn(Block::failures)
                .setHeader(getTranslation("kyodo.admin.locks.failures"))
                .setAutoWidth(true);
        locks.addComponentColumn(this::unlockButton).setAutoWidth(true);
        locks.setAllRowsVisible(true);

        Div section = new Div(header, lead, locks, noLocks);
        section.setWidthFull();
        return section;
    }

    private void refreshLocks() {
        Optional<LoginThrottle> throttle = shell.platform().loginThrottle();
        List<Block> current = throttle.map(LoginThrottle::locks).orElse(List.of());
        locks.setItems(current);
        locks.setVisible(!current.isEmpty());
        noLocks.setText(
                getTranslation(throttle.isEmpty() ? "kyodo.admin.locks.unavailable" : "kyodo.admin.locks.none"));
        noLocks.setVisible(current.isEmpty());
    }

    private Button unlockButton(Block block) {
        Button b = new Button(getTranslation("kyodo.admin.locks.unlock"), e -> confirmUnlock(block));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        b.getElement()
                .setAttribute(
                        UNLOCK_ATTRIBUTE,
                        block.key().kind().name().toLowerCase(Locale.ROOT) + ":"
                                + block.key().value());
        return b;
    }

    private void confirmUnlock(Block block) {
        String name = block.key().value();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("kyodo.admin.locks.unlock"));
        dialog.setText(getTranslation(
                block.key().kind() == LoginThrottle.Kind.ACCOUNT
                        ? "kyodo.admin.locks.confirmAccount"
                        : "kyodo.admin.locks.confirmAddress",
                name));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("kyodo.cancel"));
        dialog.setConfirmText(getTranslation("kyodo.admin.locks.unlock"));
        dialog.addConfirmListener(e -> unlock(block));
        dialog.open();
    }

    private void unlock(Block block) {
        Optional<LoginThrottle> throttle = shell.platform().loginThrottle();
        boolean unlocked = throttle.map(t -> t.unlock(block.key())).orElse(false);
        Notification n = Notification.show(getTranslation(
                unlocked ? "kyodo.admin.locks.unlocked" : "kyodo.admin.locks.notLocked",
                block.key().value()));
        n.addThemeVariants(unlocked ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_CONTRAST);
        refreshLocks();
    }

    private String roleLabel(String roleName) {
        return Role.fromRoleName(roleName)
                .map(r -> getTranslation("kyodo.role." + r.roleName()))
                .orElse(roleName);
    }
}
