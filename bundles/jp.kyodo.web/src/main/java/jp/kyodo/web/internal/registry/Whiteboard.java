package jp.kyodo.web.internal.registry;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import jp.kyodo.core.security.Role;
import jp.kyodo.web.DashboardWidget;
import jp.kyodo.web.MenuSections;
import jp.kyodo.web.RestResources;
import jp.kyodo.web.SearchProvider;
import jp.kyodo.web.ViewContribution;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks the plugins' contributions (the services of the {@code jp.kyodo.web} API) and keeps them
 * in registries the shell reads and listens to. Invalid contributions are logged and ignored.
 */
@Component(service = Whiteboard.class)
public final class Whiteboard {

    /** Route or REST path: lower-case words separated by single slashes (paths: no slash). */
    static final Pattern ROUTE = Pattern.compile("[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)*");

    static final Pattern REST_PATH = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    /** Routes the shell owns. */
    static final Set<String> RESERVED_FIRST_SEGMENTS = Set.of("login", "logout", "admin", "api", "vaadin", "health");

    private static final Logger LOG = LoggerFactory.getLogger(Whiteboard.class);

    private static final List<String> SECTION_ORDER = List.of(
            MenuSections.GENERAL,
            MenuSections.PARTNERS,
            MenuSections.COLLABORATION,
            MenuSections.REPORTS,
            MenuSections.ADMINISTRATION);

    private final KeyedContributions<ViewContribution> views = new KeyedContributions<>(
            ViewContribution::route,
            new Contributions<>(
                    Comparator.comparingInt((ViewContribution v) -> sectionRank(v.section()))
                            .thenComparing(ViewContribution::section)
                            .thenComparingInt(ViewContribution::order)
                            .thenComparing(ViewContribution::titleKey),
                    ViewContribution::requiredRoles));

    private final Contributions<DashboardWidget> widgets = new Contributions<>(
            Comparator.comparingInt(DashboardWidget::order).thenComparing(DashboardWidget::titleKey),
            DashboardWidget::requiredRoles);

    private final Contributions<SearchProvider> searchProviders = new Contributions<>(
            Comparator.comparingInt(SearchProvider::order)
                    .thenComparing(p -> p.getClass().getName()),
            SearchProvider::requiredRoles);

    private final KeyedContributions<RestResource> restResources = new KeyedContributions<>(
            RestResource::path,
            new Contributions<>(Comparator.comparing(RestResource::path), RestResource::requiredRoles));
    private final KeyedContributions<RestResource> publicResources = new KeyedContributions<>(
            RestResource::path, new Contributions<>(Comparator.comparing(RestResource::path), r -> Set.of()));

    /** REST services by their service object, to find the record again on unbind. */
    private final Map<Object, RestResource> restByService = new ConcurrentHashMap<>();

    /** Position of a menu section: the shell's in their order, others after them. */
    public static int sectionRank(String section) {
        int i = SECTION_ORDER.indexOf(section);
        return i < 0 ? SECTION_ORDER.size() : i;
    }

    // --- views

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addView(ViewContribution view) {
        String route = view.route();
        if (route == null || !ROUTE.matcher(route).matches()) {
            LOG.error("Ignoring view {}: route '{}' is not lower-case words separated by '/'", view, route);
            return;
        }
        if (RESERVED_FIRST_SEGMENTS.contains(route.split("/", 2)[0])) {
            LOG.error("Ignoring view {}: route '{}' is reserved for the shell", view, route);
            return;
        }
        views.add(view);
        LOG.debug("View '{}' added by {}", route, view);
    }

    public void removeView(ViewContribution view) {
        views.remove(view);
    }

    public KeyedContributions<ViewContribution> views() {
        return views;
    }

    // --- dashboard widgets

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addWidget(DashboardWidget widget) {
        widgets.add(widget);
    }

    public void removeWidget(DashboardWidget widget) {
        widgets.remove(widget);
    }

    public Contributions<DashboardWidget> widgets() {
        return widgets;
    }

    // --- search

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addSearchProvider(SearchProvider provider) {
        searchProviders.add(provider);
    }

    public void removeSearchProvider(SearchProvider provider) {
        searchProviders.remove(provider);
    }

    public Contributions<SearchProvider> searchProviders() {
        return searchProviders;
    }

    // --- REST resources

    @Reference(
            service = Object.class,
            target = "(" + RestResources.PATH + "=*)",
            cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    public void addRestResource(Object resource, Map<String, Object> properties) {
        Object pathValue = properties.get(RestResources.PATH);
        String path = pathValue == null ? null : pathValue.toString().strip();
        if (path == null
                || !REST_PATH.matcher(path).matches()
                || "health".equals(path)
                || RestResources.PUBLIC_PREFIX.equals(path)) {
            LOG.error(
                    "Ignoring REST resource {}: {}='{}' is not a valid path segment",
                    resource,
                    RestResources.PATH,
                    path);
            return;
        }
        boolean open = Boolean.parseBoolean(String.valueOf(properties.get(RestResources.PUBLIC)));
        boolean writable = open && Boolean.parseBoolean(String.valueOf(properties.get(RestResources.PUBLIC_WRITES)));
        RestResource rest =
                new RestResource(path, resource, roles(properties.get(RestResources.ROLES), resource), open, writable);
        restByService.put(resource, rest);
        (open ? publicResources : restResources).add(rest);
        LOG.info(
                "REST resource /api/v1/{}{} added ({})",
                open ? "public/" : "",
                path,
                resource.getClass().getName());
    }

    public void removeRestResource(Object resource) {
        RestResource rest = restByService.remove(resource);
        if (rest != null) {
            (rest.open() ? publicResources : restResources).remove(rest);
            LOG.info("REST resource /api/v1/{}{} removed", rest.open() ? "public/" : "", rest.path());
        }
    }

    /** The resources for signed-in callers and API tokens, by path. */
    public KeyedContributions<RestResource> restResources() {
        return restResources;
    }

    /** The resources open to anyone ({@link RestResources#PUBLIC}), by path. */
    public KeyedContributions<RestResource> publicResources() {
        return publicResources;
    }

    /** Kyodo role names from a String or String[] service property; unknown names are logged. */
    static Set<Role> roles(Object value, Object owner) {
        Collection<?> names;
        if (value == null) {
            return Set.of();
        } else if (value instanceof String[] array) {
            names = Arrays.asList(array);
        } else if (value instanceof Collection<?> c) {
            names = c;
        } else {
            names = Arrays.asList(value.toString().split(","));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object n : names) {
            String name = String.valueOf(n).strip();
            Role.fromRoleName(name)
                    .ifPresentOrElse(
                            roles::add,
                            () -> LOG.warn("{}: unknown role '{}' in {} ignored", owner, name, RestResources.ROLES));
        }
        if (roles.isEmpty() && !names.isEmpty()) {
            // a typo must not open the resource to everyone
            roles.add(Role.ADMIN);
        }
        return roles;
    }
}
