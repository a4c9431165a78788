package jp.kyodo.exchange.ui.internal.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.exchange.Conflict;
import jp.kyodo.exchange.Direction;
import jp.kyodo.exchange.Identity;
import jp.kyodo.exchange.LogEntry;
import jp.kyodo.exchange.LogQuery;
import jp.kyodo.exchange.Outcome;
import jp.kyodo.exchange.Peer;
import jp.kyodo.exchange.PeerDraft;
import jp.kyodo.exchange.ReceivedQuery;
import jp.kyodo.exchange.ReceivedRecord;
import jp.kyodo.exchange.ReceivedStatus;
import jp.kyodo.exchange.Resolution;
import jp.kyodo.exchange.ShareCandidate;
import jp.kyodo.exchange.ShareableKind;
import jp.kyodo.exchange.SharedRecord;
import jp.kyodo.exchange.ui.internal.ExchangeServices;
import jp.kyodo.web.RestResources;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The exchange module's REST API under {@code /api/v1/exchange/}: this city's identity, the neighbours, what is
 * shared and received, conflicts and the message log. Every call runs as the caller, so the services' role checks
 * apply unchanged (administrators change the identity and the neighbours, staff share, decide and read the log);
 * bad input is answered with the core's exceptions. The neighbours' own messages arrive at {@link
 * PublicExchangeResource}.
 */
@Component(
        service = Object.class,
        property = {RestResources.PATH + "=exchange", RestResources.ROLES + "=kyodo-viewer"})
@Produces(MediaType.APPLICATION_JSON)
public final class ExchangeResource {

    /** Body of {@code PUT identity}. */
    public record IdentityBody(String municipalityCode) {}

    /** Body of sharing and withdrawing: the local ids of records of one kind. */
    public record LocalIds(List<String> localIds) {}

    /** How many records were newly shared. */
    public record Shared(int shared) {}

    /** How many records were withdrawn. */
    public record Withdrawn(int withdrawn) {}

    /** Body of a conflict's decision: {@code TAKE_THEIRS} or {@code KEEP_OURS}. */
    public record Decision(String resolution) {}

    /** The most local ids one request may name. */
    static final int MAX_IDS = PageRequest.MAX_LIMIT;

    private static final MessageCatalog M =
            MessageCatalog.of(ExchangeResource.class, "jp.kyodo.exchange.ui.internal.rest.messages");

    private final ExchangeServices services;

    @Activate
    public ExchangeResource(@Reference ExchangeServices services) {
        this.services = services;
    }

    // ---- identity and neighbours -----------------------------------------------------------------

    @GET
    @Path("identity")
    public Identity identity() {
        return services.peers().identity();
    }

    /** Sets this city's 全国地方公共団体コード (administrators). */
    @PUT
    @Path("identity")
    @Consumes(MediaType.APPLICATION_JSON)
    public Identity configure(IdentityBody body) {
        return services.peers().configure(RestResources.required(body).municipalityCode());
    }

    /** Makes a new signing key; the neighbours are told with the old one (administrators). */
    @POST
    @Path("identity/rotate")
    public Identity rotate() {
        return services.peers().rotateKey();
    }

    @GET
    @Path("peers")
    public List<Peer> peers() {
        return services.peers().peers();
    }

    /** Registers a neighbour (administrators); 201 with it. */
    @POST
    @Path("peers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(PeerDraft draft) {
        return RestResources.created(services.peers().register(RestResources.required(draft)));
    }

    /** Changes a neighbour's URL, key or activity (administrators); the code in the path stays. */
    @PUT
    @Path("peers/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Peer update(@PathParam("code") String code, PeerDraft draft) {
        return services.peers().update(code, RestResources.required(draft));
    }

    @DELETE
    @Path("peers/{code}")
    public Response remove(@PathParam("code") String code) {
        services.peers().remove(code);
        return Response.noContent().build();
    }

    /** Sends what is waiting now (staff); 202: the neighbours answer in their own time. */
    @POST
    @Path("sync")
    public Response sync() {
        services.peers().syncNow();
        return Response.accepted().build();
    }

    // ---- sharing ---------------------------------------------------------------------------------

    @GET
    @Path("kinds")
    public List<ShareableKind> kinds(@Context HttpHeaders headers) {
        return services.sharing().kinds(RestResources.language(headers));
    }

    @GET
    @Path("candidates")
    public List<ShareCandidate> candidates(
            @QueryParam("type") String type,
            @QueryParam("q") String q,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        // the page's bounds (1 to 1,000, the core's message): a module's search is never asked for more
        int most = PageRequest.first(limit).limit();
        return services.sharing().candidates(type(type), q == null ? "" : q, most);
    }

    @GET
    @Path("shared")
    public Page<SharedRecord> shared(
            @QueryParam("type") String type,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return services.sharing().shared(type == null ? "" : type.strip(), new PageRequest(offset, limit, List.of()));
    }

    /** Shares records of the kind (staff): {@code {"localIds":["1","2"]}}. */
    @POST
    @Path("shared/{type}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Shared share(@PathParam("type") String type, LocalIds body) {
        return new Shared(services.sharing().share(type, localIds(body)));
    }

    /** Stops sharing records of the kind (staff); the neighbours keep their copy marked withdrawn. */
    @POST
    @Path("shared/{type}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public Withdrawn withdraw(@PathParam("type") String type, LocalIds body) {
        return new Withdrawn(services.sharing().withdraw(type, localIds(body)));
    }

    // ---- received --------------------------------------------------------------------------------

    @GET
    @Path("received")
    public Page<ReceivedRecord> received(
            @QueryParam("peer") String peer,
            @QueryParam("type") String type,
            @QueryParam("status") String status,
            @QueryParam("q") String q,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        ReceivedQuery query =
                new ReceivedQuery(peer, type, RestResources.one(ReceivedStatus.class, "status", status), q);
        return services.inbox().received(query, new PageRequest(offset, limit, List.of()));
    }

    @GET
    @Path("conflicts")
    public List<Conflict> conflicts() {
        return services.inbox().conflicts();
    }

    /** Decides a conflict (staff): {@code {"resolution":"TAKE_THEIRS"}} or {@code KEEP_OURS}; 204. */
    @POST
    @Path("conflicts/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resolve(@PathParam("id") long id, Decision body) {
        services.inbox().resolve(id, resolution(body));
        return Response.noContent().build();
    }

    @GET
    @Path("log")
    public Page<LogEntry> log(
            @QueryParam("peer") String peer,
            @QueryParam("direction") String direction,
            @QueryParam("outcome") String outcome,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        LogQuery query = new LogQuery(
                peer,
                RestResources.one(Direction.class, "direction", direction),
                RestResources.one(Outcome.class, "outcome", outcome));
        return services.log().entries(query, new PageRequest(offset, limit, List.of()));
    }

    // ---- request parsing -------------------------------------------------------------------------

    /** The kind asked for; a missing one is a 400 at {@code type}. */
    static String type(String type) {
        if (type == null || type.isBlank()) {
            throw ValidationException.of("type", M.get("rest.type"));
        }
        return type.strip();
    }

    /**
     * The ids of a sharing request, stripped, each once, in the order given; a missing body is the shell's 400, an
     * empty list, a blank id or more than {@value #MAX_IDS} ids a 400 at {@code localIds}.
     */
    static Set<String> localIds(LocalIds body) {
        List<String> ids = RestResources.required(body).localIds();
        if (ids == null || ids.isEmpty()) {
            throw ValidationException.of("localIds", M.get("rest.localIds"));
        }
        if (ids.size() > MAX_IDS) {
            throw ValidationException.of("localIds", M.get("rest.localIdsMany", MAX_IDS));
        }
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                throw ValidationException.of("localIds", M.get("rest.localIdBlank"));
            }
            out.add(id.strip());
        }
        return out;
    }

    /** The decision asked for; a missing one is a 400 at {@code resolution}, an unknown one names the known. */
    static Resolution resolution(Decision body) {
        Resolution r = RestResources.one(
                Resolution.class, "resolution", RestResources.required(body).resolution());
        if (r == null) {
            throw ValidationException.of("resolution", M.get("rest.resolution"));
        }
        return r;
    }
}
