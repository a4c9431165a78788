package jp.kyodo.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Optional;

/** Links between the modules' pages: a record's id in {@code ?id=N}, and routes that carry a query. */
public final class Navigation {

    /** The query parameter of a record's id. */
    public static final String ID = "id";

    private Navigation() {}

    /** A positive number in {@code ?name=N}; empty when missing or not one. */
    public static Optional<Long> id(QueryParameters parameters, String name) {
        List<String> values = parameters.getParameters().getOrDefault(name, List.of());
        if (values.size() != 1) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(values.get(0).strip());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The record's id in {@code ?id=N}. */
    public static Optional<Long> id(QueryParameters parameters) {
        return id(parameters, ID);
    }

    /** Navigates the current UI to a route that may carry a query ({@code matching/need?id=3}). */
    public static void navigate(String routeWithQuery) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        int q = routeWithQuery.indexOf('?');
        if (q < 0) {
            ui.navigate(routeWithQuery);
        } else {
            ui.navigate(routeWithQuery.substring(0, q), QueryParameters.fromString(routeWithQuery.substring(q + 1)));
        }
    }
}
