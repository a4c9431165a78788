package jp.kyodo.events.ui.internal;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.kyodo.core.PageRequest;
import jp.kyodo.events.EventQuery;
import jp.kyodo.web.Formats;
import jp.kyodo.web.SearchHit;
import jp.kyodo.web.SearchProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Events in the shell's global search box, by any of their titles (width, kana and case insensitive), those of
 * the last month and to come, earliest first.
 */
@Component(service = SearchProvider.class)
public final class EventsSearch implements SearchProvider {

    private final EventsServices services;

    @Activate
    public EventsSearch(@Reference EventsServices services) {
        this.services = services;
    }

    @Override
    public List<SearchHit> search(String query, Locale locale, int limit) {
        EventQuery q = new EventQuery(query, LocalDate.now(Formats.ZONE).minusMonths(1), null, false, null);
        String kind = translate(locale, "events.search.kind");
        return services.events().search(q, PageRequest.first(Math.max(1, limit))).items().stream()
                .map(e -> new SearchHit(
                        e.draft().title().in(locale),
                        kind + " · " + Texts.when(e.draft(), locale) + " · " + Texts.where(e),
                        Routes.event(e.id())))
                .toList();
    }

    @Override
    public int order() {
        return 300;
    }

    private static String translate(Locale locale, String key) {
        // called by the shell inside a Vaadin request; without one (tests) the key stands for itself
        return VaadinService.getCurrent() == null ? key : I18NProvider.translate(locale, key);
    }
}
