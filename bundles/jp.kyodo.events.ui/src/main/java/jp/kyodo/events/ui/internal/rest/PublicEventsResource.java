package jp.kyodo.events.ui.internal.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import jp.kyodo.events.EventQuery;
import jp.kyodo.events.ui.internal.EventsServices;
import jp.kyodo.web.Formats;
import jp.kyodo.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the city publishes, open to anyone under {@code /api/v1/public/events/}: the iCalendar feed of public
 * events (all, or one venue's) for calendars and the city's website, and the national standard event list as
 * open data. Only public, scheduled events are in either; nobody is signed in during the call.
 */
@Component(
        service = Object.class,
        property = {RestResources.PATH + "=events", RestResources.PUBLIC + "=true"})
public final class PublicEventsResource {

    /** The longest period one request may ask for, so an open URL cannot be made to read everything. */
    static final Period LONGEST = Period.ofYears(2);

    private final EventsServices services;

    @Activate
    public PublicEventsResource(@Reference EventsServices services) {
        this.services = services;
    }

    /** The iCalendar feed of public events, of one venue's rooms with {@code ?venue=}; 3 months without dates. */
    @GET
    @Path("feed.ics")
    @Produces("text/calendar")
    public Response feed(
            @QueryParam("venue") Long venue, @QueryParam("from") String from, @QueryParam("until") String until) {
        LocalDate start = start(from);
        LocalDate end = end(start, until, start.plusMonths(3));
        String ics = services.publishing().icalendar(venue, start, end);
        return Response.ok(ics, "text/calendar; charset=UTF-8")
                .header("Cache-Control", "public, max-age=300")
                .build();
    }

    /** The public events in the national event-list layout (UTF-8 with BOM); a year without dates. */
    @GET
    @Path("list.csv")
    @Produces("text/csv")
    public Response list(@QueryParam("from") String from, @QueryParam("until") String until) {
        LocalDate start = start(from);
        EventQuery query = new EventQuery("", start, end(start, until, start.plusYears(1)), true, null);
        StreamingOutput body = out -> {
            try {
                services.publishing().exportEventList(query, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return RestResources.download(
                "イベント一覧_" + LocalDate.now(Formats.ZONE) + ".csv", "text/csv; charset=UTF-8", body);
    }

    private static LocalDate start(String from) {
        LocalDate first = EventsResource.date("from", from);
        return first == null ? LocalDate.now(Formats.ZONE) : first;
    }

    private static LocalDate end(LocalDate start, String until, LocalDate otherwise) {
        LocalDate last = EventsResource.date("until", until);
        LocalDate end = last == null ? otherwise : last;
        if (end.isBefore(start)) {
            throw new ValidationException(List.of(new FieldError("until", "終了日は開始日以降にしてください")));
        }
        if (end.isAfter(start.plus(LONGEST))) {
            throw new ValidationException(List.of(new FieldError("until", "期間は2年以内で指定してください")));
        }
        return end;
    }
}
