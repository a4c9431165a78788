package jp.kyodo.funding.ui.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.funding.ApplicationQuery;
import jp.kyodo.funding.ProgrammeQuery;
import jp.kyodo.web.SearchHit;
import jp.kyodo.web.SearchProvider;
import jp.kyodo.web.TextLabels;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Grant programmes and — for staff — applications in the shell's global search box, by the services' text
 * search (width, kana and case insensitive), as the user may see them; the two kinds take turns.
 */
@Component(service = SearchProvider.class)
public final class FundingSearch implements SearchProvider {

    private final FundingServices services;

    @Activate
    public FundingSearch(@Reference FundingServices services) {
        this.services = services;
    }

    @Override
    public List<SearchHit> search(String query, Locale locale, int limit) {
        Labels labels = new Labels(locale, TextLabels.shellTexts(locale), services.areas());
        PageRequest first = PageRequest.first(Math.max(1, limit));
        List<SearchHit> programmes =
                services
                        .programmes()
                        .search(new ProgrammeQuery(query, null, null, null, "", null), first)
                        .items()
                        .stream()
                        .map(p -> new SearchHit(
                                p.details().title(),
                                labels.text("funding.search.programme") + " · "
                                        + labels.fiscalYear(p.details().fiscalYear()) + " · " + labels.of(p.status()),
                                Routes.programme(p.id())))
                        .toList();
        List<SearchHit> applications = List.of();
        if (Permissions.hasRole(Role.STAFF)) {
            try {
                applications =
                        services
                                .applications()
                                .search(new ApplicationQuery(query, null, null, null, Set.of()), first)
                                .items()
                                .stream()
                                .map(a -> new SearchHit(
                                        a.title(),
                                        labels.text("funding.search.application") + " · " + labels.of(a.status())
                                                + " · " + a.organisationName(),
                                        Routes.application(a.id())))
                                .toList();
            } catch (DomainException e) {
                // not for this user after all: the programmes still answer
            }
        }
        List<SearchHit> out = new ArrayList<>();
        Iterator<SearchHit> p = programmes.iterator();
        Iterator<SearchHit> a = applications.iterator();
        while (out.size() < limit && (p.hasNext() || a.hasNext())) {
            if (p.hasNext()) {
                out.add(p.next());
            }
            if (a.hasNext() && out.size() < limit) {
                out.add(a.next());
            }
        }
        return out;
    }

    @Override
    public int order() {
        return 300;
    }
}
