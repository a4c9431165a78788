package jp.kyodo.web.internal.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.core.security.Role;
import jp.kyodo.web.MenuSections;
import jp.kyodo.web.ViewContribution;
import jp.kyodo.web.internal.PlatformServices;
import jp.kyodo.web.internal.admin.AuditLogView;
import jp.kyodo.web.internal.admin.ModulesView;
import jp.kyodo.web.internal.admin.UsersView;
import jp.kyodo.web.internal.i18n.MergedTranslations;
import jp.kyodo.web.internal.registry.Whiteboard;

/**
 * What the shell's views need, handed to them by {@link KyodoInstantiator}: the contributions, the
 * platform services, the translations and the current settings.
 */
public final class Shell {

    /** The settings views show; replaced when the configuration changes. */
    public record Settings(String cityName, int sessionTimeoutMinutes) {}

    /** A route of the shell itself. */
    record OwnRoute(String route, Class<? extends Component> view, boolean inLayout, Set<Role> roles) {}

    static final String HOME = "";
    static final String LOGIN = "login";

    /** The shell's own pages; everything but the login needs a signed-in user. */
    static final List<OwnRoute> OWN_ROUTES = List.of(
            new OwnRoute(HOME, HomeView.class, true, Set.of()),
            new OwnRoute(LOGIN, LoginView.class, false, Set.of()),
            new OwnRoute(ModulesView.ROUTE, ModulesView.class, true, Set.of(Role.ADMIN)),
            new OwnRoute(UsersView.ROUTE, UsersView.class, true, Set.of(Role.ADMIN)),
            new OwnRoute(AuditLogView.ROUTE, AuditLogView.class, true, Set.of(Role.ADMIN)));

    /** The shell's own menu entries. */
    static final List<MenuEntry> OWN_MENU = List.of(
            new MenuEntry(HOME, "kyodo.home.title", "vaadin:home", MenuSections.GENERAL, 0, Set.of()),
            new MenuEntry(
                    ModulesView.ROUTE,
                    "kyodo.admin.modules.title",
                    "vaadin:puzzle-piece",
                    MenuSections.ADMINISTRATION,
                    100,
                    Set.of(Role.ADMIN)),
            new MenuEntry(
                    UsersView.ROUTE,
                    "kyodo.admin.users.title",
                    "vaadin:users",
                    MenuSections.ADMINISTRATION,
                    200,
                    Set.of(Role.ADMIN)),
            new MenuEntry(
                    AuditLogView.ROUTE,
                    "kyodo.admin.audit.title",
                    "vaadin:clipboard-text",
                    MenuSections.ADMINISTRATION,
                    300,
                    Set.of(Role.ADMIN)));

    private final Whiteboard whiteboard;
    private final PlatformServices platform;
    private final MergedTranslations translations;
    private volatile Settings settings;

    public Shell(Whiteboard whiteboard, PlatformServices platform, MergedTranslations translations, Settings settings) {
        this.whiteboard = whiteboard;
        this.platform = platform;
        this.translations = translations;
        this.settings = settings;
    }

    public Whiteboard whiteboard() {
        return whiteboard;
    }

    public PlatformServices platform() {
        return platform;
    }

    public MergedTranslations translations() {
        return translations;
    }

    public Settings settings() {
        return settings;
    }

    public void update(Settings newSettings) {
        this.settings = newSettings;
    }

    /**
     * The roles needed for {@code path} (one of them, or none), or empty when the path is not a
     * page of the shell or of an active contribution.
     */
    Optional<Set<Role>> requiredRoles(String path) {
        for (OwnRoute r : OWN_ROUTES) {
            if (r.route().equals(path)) {
                return Optional.of(r.roles());
            }
        }
        return whiteboard.views().get(path).map(ViewContribution::requiredRoles);
    }
}
