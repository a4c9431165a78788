/**
 * The Kyodo shell's extension points. A plugin bundle contributes to the web UI and the REST API by
 * registering OSGi services (usually Declarative Services components); the shell tracks them and
 * adds or removes menu entries, routes, dashboard cards, search results and REST endpoints while
 * it runs, in every open browser tab.
 *
 * <ul>
 *   <li>{@link jp.kyodo.web.ViewContribution}: a routed page, with a menu entry unless it is reached
 *       only through links;
 *   <li>{@link jp.kyodo.web.DashboardWidget}: a card on the home page;
 *   <li>{@link jp.kyodo.web.SearchProvider}: answers the global search box;
 *   <li>REST resources: any JAX-RS ({@code jakarta.ws.rs}) resource object registered with the
 *       service property {@value jp.kyodo.web.RestResources#PATH}, see {@link
 *       jp.kyodo.web.RestResources}.
 * </ul>
 *
 * <p>Texts are translated through the shell's {@code I18NProvider}: a bundle names its resource
 * bundle in the {@value jp.kyodo.web.Translations#HEADER} manifest header, see {@link
 * jp.kyodo.web.Translations}. {@link jp.kyodo.web.Formats} formats dates (with the Japanese era),
 * numbers and yen amounts.
 *
 * <p>The pieces every module's pages share, so that they look and behave alike: {@link
 * jp.kyodo.web.PageContribution} and {@link jp.kyodo.web.DashboardCard} (a page or a card as one value), {@link
 * jp.kyodo.web.SearchList} (a searchable, sortable, paged list with its CSV export), {@link
 * jp.kyodo.web.EditForm} (a form that shows the services' validation errors at their fields through
 * {@link jp.kyodo.web.FieldErrors}), {@link jp.kyodo.web.Ui} (notices, badges, cards, confirmations),
 * {@link jp.kyodo.web.YenField} and {@link jp.kyodo.web.Yen} (amounts typed as 12万 or 120,000円),
 * {@link jp.kyodo.web.CsvTable} (CSV that Excel opens) and {@link jp.kyodo.web.Navigation}. REST
 * resources find their common answers (CSV downloads, sort keys, constants, 201) in {@link
 * jp.kyodo.web.RestResources}.
 *
 * <p>Security: the signed-in user is available to every service call made while the shell handles
 * a request, through {@link jp.kyodo.core.security.SecurityContext}. Required roles declared here
 * are enforced by the shell on navigation and on REST calls; domain services check permissions
 * again themselves.
 */
@Version("1.5.0")
package jp.kyodo.web;

import org.osgi.annotation.versioning.Version;
