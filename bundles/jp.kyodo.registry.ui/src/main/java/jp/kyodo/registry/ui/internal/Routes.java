package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Optional;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PartnerSummary;

/** The registry's routes (other modules link to them: never change them) and links to records. */
final class Routes {

    static final String SEARCH = "registry";
    static final String ORGANISATION = "registry/organisation";
    static final String ORGANISATION_EDIT = "registry/organisation/edit";
    static final String PERSON = "registry/person";
    static final String PERSON_EDIT = "registry/person/edit";
    static final String IMPORT = "registry/import";

    static final String ID = "id";
    static final String QUERY = "q";

    private Routes() {}

    static String organisation(long id) {
        return ORGANISATION + "?" + ID + "=" + id;
    }

    static String person(long id) {
        return PERSON + "?" + ID + "=" + id;
    }

    /** The page of a search hit. */
    static String of(PartnerSummary partner) {
        return partner.kind() == PartnerKind.ORGANISATION ? organisation(partner.id()) : person(partner.id());
    }

    static String editOf(PartnerKind kind, long id) {
        return (kind == PartnerKind.ORGANISATION ? ORGANISATION_EDIT : PERSON_EDIT) + "?" + ID + "=" + id;
    }

    /** The record id in {@code ?id=N}; empty when missing or not a positive number. */
    static Optional<Long> id(QueryParameters parameters) {
        List<String> values = parameters.getParameters().getOrDefault(ID, List.of());
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

    /** Navigates to a route that may carry a query ({@code registry/person?id=3}). */
    static void navigate(String routeWithQuery) {
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
