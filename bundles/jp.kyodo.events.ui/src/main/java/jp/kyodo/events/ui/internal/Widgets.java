package jp.kyodo.events.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import jp.kyodo.core.PageRequest;
import jp.kyodo.events.Event;
import jp.kyodo.events.EventQuery;
import jp.kyodo.events.RoomOccupancy;
import jp.kyodo.web.DashboardWidget;
import jp.kyodo.web.Formats;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The events module's dashboard cards: upcoming events, room occupancy this week. */
public final class Widgets {

    static final int EVENTS = 5;
    static final int ROOMS = 6;

    private Widgets() {}

    /** これからのイベント: the next five. */
    @org.osgi.service.component.annotations.Component(service = DashboardWidget.class)
    public static final class UpcomingEvents implements DashboardWidget {

        private final EventsServices services;

        @Activate
        public UpcomingEvents(@Reference EventsServices services) {
            this.services = services;
        }

        @Override
        public String titleKey() {
            return "events.widget.upcoming";
        }

        @Override
        public int order() {
            return 300;
        }

        @Override
        public Component createContent() {
            Div content = new Div();
            content.setId("events-upcoming-widget");
            List<Event> next = services.events()
                    .search(
                            new EventQuery("", LocalDate.now(Formats.ZONE), null, false, null),
                            PageRequest.first(EVENTS))
                    .items();
            for (Event e : next) {
                Div row = new Div();
                row.add(new Span(Texts.when(e.draft(), Forms.locale()) + " "));
                row.add(new Anchor(Routes.event(e.id()), e.draft().title().in(Forms.locale())));
                content.add(row);
            }
            if (next.isEmpty()) {
                content.add(new Span(content.getTranslation("events.widget.none")));
            }
            content.add(new Div(new Anchor(Routes.EVENTS, content.getTranslation("events.widget.all"))));
            return content;
        }
    }

    /** 今週の部屋の利用状況: the fullest rooms from Monday to Sunday. */
    @org.osgi.service.component.annotations.Component(service = DashboardWidget.class)
    public static final class RoomOccupancyThisWeek implements DashboardWidget {

        private final EventsServices services;

        @Activate
        public RoomOccupancyThisWeek(@Reference EventsServices services) {
            this.services = services;
        }

        @Override
        public String titleKey() {
            return "events.widget.occupancy";
        }

        @Override
        public int order() {
            return 310;
        }

        @Override
        public Component createContent() {
            Div content = new Div();
            content.setId("events-occupancy-widget");
            LocalDate monday = LocalDate.now(Formats.ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            List<RoomOccupancy> rooms = services.bookings().occupancy(monday, monday.plusDays(6));
            for (RoomOccupancy o : rooms.subList(0, Math.min(ROOMS, rooms.size()))) {
                Div row = new Div();
                Div bar = new Div();
                bar.getStyle()
                        .set("height", "0.4rem")
                        .set("width", o.percent() + "%")
                        .set("background", "var(--lumo-primary-color)");
                row.add(
                        new Span(o.room().fullName() + " " + o.percent() + "%（"
                                + content.getTranslation("events.widget.bookings", o.bookings()) + "）"),
                        bar);
                content.add(row);
            }
            content.add(new Div(new Anchor(Routes.ROOMS, content.getTranslation("events.widget.toRooms"))));
            return content;
        }
    }
}
