package jp.kyodo.exchange.ui.internal;

import java.util.List;
import java.util.Locale;
import jp.kyodo.core.PageRequest;
import jp.kyodo.exchange.ReceivedQuery;
import jp.kyodo.exchange.ReceivedRecord;
import jp.kyodo.web.SearchHit;
import jp.kyodo.web.SearchProvider;
import jp.kyodo.web.TextLabels;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Received records in the shell's global search box, by their titles (the inbox's text search: width, kana and
 * case insensitive); a hit opens the received records.
 */
@Component(service = SearchProvider.class)
public final class ExchangeSearch implements SearchProvider {

    private final ExchangeServices services;

    @Activate
    public ExchangeSearch(@Reference ExchangeServices services) {
        this.services = services;
    }

    @Override
    public List<SearchHit> search(String query, Locale locale, int limit) {
        TextLabels texts = new TextLabels("exchange.", locale, TextLabels.shellTexts(locale));
        return services
                .inbox()
                .received(new ReceivedQuery("", "", null, query), PageRequest.first(Math.max(1, limit)))
                .items()
                .stream()
                .map(r -> new SearchHit(
                        r.title(),
                        texts.text("exchange.from", from(r)) + " · " + texts.of(r.status()),
                        Routes.received(r.title())))
                .toList();
    }

    /** The neighbour's name (川崎市), its code when the name is unknown. */
    private static String from(ReceivedRecord r) {
        return r.peerName() == null || r.peerName().isBlank() ? r.peerCode() : r.peerName();
    }

    @Override
    public int order() {
        return 500;
    }
}
