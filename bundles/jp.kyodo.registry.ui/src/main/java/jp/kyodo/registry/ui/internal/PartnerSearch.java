package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import java.util.Locale;
import jp.kyodo.core.PageRequest;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.web.SearchHit;
import jp.kyodo.web.SearchProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Partners in the shell's global search box: the directory's search (width, kana and case
 * insensitive), as the user may see them.
 */
@Component(service = SearchProvider.class)
public final class PartnerSearch implements SearchProvider {

    private final RegistryServices services;

    @Activate
    public PartnerSearch(@Reference RegistryServices services) {
        this.services = services;
    }

    @Override
    public List<SearchHit> search(String query, Locale locale, int limit) {
        Labels labels =
                new Labels(locale, (key, args) -> translate(locale, key, args), services.fields(), services.areas());
        return services.directory().search(PartnerQuery.text(query), PageRequest.first(limit)).items().stream()
                .map(p -> hit(p, labels))
                .toList();
    }

    static SearchHit hit(PartnerSummary p, Labels labels) {
        String subtitle =
                p.nameReading().isEmpty() ? labels.type(p.type()) : labels.type(p.type()) + " · " + p.nameReading();
        return new SearchHit(p.name(), subtitle, Routes.of(p));
    }

    @Override
    public int order() {
        return 100;
    }

    private static String translate(Locale locale, String key, Object... args) {
        // called by the shell inside a Vaadin request; without one (tests) the key stands for itself
        return VaadinService.getCurrent() == null ? key : I18NProvider.translate(locale, key, args);
    }
}
