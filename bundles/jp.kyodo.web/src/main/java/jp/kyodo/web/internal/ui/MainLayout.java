package jp.kyodo.web.internal.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.security.Actor;
import jp.kyodo.web.ViewContribution;
import jp.kyodo.web.internal.i18n.MergedTranslations;
import jp.kyodo.web.internal.registry.Contributions;
import jp.kyodo.web.internal.registry.Whiteboard;
import jp.kyodo.web.internal.security.Access;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shell around every page: the city's name, the global search, the user menu (language,
 * sign-out) and the side menu grouped by section. Follows the plugins: when a view contribution
 * comes or goes, every open UI rebuilds its menu (server push), and a UI showing a page that went
 * away is sent to the home page.
 */
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(MainLayout.class);

    private final transient Shell shell;
    private final VerticalLayout menu = new VerticalLayout();
    private final H1 cityName = new H1();
    private String currentPath = "";

    MainLayout(Shell shell) {
        this.shell = shell;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("kyodo.menu.toggle"));
        cityName.addClassName("kyodo-navbar-title");
        SearchBox search = new SearchBox(shell);
        HorizontalLayout navbar = new HorizontalLayout(toggle, cityName, search, userMenu());
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.setFlexGrow(1, search);
        navbar.getStyle().set("padding-inline-end", "var(--lumo-space-m)");
        addToNavbar(navbar);

        Span product = new Span(getTranslation("kyodo.product"));
        product.getStyle()
                .set("font-weight", "600")
                .set("padding", "var(--lumo-space-m) var(--lumo-space-l) 0")
                .set("color", "var(--lumo-primary-text-color)");
        menu.setPadding(false);
        menu.setSpacing(false);
        menu.getStyle().set("padding", "var(--lumo-space-s)");
        addToDrawer(product, new Scroller(menu));
        rebuildMenu();
        updateCityName();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        LiveUpdates.whileAttached(this, attachEvent, shell.whiteboard().views().active(), this::viewsChanged);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        currentPath = event.getLocation().getPath();
        updateCityName();
    }

    private void viewsChanged(Contributions.Change<ViewContribution> change) {
        rebuildMenu();
        if (!change.added() && change.contribution().route().equals(currentPath)) {
            LOG.debug("The page '{}' went away; sending its user home", currentPath);
            getUI().ifPresent(ui -> {
                ui.navigate(Shell.HOME);
                Notification.show(getTranslation("kyodo.view.removed"), 5000, Notification.Position.BOTTOM_START);
            });
        }
    }

    private void updateCityName() {
        String name = shell.settings().cityName();
        cityName.setText(name.isBlank() ? getTranslation("kyodo.product") : name);
    }

    /** The menu of what the signed-in user may open, grouped by section. */
    private void rebuildMenu() {
        menu.removeAll();
        Actor actor = SessionUser.current().orElse(null);
        List<MenuEntry> entries = new ArrayList<>(Shell.OWN_MENU);
        Whiteboard whiteboard = shell.whiteboard();
        whiteboard.views().active().all().stream()
                .filter(ViewContribution::inMenu)
                .map(MenuEntry::of)
                .forEach(entries::add);
        Map<String, List<MenuEntry>> sections = entries.stream()
                .filter(e -> Access.allows(actor, e.roles()))
                .collect(Collectors.groupingBy(
                        MenuEntry::section,
                        () -> new TreeMap<>(Comparator.comparingInt(Whiteboard::sectionRank)
                                .thenComparing(Comparator.naturalOrder())),
                        Collectors.toList()));
        sections.forEach((section, items) -> {
            SideNav nav = new SideNav(getTranslation(section));
            nav.setCollapsible(true);
            nav.setWidthFull();
            items.stream()
                    .sorted(Comparator.comparingInt(MenuEntry::order).thenComparing(MenuEntry::titleKey))
                    .forEach(e -> {
                        SideNavItem item = new SideNavItem(getTranslation(e.titleKey()), e.route());
                        item.setPrefixComponent(Icons.of(e.icon()));
                        nav.addItem(item);
                    });
            menu.add(nav);
        });
    }

    private MenuBar userMenu() {
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Actor actor = SessionUser.current().orElse(null);
        String name = actor == null ? "" : actor.userName();
        Avatar avatar = new Avatar(name);
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        Span who = new Span(name);
        Span role = new Span(roleLabel(actor));
        role.getElement().getThemeList().add("badge contrast pill small");
        HorizontalLayout label = new HorizontalLayout(avatar, who, role);
        label.setAlignItems(FlexComponent.Alignment.CENTER);
        label.setSpacing(true);
        MenuItem top = bar.addItem(label);
        top.getElement().setAttribute("aria-label", getTranslation("kyodo.user.menu"));
        SubMenu sub = top.getSubMenu();
        Locale current = MergedTranslations.supported(getLocale());
        for (Locale l : MergedTranslations.LOCALES) {
            MenuItem item = sub.addItem(getTranslation("kyodo.language." + l.getLanguage()), e -> switchLanguage(l));
            item.setCheckable(true);
            item.setChecked(l.equals(current));
        }
        sub.addSeparator();
        sub.addItem(getTranslation("kyodo.logout"), e -> logout());
        return bar;
    }

    /** The user's highest role in words. */
    private String roleLabel(Actor actor) {
        if (actor == null) {
            return "";
        }
        return actor.roles().stream()
                .filter(r -> actor.roles().stream().allMatch(r::includes))
                .findFirst()
                .map(r -> getTranslation("kyodo.role." + r.roleName()))
                .orElse("");
    }

    private void switchLanguage(Locale locale) {
        VaadinSession session = VaadinSession.getCurrent();
        SessionUser.setLocale(session.getSession(), locale);
        session.setLocale(locale);
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    private void logout() {
        try {
            SessionUser.current().ifPresent(actor -> shell.platform()
                    .auditLog()
                    .ifPresent(log -> log.record(AuditAction.LOGOUT, "core.User", actor.userName(), null)));
        } catch (RuntimeException e) {
            // signing out must work even when the audit log does not
            LOG.error("Could not record the logout in the audit log", e);
        }
        getUI().ifPresent(ui -> ui.getPage().setLocation(Shell.LOGIN + "?logout"));
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
