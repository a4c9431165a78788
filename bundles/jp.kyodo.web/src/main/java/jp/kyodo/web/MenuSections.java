package jp.kyodo.web;

/**
 * The i18n keys of the side menu's sections (see {@link ViewContribution#section()}). A plugin may
 * use its own key, which then becomes a section of its own, ordered after these.
 */
public final class MenuSections {

    /** Pages for everyone: the home page and general tools. */
    public static final String GENERAL = "kyodo.section.general";

    /** Partners and the people of the registry (団体・人材). */
    public static final String PARTNERS = "kyodo.section.partners";

    /** Collaboration: matching, projects, events, funding, training (協働). */
    public static final String COLLABORATION = "kyodo.section.collaboration";

    /** Reports and statistics. */
    public static final String REPORTS = "kyodo.section.reports";

    /** Administration; the shell's own admin pages are here. */
    public static final String ADMINISTRATION = "kyodo.section.administration";

    private MenuSections() {}
}
