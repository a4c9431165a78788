package jp.kyodo.registry.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.csv.CsvRow;
import jp.kyodo.core.csv.CsvTable;
import jp.kyodo.core.exchange.RowPayload;
import jp.kyodo.core.exchange.ShareableType;
import jp.kyodo.registry.Contact;
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.RegistryEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Organisations that act across city borders, offered to neighbouring cities (市域を越えて活動する団体, {@value
 * #TYPE}). Only this city's own active, registered 市民団体 (NPO法人, volunteer groups), 事業者 (companies,
 * 社会福祉法人, associations of trade) and 教育機関等 (universities …) are offered: a 地縁団体 is its 町会's by
 * definition, a 市の部署 means nothing in another city's registry, and an individual is a person.
 *
 * <p>The payload is a CSV text (the core's writer and reader): the header {@link #COLUMNS} and the
 * organisation's one row — 種別 ({@link PartnerType} name), 名称, ふりがな, 法人格, 法人番号, 活動分野 (codes of the
 * national NPO-law taxonomy, the same in every city, {@code ;}-separated), 活動内容, ホームページ and 活動地域 (the
 * names of its areas, {@code ;}-separated: their codes mean nothing elsewhere). Nothing else: never the
 * representative or the contact person (not even a name), no phone, e-mail or address (an office of a small group
 * is often someone's home), no members, notes, tags or the city's certification. Those columns are not even read
 * from the database. The fingerprint is the SHA-256 of the row.
 *
 * <p>A received organisation becomes an organisation of this registry with the source key {@code <city
 * code>:<remote id>} and the sending city's name, shown as its provenance (「川崎市の団体」); it is found by the
 * registry's search like any other. A neighbour's update replaces what the neighbour sent and keeps what was added
 * here (a phone, tags). Only this city's own organisations are offered: a received one is its city's to share.
 */
@Component(service = ShareableType.class)
public final class SharedOrganisations implements ShareableType {

    static final String TYPE = "registry.organisation";
    static final int VERSION = 1;
    /** Ids in one query's IN list: within what Derby and PostgreSQL take without trouble. */
    static final int CHUNK = 1000;

    /** The kinds of organisations that act across city borders and may be shared. */
    static final Set<PartnerType> SHARED_TYPES =
            EnumSet.of(PartnerType.CIVIC, PartnerType.BUSINESS, PartnerType.EDUCATION);

    static final List<String> COLUMNS = List.of("種別", "名称", "ふりがな", "法人格", "法人番号", "活動分野", "活動内容", "ホームページ", "活動地域");

    /** What SOURCE_AREAS holds. */
    private static final int MAX_AREAS = 1000;

    private final RegistryBackend b;
    private final OrganisationStore store;

    @Activate
    public SharedOrganisations(@Reference RegistryBackend backend) {
        this.b = backend;
        this.store = backend.organisations();
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String title(Locale language) {
        return "ja".equals(language.getLanguage()) ? "市域を越えて活動する団体" : "Organisations across city borders";
    }

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public List<String> changeTopics() {
        // an organisation is never deleted: one deactivated is updated (and then withdrawn by the export)
        return List.of(RegistryEvents.ORGANISATION_CREATED, RegistryEvents.ORGANISATION_UPDATED);
    }

    @Override
    public String idProperty() {
        return RegistryEvents.ID;
    }

    /** This city's shareable organisations containing the text (names, readings, descriptions), 50音 order. */
    @Override
    public List<Candidate> candidates(String text, int limit) {
        if (limit < 1) {
            return List.of();
        }
        List<OrganisationStore.Shareable> found =
                b.read(c -> store.ownShareable(c, SHARED_TYPES, text, Math.min(limit, CHUNK)));
        List<Candidate> out = new ArrayList<>(found.size());
        for (OrganisationStore.Shareable o : found) {
            out.add(new Candidate(Long.toString(o.id()), o.name(), detail(o)));
        }
        return out;
    }

    /** 「市民団体 / NPO法人 / 保健・医療・福祉、子どもの健全育成」 */
    private String detail(OrganisationStore.Shareable o) {
        List<String> parts = new ArrayList<>();
        parts.add(o.type().labelJa());
        if (!o.legalForm().isEmpty()) {
            parts.add(o.legalForm());
        }
        if (!o.fieldCodes().isEmpty()) {
            parts.add(o.fieldCodes().stream()
                    .map(code ->
                            b.fields().map(f -> f.label(code, Locale.JAPANESE)).orElse(code))
                    .collect(Collectors.joining("、")));
        }
        return String.join(" / ", parts);
    }

    @Override
    public Map<String, Outgoing> export(Collection<String> localIds) {
        Map<String, Outgoing> out = new LinkedHashMap<>();
        for (OrganisationStore.Shareable o : organisations(localIds)) {
            if (shareable(o)) {
                List<String> row = row(o);
                out.put(Long.toString(o.id()), new Outgoing(o.name(), payload(row), fingerprint(row)));
            }
        }
        return out;
    }

    /** This city's own, active, registered, of a type that acts across borders. */
    private static boolean shareable(OrganisationStore.Shareable o) {
        return o.active()
                && o.status() == OrganisationStatus.REGISTERED
                && SHARED_TYPES.contains(o.type())
                && !o.received();
    }

    /** Every organisation that exists (a local edit is noticed whether or not it may be shared); not people. */
    @Override
    public Map<String, String> fingerprints(Collection<String> localIds) {
        Map<String, String> out = new LinkedHashMap<>();
        for (OrganisationStore.Shareable o : organisations(localIds)) {
            out.put(Long.toString(o.id()), fingerprint(row(o)));
        }
        return out;
    }

    @Override
    public Received receive(Provenance from, String remoteId, int version, String payload, String localId) {
        if (version != VERSION) {
            throw ValidationException.of("version", Messages.get("sharedOrganisation.version", version, VERSION));
        }
        String sourceKey = from.municipalityCode() + ":" + remoteId;
        String city = from.municipalityName();
        Incoming in = read(payload);
        return b.write(c -> {
            // the exchange lost the local id (or never had it): the source key finds the organisation received before
            Long id = localId == null ? store.idOfSource(c, sourceKey).orElse(null) : number(localId);
            if (id == null && localId != null) {
                throw ValidationException.of("localId", Messages.get("sharedOrganisation.notFound", localId));
            }
            String done;
            if (id == null) {
                id = store.insert(c, in.draft());
                store.setSource(c, id, sourceKey, city, in.areas());
                b.reindexAfterCommit(id);
                b.postAfterCommit(RegistryEvents.ORGANISATION_CREATED, id);
                done = "新規";
            } else {
                long existing = id;
                Optional<OrganisationStore.Shareable> old = store.shareable(c, List.of(existing)).stream()
                        .filter(OrganisationStore.Shareable::received)
                        .findFirst();
                if (old.isEmpty()) {
                    throw ValidationException.of(
                            "localId", Messages.get("sharedOrganisation.notFound", localId == null ? "" : localId));
                }
                OrganisationDraft before = store.read(c, existing).orElseThrow();
                int current = store.meta(c, existing).orElseThrow().version();
                store.update(c, existing, current, b.rules().check(theirs(before, in.draft())));
                store.setSource(c, existing, old.get().sourceKey(), city, in.areas());
                b.reindexAfterCommit(existing);
                b.postAfterCommit(RegistryEvents.ORGANISATION_UPDATED, existing);
                done = "更新";
            }
            b.audit(
                    AuditAction.IMPORT,
                    OrganisationStore.RECORD_TYPE,
                    id,
                    city + "（" + from.municipalityCode() + "）から団体「" + in.draft().name() + "」（先方ID " + remoteId
                            + "）を受信: " + done);
            OrganisationStore.Shareable now = store.shareable(c, List.of(id)).get(0);
            return new Received(Long.toString(id), now.name(), fingerprint(row(now)));
        });
    }

    /** The neighbour's version of what it sends, with what was added here kept. */
    private static OrganisationDraft theirs(OrganisationDraft here, OrganisationDraft sent) {
        Contact contact = here.publicContact();
        return new OrganisationDraft(
                sent.type(),
                sent.name(),
                sent.nameReading(),
                here.nameEnglish(),
                sent.legalForm(),
                sent.corporateNumber(),
                here.stationNumber(),
                here.stationRegisteredOn(),
                here.status(),
                new Contact(
                        contact.postalCode(),
                        contact.address(),
                        contact.phone(),
                        contact.email(),
                        sent.publicContact().website()),
                here.representative(),
                here.contactPerson(),
                sent.fieldCodes(),
                here.areaCodes(),
                sent.description(),
                here.strengths(),
                here.needs(),
                here.membersCount(),
                here.foundedOn(),
                here.certifiedOn(),
                here.certifiedUntil(),
                here.tags());
    }

    /** The organisation as its row: what a neighbouring city needs, nothing personal, nothing local. */
    private List<String> row(OrganisationStore.Shareable o) {
        String areas = o.received()
                ? o.sourceAreas()
                : o.areaCodes().stream()
                        .map(code -> b.areas().flatMap(h -> h.find(code)).map(a -> a.name()))
                        .flatMap(Optional::stream)
                        .collect(Collectors.joining(";"));
        return List.of(
                o.type().name(),
                o.name(),
                o.nameReading(),
                o.legalForm(),
                o.corporateNumber(),
                String.join(";", o.fieldCodes()),
                o.description(),
                o.website(),
                areas);
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

    /** The payload's columns with their values (a conflict shows which differ); empty when it is not one. */
    @Override
    public Map<String, String> fields(String payload) {
        Map<String, String> columns = RowPayload.columns(payload);
        return List.copyOf(columns.keySet()).equals(COLUMNS) ? columns : Map.of();
    }

    /** A received organisation: the draft to write and its areas there by name. */
    private record Incoming(OrganisationDraft draft, String areas) {}

    /** The payload's one organisation, checked as an organisation entered here is. */
    private Incoming read(String payload) {
        CsvTable table;
        try {
            table = CsvTable.read(new StringReader(payload == null ? "" : payload));
        } catch (ValidationException e) {
            throw ValidationException.of("payload", Messages.get("sharedOrganisation.notCsv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!table.header().equals(COLUMNS)) {
            throw ValidationException.of(
                    "payload", Messages.get("sharedOrganisation.header", String.join(",", COLUMNS)));
        }
        if (table.rows().size() != 1) {
            throw ValidationException.of(
                    "payload",
                    Messages.get("sharedOrganisation.rows", table.rows().size()));
        }
        CsvRow row = table.rows().get(0);
        List<FieldError> errors = new ArrayList<>();
        PartnerType type =
                PartnerType.parse(row.get("種別")).filter(SHARED_TYPES::contains).orElse(null);
        if (type == null) {
            errors.add(new FieldError("種別", Messages.get("sharedOrganisation.type", row.get("種別"))));
        }
        String areas = row.get("活動地域");
        if (areas.length() > MAX_AREAS) {
            errors.add(
                    new FieldError("活動地域", Messages.get("sharedOrganisation.areasTooLong", MAX_AREAS, areas.length())));
        }
        OrganisationDraft draft = new OrganisationDraft(
                type == null ? PartnerType.CIVIC : type,
                row.get("名称"),
                row.get("ふりがな"),
                "",
                row.get("法人格"),
                row.get("法人番号"),
                "",
                null,
                OrganisationStatus.REGISTERED,
                new Contact("", "", "", "", row.get("ホームページ")),
                null,
                null,
                SearchText.splitCodes(row.get("活動分野")),
                Set.of(),
                row.get("活動内容"),
                "",
                "",
                null,
                null,
                null,
                null,
                Set.of());
        OrganisationDraft clean = null;
        try {
            clean = b.rules().check(draft);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            errors.add(0, new FieldError("payload", Messages.get("sharedOrganisation.unreadable")));
            throw new ValidationException(errors);
        }
        return new Incoming(clean, areas);
    }

    /** One query for each {@value #CHUNK} ids (the exchange asks for 500 at a time). */
    private List<OrganisationStore.Shareable> organisations(Collection<String> localIds) {
        List<Long> ids = List.copyOf(ids(localIds));
        return b.read(c -> {
            List<OrganisationStore.Shareable> rows = new ArrayList<>(ids.size());
            for (int i = 0; i < ids.size(); i += CHUNK) {
                rows.addAll(store.shareable(c, ids.subList(i, Math.min(ids.size(), i + CHUNK))));
            }
            return rows;
        });
    }

    /** The numeric ids, each once; another id names no organisation. */
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
