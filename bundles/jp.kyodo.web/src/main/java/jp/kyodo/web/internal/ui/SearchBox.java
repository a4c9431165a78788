package jp.kyodo.web.internal.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import jp.kyodo.core.security.Actor;
import jp.kyodo.web.SearchHit;
import jp.kyodo.web.SearchProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The global search box: asks every search provider the user may use and opens the chosen hit. A
 * provider that fails is logged and skipped, so one broken module cannot break the search.
 */
final class SearchBox extends ComboBox<SearchHit> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SearchBox.class);
    private static final int PER_PROVIDER = 8;

    private final transient Shell shell;

    SearchBox(Shell shell) {
        this.shell = shell;
        setPlaceholder(getTranslation("kyodo.search.placeholder"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        getElement().setAttribute("aria-label", getTranslation("kyodo.search.placeholder"));
        setClearButtonVisible(true);
        setMaxWidth("28rem");
        setMinWidth("8rem");
        setItemLabelGenerator(SearchHit::title);
        setRenderer(LitRenderer.<SearchHit>of("<div><div>${item.title}</div>"
                        + "<div style='font-size:var(--lumo-font-size-s);color:var(--lumo-secondary-text-color)'>"
                        + "${item.subtitle}</div></div>")
                .withProperty("title", SearchHit::title)
                .withProperty("subtitle", SearchHit::subtitle));
        setItems(query -> {
            String text = query.getFilter().orElse("").strip();
            List<SearchHit> hits = text.isEmpty() ? List.of() : search(text, getLocale());
            return hits.stream().skip(query.getOffset()).limit(query.getLimit());
        });
        addValueChangeListener(e -> {
            SearchHit hit = e.getValue();
            if (hit != null && e.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(hit.route()));
                clear();
            }
        });
    }

    private List<SearchHit> search(String text, Locale locale) {
        Actor actor = SessionUser.current().orElse(null);
        List<SearchHit> hits = new ArrayList<>();
        for (SearchProvider p : shell.whiteboard().searchProviders().visibleTo(actor)) {
            try {
                List<SearchHit> found = p.search(text, locale, PER_PROVIDER);
                (found == null ? Stream.<SearchHit>empty() : found.stream().limit(PER_PROVIDER)).forEach(hits::add);
            } catch (RuntimeException e) {
                LOG.warn("Search provider {} failed on '{}'", p.getClass().getName(), text, e);
            }
        }
        return hits;
    }
}
