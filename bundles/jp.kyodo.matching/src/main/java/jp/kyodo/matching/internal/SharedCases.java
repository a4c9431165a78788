package jp.kyodo.matching.internal;

import static jp.kyodo.matching.internal.MatchingBackend.MESSAGES;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.csv.CsvRow;
import jp.kyodo.core.csv.CsvTable;
import jp.kyodo.core.exchange.RowPayload;
import jp.kyodo.core.exchange.ShareableType;
import jp.kyodo.matching.CaseDraft;
import jp.kyodo.matching.CaseStudy;
import jp.kyodo.matching.MatchingEvents;
import jp.kyodo.matching.NeedKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Published case studies offered to neighbouring cities (協働事例, {@value #TYPE}). The payload of a case is a CSV
 * text (the core's writer and reader): the header {@link #COLUMNS} and the case's one row — 事例名, 概要, 成果,
 * 協働の形 (what the need asked for: {@link NeedKind} names, {@code ;}-separated), 活動分野 (codes of the national
 * NPO-law taxonomy, the same in every city, {@code ;}-separated), 地域 (the area's name: its code means nothing
 * elsewhere) and 公開日 ({@code 2026-11-24}). Nothing in it names a private person (a case study never does) or
 * this city's ids; the fingerprint is the SHA-256 of that row.
 *
 * <p>A received case has no match here: it keeps the source key {@code <city code>:<remote id>}, the sending
 * city's name, shown as its provenance (「川口市の事例」), and the sender's publication date, so that it is listed
 * among the published cases. Only this city's own published cases are offered: a received one is its city's
 * to share.
 */
@Component(service = ShareableType.class)
public final class SharedCases implements ShareableType {

    static final String TYPE = "matching.case";
    static final int VERSION = 1;
    /** Ids in one query's IN list: within what Derby and PostgreSQL take without trouble. */
    static final int CHUNK = 1000;

    static final List<String> COLUMNS = List.of("事例名", "概要", "成果", "協働の形", "活動分野", "地域", "公開日");

    private final MatchingBackend b;
    private final CaseStore store = new CaseStore();

    @Activate
    public SharedCases(@Reference MatchingBackend backend) {
        this.b = backend;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String title(Locale language) {
        return "ja".equals(language.getLanguage()) ? "協働事例" : "Collaboration cases";
    }

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public List<String> changeTopics() {
        // a case is never deleted: one made unpublished is updated (and then withdrawn by the export)
        return List.of(MatchingEvents.CASE_CREATED, MatchingEvents.CASE_UPDATED);
    }

    @Override
    public String idProperty() {
        return MatchingEvents.ID;
    }

    /** This city's published cases containing the text in title, summary or outcome, the newest first. */
    @Override
    public List<Candidate> candidates(String text, int limit) {
        if (limit < 1) {
            return List.of();
        }
        // the case table keeps no normalised search text: words as typed, each contained (AND)
        List<String> terms = text == null || text.isBlank()
                ? List.of()
                : List.of(text.strip().split("[\\s\u3000]+"));
        List<CaseStudy> found = b.read(c -> store.published(c, terms, Math.min(limit, CHUNK)));
        List<Candidate> out = new ArrayList<>(found.size());
        for (CaseStudy k : found) {
            out.add(new Candidate(Long.toString(k.id()), k.details().title(), detail(k)));
        }
        return out;
    }

    /** 「2026-11-24 公開 / 専門家 / 健康・医療、福祉」 */
    private String detail(CaseStudy k) {
        List<String> parts = new ArrayList<>();
        parts.add(k.publishedOn() + " 公開");
        if (!k.kinds().isEmpty()) {
            parts.add(k.kinds().stream().map(NeedKind::labelJa).collect(Collectors.joining("、")));
        }
        if (!k.fieldCodes().isEmpty()) {
            parts.add(k.fieldCodes().stream()
                    .map(code ->
                            b.fields().map(f -> f.label(code, Locale.JAPANESE)).orElse(code))
                    .collect(Collectors.joining("、")));
        }
        return String.join(" / ", parts);
    }

    @Override
    public Map<String, Outgoing> export(Collection<String> localIds) {
        Map<String, Outgoing> out = new LinkedHashMap<>();
        for (CaseStudy k : cases(localIds, true)) {
            if (k.received()) {
                continue;
            }
            List<String> row = row(k);
            out.put(Long.toString(k.id()), new Outgoing(k.details().title(), payload(row), fingerprint(row)));
        }
        return out;
    }

    @Override
    public Map<String, String> fingerprints(Collection<String> localIds) {
        Map<String, String> out = new LinkedHashMap<>();
        for (CaseStudy k : cases(localIds, false)) {
            out.put(Long.toString(k.id()), fingerprint(row(k)));
        }
        return out;
    }

    @Override
    public Received receive(Provenance from, String remoteId, int version, String payload, String localId) {
        if (version != VERSION) {
            throw ValidationException.of("version", MESSAGES.get("sharedCase.version", version, VERSION));
        }
        String sourceKey = from.municipalityCode() + ":" + remoteId;
        String city = from.municipalityName();
        CaseStore.Received in = read(payload);
        return b.write(c -> {
            // the exchange lost the local id (or never had it): the source key finds the case received before
            Long id = localId == null ? store.idOfSource(c, sourceKey).orElse(null) : number(localId);
            String done;
            if (id == null && localId != null) {
                throw ValidationException.of("localId", MESSAGES.get("sharedCase.notFound", localId));
            }
            if (id == null) {
                id = store.insertReceived(c, sourceKey, city, in, b.now());
                b.post(MatchingEvents.CASE_CREATED, id);
                done = "新規";
            } else {
                CaseStudy old = store.get(c, id)
                        .filter(CaseStudy::received)
                        .orElseThrow(() -> ValidationException.of(
                                "localId", MESSAGES.get("sharedCase.notFound", localId == null ? "" : localId)));
                store.updateReceived(c, old.id(), city, in, b.now());
                b.post(MatchingEvents.CASE_UPDATED, old.id());
                done = "更新";
            }
            b.audit(
                    AuditAction.IMPORT,
                    PipelineService.CASE_RECORD_TYPE,
                    id,
                    city + "（" + from.municipalityCode() + "）から協働事例「"
                            + in.draft().title() + "」（先方ID " + remoteId + "）を受信: " + done);
            CaseStudy now = store.get(c, id).orElseThrow();
            return new Received(Long.toString(id), now.details().title(), fingerprint(row(now)));
        });
    }

    /** The case as its row: what a neighbouring city needs, nothing local. */
    private List<String> row(CaseStudy k) {
        String area = k.received()
                ? k.areaName()
                : b.areas()
                        .flatMap(a -> a.find(k.areaCode()))
                        .map(a -> a.name())
                        .orElse("");
        return List.of(
                k.details().title(),
                k.details().summary(),
                k.details().outcome(),
                Codes.join(k.kinds()),
                Codes.join(k.fieldCodes()),
                area,
                k.publishedOn() == null ? "" : k.publishedOn().toString());
    }

    static String payload(List<String> row) {
        return RowPayload.of(COLUMNS, row);
    }

    /** The fingerprint of the row, which names neither this city nor a local id (see {@link RowPayload#fingerprint}). */
    static String fingerprint(List<String> row) {
        Map<String, String> content = new LinkedHashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            content.put(COLUMNS.get(i), i < row.size() ? row.get(i) : "");
        }
        return RowPayload.fingerprint(content);
    }

    /** The payload's columns with their values (a conflict shows which differ); empty when it is not a case. */
    @Override
    public Map<String, String> fields(String payload) {
        Map<String, String> columns = RowPayload.columns(payload);
        return List.copyOf(columns.keySet()).equals(COLUMNS) ? columns : Map.of();
    }

    /** The payload's one case, checked as a case written here is. */
    private static CaseStore.Received read(String payload) {
        CsvTable table;
        try {
            table = CsvTable.read(new StringReader(payload == null ? "" : payload));
        } catch (ValidationException e) {
            throw ValidationException.of("payload", MESSAGES.get("sharedCase.notCsv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!table.header().equals(COLUMNS)) {
            throw ValidationException.of("payload", MESSAGES.get("sharedCase.header", String.join(",", COLUMNS)));
        }
        if (table.rows().size() != 1) {
            throw ValidationException.of(
                    "payload", MESSAGES.get("sharedCase.rows", table.rows().size()));
        }
        CsvRow row = table.rows().get(0);
        List<FieldError> errors = new ArrayList<>();
        Set<NeedKind> kinds = EnumSet.noneOf(NeedKind.class);
        for (String kind : Codes.strings(row.get("協働の形"))) {
            try {
                kinds.add(NeedKind.valueOf(kind));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("協働の形", MESSAGES.get("sharedCase.kind", kind)));
            }
        }
        LocalDate published = null;
        try {
            published = LocalDate.parse(row.get("公開日"));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("公開日", MESSAGES.get("sharedCase.date", row.get("公開日"))));
        }
        String area = row.get("地域");
        if (area.length() > 200) {
            errors.add(new FieldError("地域", MESSAGES.get("check.tooLong", 200, area.length())));
        }
        CaseDraft draft = new CaseDraft(row.get("事例名"), row.get("概要"), row.get("成果"), true);
        try {
            PipelineService.checkCase(draft);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            errors.add(0, new FieldError("payload", MESSAGES.get("sharedCase.unreadable")));
            throw new ValidationException(errors);
        }
        return new CaseStore.Received(draft, kinds, Codes.strings(row.get("活動分野")), area, published);
    }

    /** One query for each {@value #CHUNK} ids (the exchange asks for 500 at a time). */
    private List<CaseStudy> cases(Collection<String> localIds, boolean publishedOnly) {
        List<Long> ids = List.copyOf(ids(localIds));
        return b.read(c -> {
            List<CaseStudy> rows = new ArrayList<>(ids.size());
            for (int i = 0; i < ids.size(); i += CHUNK) {
                rows.addAll(store.list(c, ids.subList(i, Math.min(ids.size(), i + CHUNK)), publishedOnly));
            }
            return rows;
        });
    }

    /** The numeric ids, each once; another id names no case. */
    private static Set<Long> ids(Collection<String> localIds) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String id : localIds) {
            Long n = number(id);
            if (n != null) {
                ids.add(n);
            }
        }
        return ids;
    }

    private static Long number(String id) {
        try {
            return id == null ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
