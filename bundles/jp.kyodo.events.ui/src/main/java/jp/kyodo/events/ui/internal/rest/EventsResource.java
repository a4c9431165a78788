package jp.kyodo.events.ui.internal.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.events.BookingDraft;
import jp.kyodo.events.Event;
import jp.kyodo.events.EventDraft;
import jp.kyodo.events.EventImportReport;
import jp.kyodo.events.EventQuery;
import jp.kyodo.events.Exhibitor;
import jp.kyodo.events.Registration;
import jp.kyodo.events.RegistrationDraft;
import jp.kyodo.events.Room;
import jp.kyodo.events.RoomBooking;
import jp.kyodo.events.RoomCalendar;
import jp.kyodo.events.RoomDraft;
import jp.kyodo.events.RoomOccupancy;
import jp.kyodo.events.Venue;
import jp.kyodo.events.VenueDraft;
import jp.kyodo.events.ui.internal.EventsServices;
import jp.kyodo.web.Formats;
import jp.kyodo.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The events module's REST API under {@code /api/v1/events/} (documented in the module README). Every call runs
 * as the caller, so the services' role checks apply unchanged; bad input is answered with the core's exceptions.
 */
@Component(
        service = Object.class,
        property = {RestResources.PATH + "=events", RestResources.ROLES + "=kyodo-viewer"})
@Produces(MediaType.APPLICATION_JSON)
public final class EventsResource {

    /** Body of a registration. */
    public record NewRegistration(String name, String contact, Integer people, String language) {}

    private final EventsServices services;

    @Activate
    public EventsResource(@Reference EventsServices services) {
        this.services = services;
    }

    // ---- events -----------------------------------------------------------------------------------

    @GET
    public Page<Event> events(
            @QueryParam("q") String q,
            @QueryParam("from") String from,
            @QueryParam("until") String until,
            @QueryParam("public") @DefaultValue("false") boolean publicOnly,
            @QueryParam("series") Long series,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return services.events()
                .search(
                        new EventQuery(q, date("from", from), date("until", until), publicOnly, series),
                        new PageRequest(offset, limit, List.of()));
    }

    /** Creates an event (staff); 201 with the event. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(EventDraft draft) {
        return RestResources.created(services.events().create(RestResources.required(draft)));
    }

    /** Changes an event ({@code ?version=} as read; staff). */
    @jakarta.ws.rs.PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Event update(@PathParam("id") long id, @QueryParam("version") int version, EventDraft draft) {
        return services.events().update(id, version, RestResources.required(draft));
    }

    @GET
    @Path("{id: \\d+}")
    public Event event(@PathParam("id") long id) {
        return services.events().get(id);
    }

    @GET
    @Path("{id: \\d+}/registrations")
    public List<Registration> registrations(@PathParam("id") long id) {
        return services.registrations().of(id);
    }

    @POST
    @Path("{id: \\d+}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Registration register(@PathParam("id") long id, NewRegistration body) {
        NewRegistration b = body == null ? new NewRegistration("", "", 1, "ja") : body;
        return services.registrations()
                .register(new RegistrationDraft(
                        id, b.name(), b.contact(), b.people() == null ? 1 : b.people(), b.language()));
    }

    /** Cancels; the answer lists the registrations that moved up from the waiting list. */
    @POST
    @Path("registrations/{id: \\d+}/cancel")
    public List<Registration> cancelRegistration(@PathParam("id") long id) {
        return services.registrations().cancel(id);
    }

    @POST
    @Path("registrations/{id: \\d+}/check-in")
    public Registration checkIn(@PathParam("id") long id) {
        return services.registrations().checkIn(id);
    }

    @GET
    @Path("{id: \\d+}/exhibitors")
    public List<Exhibitor> exhibitors(@PathParam("id") long id) {
        return services.exhibitors().of(id);
    }

    // ---- venues, rooms, bookings ---------------------------------------------------------------------

    @GET
    @Path("venues")
    public List<Venue> venues() {
        return services.venues().venues();
    }

    /** Creates a venue (coordinators); 201. */
    @POST
    @Path("venues")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createVenue(VenueDraft draft) {
        return RestResources.created(services.venues().createVenue(RestResources.required(draft)));
    }

    /** Adds a room to a venue (coordinators); 201. */
    @POST
    @Path("rooms")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addRoom(RoomDraft draft) {
        return RestResources.created(services.venues().addRoom(RestResources.required(draft)));
    }

    @GET
    @Path("rooms")
    public List<Room> rooms(@QueryParam("venue") Long venue) {
        return services.venues().rooms(venue);
    }

    /** {@code ?month=2026-12}; this month without one. */
    @GET
    @Path("rooms/{id: \\d+}/calendar")
    public RoomCalendar calendar(@PathParam("id") long id, @QueryParam("month") String month) {
        return services.bookings().calendar(month(month), List.of(id)).get(0);
    }

    @GET
    @Path("rooms/occupancy")
    public List<RoomOccupancy> occupancy(@QueryParam("from") String from, @QueryParam("until") String until) {
        LocalDate first = date("from", from);
        LocalDate start = first == null ? LocalDate.now(Formats.ZONE) : first;
        LocalDate last = date("until", until);
        return services.bookings().occupancy(start, last == null ? start.plusDays(6) : last);
    }

    @POST
    @Path("bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(BookingDraft draft) {
        return RestResources.created(services.bookings().book(RestResources.required(draft)));
    }

    @GET
    @Path("bookings/{id: \\d+}")
    public RoomBooking booking(@PathParam("id") long id) {
        return services.bookings().get(id);
    }

    @DELETE
    @Path("bookings/{id: \\d+}")
    public RoomBooking cancelBooking(@PathParam("id") long id, @QueryParam("reason") String reason) {
        return services.bookings().cancel(id, reason);
    }

    // ---- publishing --------------------------------------------------------------------------------

    /**
     * Imports an event list (the file as the body, any content type); {@code ?commit=true} writes it when every
     * row is valid, otherwise only the report.
     */
    @POST
    @Path("list")
    @Consumes(MediaType.WILDCARD)
    public EventImportReport importList(byte[] file, @QueryParam("commit") @DefaultValue("false") boolean commit) {
        return services.publishing().importEventList(file == null ? new byte[0] : file, commit);
    }

    // ---- parameters ----------------------------------------------------------------------------------

    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(List.of(new FieldError(field, "日付はYYYY-MM-DDで指定してください")));
        }
    }

    static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.now(Formats.ZONE);
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(List.of(new FieldError("month", "月はYYYY-MMで指定してください")));
        }
    }
}
