package jp.kyodo.events.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.events.Event;
import jp.kyodo.events.EventQuery;
import jp.kyodo.web.Formats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** イベント: the events from a day on, searchable in any title language, paged from the service as it scrolls. */
final class EventListView extends VerticalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(EventListView.class);

    private final EventsServices services;
    private final TextField text = new TextField();
    private final DatePicker from = new DatePicker();
    private final Grid<Event> grid = new Grid<>();
    /** What the filters ask for now; read by the download, which runs outside the UI lock. */
    private volatile EventQuery query;

    EventListView(EventsServices services) {
        this.services = services;
        setSizeFull();
        text.setPlaceholder(getTranslation("events.list.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("events-search");
        from.setLabel(getTranslation("events.list.from"));
        from.setValue(LocalDate.now(Formats.ZONE));
        text.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        Anchor export = new Anchor(export(), "");
        export.getElement().setAttribute("download", true);
        Button exportButton = new Button(getTranslation("events.list.export"));
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);
        export.setId("events-export");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("events.list.title")), export);
        header.setAlignItems(Alignment.BASELINE);
        if (Permissions.hasRole(Role.STAFF)) {
            Button create = new Button(
                    getTranslation("events.form.title"), e -> getUI().ifPresent(ui -> ui.navigate(Routes.EVENT_EDIT)));
            create.setId("events-new-event");
            header.add(create);
            Button series = new Button(getTranslation("events.series.title"), e -> getUI().ifPresent(
                            ui -> ui.navigate(Routes.SERIES_NEW)));
            series.setId("events-new-series");
            header.add(series);
        }
        grid.addColumn(e -> Texts.when(e.draft(), getLocale()))
                .setHeader(getTranslation("events.col.when"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.draft().title().in(getLocale()))
                .setHeader(getTranslation("events.col.title"))
                .setFlexGrow(2);
        grid.addColumn(Texts::where).setHeader(getTranslation("events.col.where"));
        grid.addColumn(Texts::organisers).setHeader(getTranslation("events.col.organisers"));
        grid.addColumn(e -> e.draft().capacity() == null
                        ? ""
                        : e.confirmed() + " / " + e.draft().capacity()
                                + (e.waiting() > 0
                                        ? " (" + getTranslation("events.col.waiting", e.waiting()) + ")"
                                        : ""))
                .setHeader(getTranslation("events.col.places"));
        grid.addColumn(e -> getTranslation("events.status." + e.status().name()))
                .setHeader(getTranslation("events.col.status"));
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate(Routes.event(e.getItem().id()))));
        grid.setId("events-grid");
        add(header, new HorizontalLayout(text, from), grid);
        refresh();
    }

    private void refresh() {
        EventQuery q = new EventQuery(text.getValue(), from.getValue(), null, false, null);
        query = q;
        grid.setItems(
                fetch ->
                        services
                                .events()
                                .search(q, new PageRequest(fetch.getOffset(), fetch.getLimit(), List.of()))
                                .items()
                                .stream(),
                count -> (int) Math.min(
                        Integer.MAX_VALUE,
                        services.events().search(q, PageRequest.first(1)).total()));
    }

    /** The public events the filters match, in the national event-list layout (UTF-8 with BOM). */
    private DownloadHandler export() {
        return event -> {
            event.setFileName("イベント一覧_" + LocalDate.now(Formats.ZONE) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            try {
                services.publishing().exportEventList(query, event.getOutputStream());
            } catch (IOException e) {
                LOG.warn("Event-list export interrupted: {}", e.getMessage());
            }
        };
    }
}
