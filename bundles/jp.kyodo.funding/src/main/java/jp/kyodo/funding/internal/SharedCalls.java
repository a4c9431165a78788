package jp.kyodo.funding.internal;

import static jp.kyodo.funding.internal.FundingBackend.MESSAGES;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.csv.CsvRow;
import jp.kyodo.core.csv.CsvTable;
import jp.kyodo.core.exchange.RowPayload;
import jp.kyodo.core.exchange.ShareableType;
import jp.kyodo.funding.FundingEvents;
import jp.kyodo.funding.NeighbourCall;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Grant calls offered to neighbouring cities (助成金の公募, {@value #TYPE}). The payload of a call is the national
 * 支援制度情報 layout (自治体標準オープンデータセット): its header line and the programme's row, exactly as the open data
 * writes it ({@link OpenCalls}). A call may be shared while it is published and its application period has not
 * ended (open or opening later); closed, a draft again or past its period, it is withdrawn at the neighbours when
 * it is next sent.
 *
 * <p>A neighbour's call is reference information for this city's groups (they may apply there), not a programme
 * this city runs: it is kept apart in FUN_NEIGHBOUR_CALL under the source key {@code <city code>:<remote id>},
 * read by the columns of this city's layout, and listed by {@link jp.kyodo.funding.NeighbourCalls}. Its local id
 * is {@value #RECEIVED}{@code <id>}, so that the fingerprints of received calls and of this city's programmes never
 * meet; received calls are not sent on.
 */
@Component(service = ShareableType.class)
public final class SharedCalls implements ShareableType {

    static final String TYPE = "funding.call";
    static final int VERSION = 1;
    static final String RECORD_TYPE = "funding.neighbourCall";
    /** The local id of a received call: this prefix and its row's id. */
    static final String RECEIVED = "neighbour-";
    /** Ids in one query's IN list: within what Derby and PostgreSQL take without trouble. */
    static final int CHUNK = 1000;

    /** The fields naming this city or the local id: left out of the fingerprint. */
    private static final Set<String> HERE = Set.of("cityCode", "cityName", "id");

    private static final Pattern YEN = Pattern.compile("[0-9]{1,15}");

    private final FundingBackend b;
    private final OpenCalls openCalls;
    private final ProgrammeStore programmes = new ProgrammeStore();
    private final NeighbourCallStore received = new NeighbourCallStore();

    @Activate
    public SharedCalls(@Reference FundingBackend backend) {
        this.b = backend;
        this.openCalls = new OpenCalls(backend);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String title(Locale language) {
        return "ja".equals(language.getLanguage()) ? "助成金の公募" : "Grant calls";
    }

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public List<String> changeTopics() {
        // a programme is never deleted: closing it is an update (and then withdrawn by the export)
        return List.of(FundingEvents.PROGRAMME_CREATED, FundingEvents.PROGRAMME_UPDATED);
    }

    @Override
    public String idProperty() {
        // the programme's topics carry its id in "id" (programmeId is for its applications' topics)
        return FundingEvents.ID;
    }

    /** Published calls not yet over: those taking applications first (closing soonest), then those opening later. */
    @Override
    public List<Candidate> candidates(String text, int limit) {
        if (limit < 1) {
            return List.of();
        }
        LocalDate today = b.today();
        List<ProgrammeStore.CallRow> rows = b.read(c ->
                programmes.shareableCalls(c, text == null ? "" : text, today, Math.min(limit, PageRequest.MAX_LIMIT)));
        List<Candidate> out = new ArrayList<>(rows.size());
        for (ProgrammeStore.CallRow r : rows) {
            OpenCalls.Call call = r.call();
            out.add(new Candidate(Long.toString(call.id()), call.title(), detail(call, today)));
        }
        return out;
    }

    /** 「受付中 2026-04-01〜2026-06-30 市民活動補助」, 「募集前 2026-07-01〜2026-08-31 …」 */
    static String detail(OpenCalls.Call call, LocalDate today) {
        return (today.isBefore(call.opensOn()) ? "募集前 " : "受付中 ") + call.opensOn() + "〜" + call.closesOn() + " "
                + call.kind().labelJa();
    }

    @Override
    public Map<String, Outgoing> export(Collection<String> localIds) {
        List<OpenCalls.Call> calls = calls(programmeIds(localIds));
        Map<String, Outgoing> out = new LinkedHashMap<>();
        if (calls.isEmpty()) {
            return out;
        }
        List<String[]> layout = layout();
        for (OpenCalls.Call call : calls) {
            Map<String, String> fields = openCalls.fields(call);
            out.put(Long.toString(call.id()), new Outgoing(call.title(), payload(layout, fields), fingerprint(fields)));
        }
        return out;
    }

    /**
     * This city's shareable calls by their programme's id (a call no longer shared is absent: the neighbours are
     * told it was withdrawn), and received calls by their local id.
     */
    @Override
    public Map<String, String> fingerprints(Collection<String> localIds) {
        List<Long> ours = programmeIds(localIds);
        List<Long> theirs = receivedIds(localIds);
        Map<String, String> out = new LinkedHashMap<>();
        for (OpenCalls.Call call : calls(ours)) {
            out.put(Long.toString(call.id()), fingerprint(openCalls.fields(call)));
        }
        for (NeighbourCall call : receivedCalls(theirs)) {
            out.put(RECEIVED + call.id(), fingerprint(fields(call)));
        }
        return out;
    }

    @Override
    public Received receive(Provenance from, String remoteId, int version, String payload, String localId) {
        if (version != VERSION) {
            throw ValidationException.of("version", MESSAGES.get("shared.version", version, VERSION));
        }
        NeighbourCall in = read(from, remoteId, payload, layout());
        String sourceKey = from.municipalityCode() + ":" + remoteId;
        return b.write(c -> {
            long id;
            String done;
            if (localId != null) {
                Long existing = receivedId(localId);
                if (existing == null || !received.update(c, existing, in, b.now())) {
                    throw ValidationException.of("localId", MESSAGES.get("shared.notFound", localId));
                }
                id = existing;
                done = "更新";
            } else {
                // the exchange lost the local id, or a call came twice: the source key finds the same call
                Long existing = received.idOfSource(c, sourceKey).orElse(null);
                if (existing == null) {
                    id = received.insert(c, sourceKey, in, b.now());
                    done = "新規";
                } else {
                    received.update(c, existing, in, b.now());
                    id = existing;
                    done = "更新";
                }
            }
            b.audit(
                    AuditAction.IMPORT,
                    RECORD_TYPE,
                    id,
                    from.municipalityName() + "（" + from.municipalityCode() + "）から助成金の公募「" + in.title() + "」（先方ID "
                            + remoteId + "）を受信: " + done);
            b.post(FundingEvents.NEIGHBOUR_CALL_UPDATED, id);
            NeighbourCall now = received.get(c, id).orElseThrow();
            return new Received(RECEIVED + id, now.title(), fingerprint(fields(now)));
        });
    }

    /** The payload's one call, read by the columns of this city's layout. */
    private static NeighbourCall read(Provenance from, String remoteId, String payload, List<String[]> layout) {
        CsvTable table;
        try {
            table = CsvTable.read(new StringReader(payload == null ? "" : payload.replaceFirst("^\uFEFF", "")));
        } catch (ValidationException e) {
            throw ValidationException.of("payload", MESSAGES.get("shared.notCsv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> columnOf = new HashMap<>();
        for (String[] column : layout) {
            if (!column[1].isEmpty() && table.header().contains(column[0])) {
                columnOf.putIfAbsent(column[1], column[0]);
            }
        }
        if (!columnOf.containsKey("title")) {
            throw ValidationException.of("payload", MESSAGES.get("shared.layout"));
        }
        if (table.rows().size() != 1) {
            throw ValidationException.of(
                    "payload", MESSAGES.get("shared.rows", table.rows().size()));
        }
        CsvRow row = table.rows().get(0);
        Fields f = new Fields(row, columnOf);
        NeighbourCall call = new NeighbourCall(
                0,
                from.municipalityCode(),
                from.municipalityName(),
                remoteId,
                f.text("title", 200),
                f.text("titleKana", 200),
                f.text("kind", 100),
                f.text("fiscalYear", 40),
                f.text("summary", 4000),
                f.text("target", 1000),
                f.text("support", 1000),
                f.yen("maxAmount"),
                f.text("subsidyRate", 40),
                f.yen("budget"),
                f.date("opensOn"),
                f.date("closesOn"),
                f.text("documents", 4000),
                f.text("department", 200),
                f.text("contact", 500),
                f.text("url", 500),
                null,
                null);
        if (call.title().isEmpty()) {
            f.errors.add(new FieldError("payload", MESSAGES.get("shared.noTitle", columnOf.get("title"))));
        }
        if (call.opensOn() != null && call.closesOn() != null && call.closesOn().isBefore(call.opensOn())) {
            f.errors.add(new FieldError(
                    "payload", MESSAGES.get("shared.period", columnOf.get("opensOn"), columnOf.get("closesOn"))));
        }
        if (!f.errors.isEmpty()) {
            List<FieldError> errors = new ArrayList<>();
            errors.add(new FieldError("payload", MESSAGES.get("shared.unreadable")));
            errors.addAll(f.errors);
            throw new ValidationException(errors);
        }
        return call;
    }

    /** The row's values by field, each problem named by its column. */
    private static final class Fields {

        private final CsvRow row;
        private final Map<String, String> columnOf;
        final List<FieldError> errors = new ArrayList<>();

        Fields(CsvRow row, Map<String, String> columnOf) {
            this.row = row;
            this.columnOf = columnOf;
        }

        String text(String field, int max) {
            String column = columnOf.get(field);
            String value = column == null ? "" : row.get(column).strip();
            if (value.length() > max) {
                errors.add(new FieldError("payload", MESSAGES.get("shared.tooLong", column, max)));
                return "";
            }
            return value;
        }

        Long yen(String field) {
            String value = text(field, 40).replace(",", "").replace("円", "");
            if (value.isEmpty()) {
                return null;
            }
            if (!YEN.matcher(value).matches()) {
                errors.add(new FieldError(
                        "payload", MESSAGES.get("shared.yen", columnOf.get(field), row.get(columnOf.get(field)))));
                return null;
            }
            return Long.valueOf(value);
        }

        LocalDate date(String field) {
            String value = text(field, 40);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(value.replace('/', '-'));
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("payload", MESSAGES.get("shared.date", columnOf.get(field), value)));
                return null;
            }
        }
    }

    /** A received call's fields as its row carried them (what its fingerprint is made of). */
    static Map<String, String> fields(NeighbourCall call) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("cityCode", call.municipalityCode());
        fields.put("cityName", call.municipalityName());
        fields.put("id", call.remoteId());
        fields.put("title", call.title());
        fields.put("titleKana", call.titleKana());
        fields.put("kind", call.kind());
        fields.put("fiscalYear", call.fiscalYear());
        fields.put("summary", call.summary());
        fields.put("target", call.target());
        fields.put("support", call.support());
        fields.put("maxAmount", call.maxAmountYen() == null ? "" : Long.toString(call.maxAmountYen()));
        fields.put("subsidyRate", call.subsidyRate());
        fields.put("budget", call.budgetYen() == null ? "" : Long.toString(call.budgetYen()));
        fields.put("opensOn", call.opensOn() == null ? "" : call.opensOn().toString());
        fields.put("closesOn", call.closesOn() == null ? "" : call.closesOn().toString());
        fields.put("documents", call.documents());
        fields.put("department", call.department());
        fields.put("contact", call.contact());
        fields.put("url", call.url());
        return fields;
    }

    static String payload(List<String[]> layout, Map<String, String> fields) {
        return RowPayload.of(OpenCalls.header(layout), OpenCalls.line(layout, fields));
    }

    /**
     * The fingerprint of the call's fields without what names the city or the record's id (see {@link
     * RowPayload#fingerprint}). By the fields, not the layout's columns: a corrected layout file changes no
     * fingerprint.
     */
    static String fingerprint(Map<String, String> fields) {
        Map<String, String> content = new LinkedHashMap<>();
        for (String field : OpenCalls.FIELDS) {
            if (!HERE.contains(field)) {
                content.put(field, fields.getOrDefault(field, ""));
            }
        }
        return RowPayload.fingerprint(content);
    }

    private List<String[]> layout() {
        try {
            return openCalls.layout();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shareable calls of the programmes: one query per table for each {@value #CHUNK} ids. */
    private List<OpenCalls.Call> calls(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        LocalDate today = b.today();
        List<ProgrammeStore.CallRow> rows = b.read(c -> {
            List<ProgrammeStore.CallRow> all = new ArrayList<>(ids.size());
            for (int i = 0; i < ids.size(); i += CHUNK) {
                all.addAll(programmes.shareableCalls(c, ids.subList(i, Math.min(ids.size(), i + CHUNK)), today));
            }
            return all;
        });
        // a city has a few departments: each is looked up once
        Map<Long, String> departments = new HashMap<>();
        List<OpenCalls.Call> calls = new ArrayList<>(rows.size());
        for (ProgrammeStore.CallRow r : rows) {
            String department = r.departmentId() == null
                    ? ""
                    : departments.computeIfAbsent(
                            r.departmentId(),
                            id -> b.organisation(id).map(Applicant::name).orElse(""));
            calls.add(r.call().withDepartment(department));
        }
        return calls;
    }

    private List<NeighbourCall> receivedCalls(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return b.read(c -> {
            List<NeighbourCall> all = new ArrayList<>(ids.size());
            for (int i = 0; i < ids.size(); i += CHUNK) {
                all.addAll(received.list(c, ids.subList(i, Math.min(ids.size(), i + CHUNK))));
            }
            return all;
        });
    }

    /** The programmes' numeric ids, each once; another id names no programme. */
    private static List<Long> programmeIds(Collection<String> localIds) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String id : localIds) {
            Long n = number(id);
            if (n != null) {
                ids.add(n);
            }
        }
        return List.copyOf(ids);
    }

    private static List<Long> receivedIds(Collection<String> localIds) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String id : localIds) {
            Long n = receivedId(id);
            if (n != null) {
                ids.add(n);
            }
        }
        return List.copyOf(ids);
    }

    private static Long receivedId(String localId) {
        return localId != null && localId.startsWith(RECEIVED) ? number(localId.substring(RECEIVED.length())) : null;
    }

    private static Long number(String id) {
        try {
            return id == null ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
