package jp.kyodo.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.Sort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the modules' lists share: a search box, filters, the count, a grid paged from the service as it
 * scrolls and sorted by it (columns with a sort property), Enter or a click opening a row, the empty state,
 * and the CSV export of what the filters match, in the grid's order.
 *
 * @param <Q> the service's query type
 * @param <T> the record type of a row
 */
public abstract class SearchList<Q, T> extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SearchList.class);

    protected final TextField search = new TextField();
    protected final Grid<T> grid = new Grid<>();
    private final Span count = new Span();
    private final String idPrefix;

    /** What the filters ask for now; read by downloads, which run outside the UI lock. */
    private volatile Q query;

    /** The grid's sort order as the service's sort keys; the export follows it too. */
    private volatile List<Sort> sort = List.of();

    private transient T focused;

    /** @param idPrefix the prefix of the element ids ({@code <prefix>-search}, {@code -grid}, {@code -count} …) */
    protected SearchList(String idPrefix) {
        this.idPrefix = idPrefix;
        setPadding(false);
    }

    /** Lays the page out; call at the end of the subclass constructor. */
    protected void layout(String title, String placeholder, List<Component> actions, List<Component> filters) {
        search.setId(idPrefix + "-search");
        search.setPlaceholder(placeholder);
        search.getElement().setAttribute("aria-label", placeholder);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.setWidthFull();
        search.addValueChangeListener(e -> refresh());

        FlexLayout filterRow = new FlexLayout();
        filterRow.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filterRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        filterRow.getStyle().set("column-gap", "var(--lumo-space-m)");
        filterRow.setWidthFull();
        filters.forEach(filterRow::add);

        count.setId(idPrefix + "-count");
        count.getStyle().set("font-weight", "600");
        HorizontalLayout summary = new HorizontalLayout(count, exportLink());
        summary.setWidthFull();
        summary.setAlignItems(FlexComponent.Alignment.CENTER);
        summary.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        grid.setId(idPrefix + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("calc(100vh - 24rem)");
        grid.setMinHeight("18rem");
        grid.setEmptyStateText(emptyText());
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(
                        grid,
                        () -> {
                            if (focused != null) {
                                open(focused);
                            }
                        },
                        Key.ENTER)
                .listenOn(grid);
        columns(grid);

        add(Ui.header(title, actions.toArray(Component[]::new)), search, filterRow, summary, grid);
        query = currentQuery();
        grid.setItems(q -> fetch(q.getOffset(), q.getLimit(), sorts(q.getSortOrders())), q -> count());
    }

    /** The filters as the service's query. */
    protected abstract Q currentQuery();

    protected abstract Page<T> search(Q query, PageRequest page);

    protected abstract void columns(Grid<T> grid);

    protected abstract void open(T item);

    protected abstract String emptyText();

    /** The export's columns; null when {@link #writeCsv} is overridden instead. */
    protected abstract CsvTable<T> csv();

    /**
     * Writes what the filters match as CSV, in the grid's order: by default {@link #csv()}'s columns over the
     * service's search. A module whose service writes the file itself overrides this.
     *
     * @throws jp.kyodo.core.DomainException when the service refuses, before anything is written
     */
    protected void writeCsv(OutputStream out, Q query, List<Sort> sortedBy) throws IOException {
        csv().write(out, page -> search(query, new PageRequest(page.offset(), page.limit(), sortedBy)));
    }

    /** The export's file name without date and extension, e.g. ニーズ一覧. */
    protected abstract String exportName();

    /** Reads the filters again and reloads the grid from the first row. */
    protected void refresh() {
        query = currentQuery();
        grid.getDataProvider().refreshAll();
    }

    /**
     * The grid's sort orders as the service's keys: a sortable column's sort property is the key it stands
     * for ({@code Needs.SORT_TITLE} …).
     */
    public static List<Sort> sorts(List<QuerySortOrder> orders) {
        return orders.stream()
                .map(o -> new Sort(o.getSorted(), o.getDirection() == SortDirection.ASCENDING))
                .toList();
    }

    private Stream<T> fetch(int offset, int limit, List<Sort> sortedBy) {
        sort = sortedBy;
        try {
            return search(query, new PageRequest(offset, Math.min(limit, PageRequest.MAX_LIMIT), sortedBy))
                    .items()
                    .stream();
        } catch (DomainException e) {
            return Stream.empty();
        }
    }

    private int count() {
        try {
            long total = search(query, PageRequest.first(1)).total();
            count.setText(t("kyodo.list.count", Formats.number(total, getLocale())));
            return (int) Math.min(Integer.MAX_VALUE, total);
        } catch (DomainException e) {
            // a filter the service refuses: say why instead of an empty grid without reason
            count.setText(e.message(getLocale()));
            return 0;
        }
    }

    private Anchor exportLink() {
        String name = exportName();
        DownloadHandler handler = event -> {
            event.setFileName(name + "_" + LocalDate.now(Formats.ZONE) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            Q now = query;
            List<Sort> sortedBy = sort;
            try {
                writeCsv(event.getOutputStream(), now, sortedBy);
            } catch (IOException e) {
                LOG.warn("Export {} interrupted: {}", name, e.getMessage());
            } catch (DomainException e) {
                LOG.info("Export {} refused: {}", name, e.getMessage());
                event.getResponse().setStatus(403);
            }
        };
        Anchor link = new Anchor(handler, "");
        link.getElement().setAttribute("download", true);
        Button button = new Button(t("kyodo.list.export"), VaadinIcon.DOWNLOAD_ALT.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("tabindex", "-1");
        link.add(button);
        link.getElement().setAttribute("aria-label", t("kyodo.list.exportOf", name));
        link.setId(idPrefix + "-export");
        return link;
    }

    protected String t(String key, Object... args) {
        return getTranslation(key, args);
    }
}
