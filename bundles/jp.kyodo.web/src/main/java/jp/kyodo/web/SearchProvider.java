package jp.kyodo.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.kyodo.core.security.Role;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Answers the shell's global search box for one module. Register an implementation as an OSGi
 * service; the shell asks every provider the user may use and lists the hits grouped by provider
 * in the order of {@link #order()}.
 *
 * <p>The call runs with the user in {@link jp.kyodo.core.security.SecurityContext}: return only
 * what that user may see. Match the way the rest of Kyodo does (width, kana and case insensitive).
 */
@ConsumerType
public interface SearchProvider {

    /**
     * Searches.
     *
     * @param query what the user typed, stripped, at least one character
     * @param locale the user's language, for the hit texts
     * @param limit the most hits the shell will show from this provider
     * @return at most {@code limit} hits, best first; never null
     */
    List<SearchHit> search(String query, Locale locale, int limit);

    /** Position of this provider's hits, smaller first. */
    default int order() {
        return ViewContribution.DEFAULT_ORDER;
    }

    /**
     * Who may use this provider: at least one of these roles (administrators may use all); empty
     * means every signed-in user.
     */
    default Set<Role> requiredRoles() {
        return Set.of();
    }
}
