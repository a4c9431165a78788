package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;
import jp.kyodo.web.Navigation;

/** The matching module's routes (other modules and bookmarks link to them: never change them). */
public final class Routes {

    public static final String NEEDS = "matching/needs";
    public static final String NEED = "matching/need";
    public static final String NEED_EDIT = "matching/need/edit";
    public static final String OFFERS = "matching/offers";
    public static final String OFFER = "matching/offer";
    public static final String OFFER_EDIT = "matching/offer/edit";
    public static final String MATCHES = "matching/matches";
    public static final String MATCH_LIST = "matching/matches/list";
    public static final String MATCH = "matching/match";
    public static final String CASES = "matching/cases";
    public static final String CASE_EDIT = "matching/case/edit";
    public static final String DESK = "matching/desk";
    public static final String DESK_ITEM = "matching/desk/item";
    public static final String DESK_RECEIVE = "matching/desk/receive";
    public static final String DESK_STATISTICS = "matching/desk/statistics";
    public static final String PROJECTS = "matching/projects";
    public static final String PROJECT = "matching/project";
    public static final String PROJECT_EDIT = "matching/project/edit";
    public static final String AGENDAS = "matching/agendas";
    public static final String AGENDA_EDIT = "matching/agenda/edit";

    /** The record's id. */
    public static final String ID = Navigation.ID;
    /** A case study's match (new case). */
    public static final String MATCH_ID = "match";
    /** The projects of an agenda. */
    public static final String AGENDA_ID = "agenda";
    /** Projects without an exit strategy whose end is near. */
    public static final String EXIT_DUE = "exitDue";
    /** Overdue desk items only. */
    public static final String OVERDUE = "overdue";
    /** The match list's filters. */
    public static final String STAGE = "stage";

    public static final String STALE = "stale";

    private Routes() {}

    public static String need(long id) {
        return NEED + "?" + ID + "=" + id;
    }

    public static String offer(long id) {
        return OFFER + "?" + ID + "=" + id;
    }

    public static String match(long id) {
        return MATCH + "?" + ID + "=" + id;
    }

    public static String deskItem(long id) {
        return DESK_ITEM + "?" + ID + "=" + id;
    }

    public static String project(long id) {
        return PROJECT + "?" + ID + "=" + id;
    }

    static String edit(String formRoute, long id) {
        return formRoute + "?" + ID + "=" + id;
    }

    static Optional<Long> id(QueryParameters parameters, String name) {
        return Navigation.id(parameters, name);
    }

    static Optional<Long> id(QueryParameters parameters) {
        return Navigation.id(parameters);
    }

    static void navigate(String routeWithQuery) {
        Navigation.navigate(routeWithQuery);
    }
}
