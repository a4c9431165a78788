package jp.kyodo.funding.ui.internal;

import jp.kyodo.web.Navigation;

/** The funding module's routes (other modules and bookmarks link to them: never change them). */
public final class Routes {

    public static final String PROGRAMMES = "funding/programmes";
    public static final String PROGRAMME = "funding/programme";
    public static final String PROGRAMME_EDIT = "funding/programme/edit";
    public static final String APPLICATIONS = "funding/applications";
    public static final String APPLICATION = "funding/application";
    public static final String APPLICATION_EDIT = "funding/application/edit";
    public static final String FUNDS = "funding/funds";
    public static final String FUND = "funding/fund";
    public static final String FUND_EDIT = "funding/fund/edit";
    public static final String NEIGHBOUR_CALLS = "funding/neighbour-calls";

    /** The applications of a programme (list filter; a new application's programme). */
    public static final String PROGRAMME_ID = "programme";
    /** The applications list's state filter: constant names, comma separated. */
    public static final String STATUS = "status";
    /** The programmes list's fiscal year. */
    public static final String YEAR = "year";

    private Routes() {}

    public static String programme(long id) {
        return PROGRAMME + "?" + Navigation.ID + "=" + id;
    }

    public static String application(long id) {
        return APPLICATION + "?" + Navigation.ID + "=" + id;
    }

    public static String fund(long id) {
        return FUND + "?" + Navigation.ID + "=" + id;
    }

    static String edit(String formRoute, long id) {
        return formRoute + "?" + Navigation.ID + "=" + id;
    }
}
