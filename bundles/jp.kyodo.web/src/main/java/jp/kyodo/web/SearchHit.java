package jp.kyodo.web;

import java.util.Objects;

/**
 * One result of the global search.
 *
 * @param title what was found, already translated (e.g. a group's name)
 * @param subtitle one short line of context (kind of record, area, date); may be empty
 * @param route where the shell navigates when the hit is chosen, relative to the application root,
 *     with query parameters if needed, e.g. {@code "registry/groups?id=42"}
 */
public record SearchHit(String title, String subtitle, String route) {

    public SearchHit {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(route, "route");
        subtitle = subtitle == null ? "" : subtitle;
        route = route.startsWith("/") ? route.substring(1) : route;
    }
}
