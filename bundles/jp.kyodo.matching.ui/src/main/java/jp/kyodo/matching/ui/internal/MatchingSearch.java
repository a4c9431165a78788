package jp.kyodo.matching.ui.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.matching.DeskQuery;
import jp.kyodo.matching.NeedQuery;
import jp.kyodo.matching.OfferQuery;
import jp.kyodo.matching.ProjectQuery;
import jp.kyodo.web.SearchHit;
import jp.kyodo.web.SearchProvider;
import jp.kyodo.web.TextLabels;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Needs, offers, projects and — for staff — desk items in the shell's global search box, by the services'
 * text search (width, kana and case insensitive), as the user may see them. The kinds take turns so that
 * one kind cannot crowd out the others.
 */
@Component(service = SearchProvider.class)
public final class MatchingSearch implements SearchProvider {

    private final MatchingServices services;

    @Activate
    public MatchingSearch(@Reference MatchingServices services) {
        this.services = services;
    }

    @Override
    public List<SearchHit> search(String query, Locale locale, int limit) {
        Labels labels = new Labels(locale, TextLabels.shellTexts(locale), services.fields(), services.areas());
        PageRequest first = PageRequest.first(Math.max(1, limit));
        List<List<SearchHit>> kinds = new ArrayList<>();
        kinds.add(services.needs().search(new NeedQuery(query, Set.of(), null, "", null), first).items().stream()
                .map(n -> new SearchHit(
                        n.details().title(),
                        subtitle(labels, "matching.search.need", labels.of(n.status()), n.ownerName()),
                        Routes.need(n.id())))
                .toList());
        kinds.add(services.offers().search(new OfferQuery(query, Set.of(), null, null), first).items().stream()
                .map(o -> new SearchHit(
                        o.details().title(),
                        subtitle(labels, "matching.search.offer", labels.of(o.status()), o.providerName()),
                        Routes.offer(o.id())))
                .toList());
        kinds.add(services.projects().search(new ProjectQuery(query, null, null, null, false), first).items().stream()
                .map(p -> new SearchHit(
                        p.details().title(),
                        subtitle(
                                labels,
                                "matching.search.project",
                                labels.of(p.details().form()),
                                p.departmentName()),
                        Routes.project(p.id())))
                .toList());
        if (Permissions.hasRole(Role.STAFF)) {
            try {
                kinds.add(services.desk().search(new DeskQuery(Set.of(), null, false, query), first).items().stream()
                        .map(d -> new SearchHit(
                                d.details().subject(),
                                subtitle(
                                        labels,
                                        "matching.search.desk",
                                        labels.of(d.status()),
                                        d.details().fromName()),
                                Routes.deskItem(d.id())))
                        .toList());
            } catch (DomainException e) {
                // not for this user after all: the other kinds still answer
            }
        }
        return takeTurns(kinds, limit);
    }

    /** The first of each list, then the second of each …, at most {@code limit}. */
    static <T> List<T> takeTurns(List<List<T>> lists, int limit) {
        List<Iterator<T>> its = lists.stream().map(List::iterator).toList();
        List<T> out = new ArrayList<>();
        boolean more = true;
        while (more && out.size() < limit) {
            more = false;
            for (Iterator<T> it : its) {
                if (it.hasNext() && out.size() < limit) {
                    out.add(it.next());
                    more = true;
                }
            }
        }
        return out;
    }

    private static String subtitle(Labels labels, String kindKey, String state, String who) {
        String s = labels.text(kindKey) + " · " + state;
        return who == null || who.isEmpty() ? s : s + " · " + who;
    }

    @Override
    public int order() {
        return 200;
    }
}
