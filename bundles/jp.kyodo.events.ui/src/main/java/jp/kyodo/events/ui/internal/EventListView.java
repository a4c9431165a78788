package jp.kyodo.events.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.Sort;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.events.Event;
import jp.kyodo.events.EventQuery;
import jp.kyodo.web.CsvTable;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.Formats;
import jp.kyodo.web.Navigation;
import jp.kyodo.web.SearchList;
import jp.kyodo.web.Ui;

/**
 * イベント: the events of a period, searched in any title language, earliest first, paged from the service as it
 * scrolls; {@code ?series=N} shows one recurring series (its dates, moved and called-off ones included). The
 * download is the national event list of the public events the filters match.
 */
final class EventListView extends SearchList<EventQuery, Event> implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;

    private final transient EventsServices services;
    private final DatePicker from;
    private final DatePicker until;
    private final Checkbox publicOnly = new Checkbox();
    private final Button seriesChip = new Button();
    private Long series;

    EventListView(EventsServices services) {
        super("events");
        this.services = services;
        from = FormFields.date(t("events.list.from"), getLocale(), "events-from");
        until = FormFields.date(t("events.list.until"), getLocale(), "events-until");
        from.setValue(LocalDate.now(Formats.ZONE));
        from.setClearButtonVisible(true);
        from.setWidth("12rem");
        until.setWidth("12rem");
        until.setClearButtonVisible(true);
        publicOnly.setLabel(t("events.list.publicOnly"));
        publicOnly.setId("events-public-only");
        from.addValueChangeListener(e -> refresh());
        until.addValueChangeListener(e -> refresh());
        publicOnly.addValueChangeListener(e -> refresh());
        seriesChip.setIcon(VaadinIcon.CLOSE_SMALL.create());
        seriesChip.setIconAfterText(true);
        seriesChip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        seriesChip.setId("events-series-filter");
        seriesChip.setVisible(false);
        seriesChip.addClickListener(e -> Navigation.navigate(Routes.EVENTS));

        List<Component> actions = new ArrayList<>();
        Anchor feed = new Anchor("/api/v1/public/events/feed.ics", t("events.list.feed"));
        feed.setId("events-feed");
        feed.getElement().setAttribute("title", t("events.list.feedHint"));
        actions.add(feed);
        if (Permissions.hasRole(Role.STAFF)) {
            Button series = new Button(
                    t("events.series.title"),
                    VaadinIcon.CALENDAR_O.create(),
                    e -> Navigation.navigate(Routes.SERIES_NEW));
            series.setId("events-new-series");
            Button create = new Button(
                    t("events.form.title"), VaadinIcon.PLUS.create(), e -> Navigation.navigate(Routes.EVENT_EDIT));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("events-new-event");
            actions.add(series);
            actions.add(create);
        }
        layout(t("events.list.title"), t("events.list.search"), actions, List.of(from, until, publicOnly, seriesChip));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        series = Navigation.id(event.getLocation().getQueryParameters(), "series")
                .orElse(null);
        seriesChip.setVisible(series != null);
        if (series != null) {
            // a series is shown whole: from its first date
            from.setValue(null);
            seriesChip.setText(t("events.list.series", seriesTitle(series)));
        }
        refresh();
    }

    private String seriesTitle(long id) {
        try {
            var first = services.events().search(new EventQuery("", null, null, false, id), PageRequest.first(1));
            return first.items().isEmpty()
                    ? "#" + id
                    : first.items().get(0).draft().title().in(getLocale());
        } catch (DomainException e) {
            return "#" + id;
        }
    }

    @Override
    protected EventQuery currentQuery() {
        return new EventQuery(search.getValue(), from.getValue(), until.getValue(), publicOnly.getValue(), series);
    }

    @Override
    protected Page<Event> search(EventQuery query, PageRequest page) {
        return services.events().search(query, page);
    }

    @Override
    protected void columns(Grid<Event> grid) {
        grid.addColumn(e -> Texts.when(e.draft(), getLocale()))
                .setHeader(t("events.col.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.draft().title().in(getLocale()))
                .setHeader(t("events.col.title"))
                .setTooltipGenerator(e -> e.draft().title().in(getLocale()))
                .setFlexGrow(3);
        grid.addColumn(Texts::where)
                .setHeader(t("events.col.where"))
                .setTooltipGenerator(Texts::where)
                .setFlexGrow(2);
        grid.addColumn(Texts::organisers)
                .setHeader(t("events.col.organisers"))
                .setTooltipGenerator(Texts::organisers)
                .setFlexGrow(2);
        grid.addColumn(e -> e.draft().capacity() == null
                        ? ""
                        : e.confirmed() + " / " + e.draft().capacity()
                                + (e.waiting() > 0 ? " (" + t("events.col.waiting", e.waiting()) + ")" : ""))
                .setHeader(t("events.col.places"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(e -> Ui.badge(
                        t("events.status." + e.status().name()),
                        switch (e.status()) {
                            case SCHEDULED -> "success";
                            case CANCELLED -> "error";
                            default -> "contrast";
                        }))
                .setHeader(t("events.col.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    @Override
    protected void open(Event item) {
        Navigation.navigate(Routes.event(item.id()));
    }

    @Override
    protected String emptyText() {
        return t("events.list.empty");
    }

    @Override
    protected CsvTable<Event> csv() {
        return null;
    }

    /** The national event list of the public events the filters match (the service writes the layout). */
    @Override
    protected void writeCsv(OutputStream out, EventQuery query, List<Sort> sortedBy) throws IOException {
        services.publishing().exportEventList(query, out);
    }

    @Override
    protected String exportName() {
        return t("events.list.exportName");
    }
}
