package jp.kyodo.registry.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.csv.CsvRow;
import jp.kyodo.core.csv.CsvTable;
import jp.kyodo.core.csv.CsvWriter;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.registry.ImportReport;
import jp.kyodo.registry.ImportReport.RowError;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.RegistryTransfer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * CSV import and export, the same for every kind of partner: what differs by kind is its {@link
 * TransferKind}.
 */
@Component(service = RegistryTransfer.class)
public final class Transfer implements RegistryTransfer {

    /** Excel's "CSV" in Japanese Windows: Shift_JIS with Microsoft's extensions (①, ㈱, 髙 …). */
    static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    static final int MAX_BYTES = 50 * 1024 * 1024;

    private static final int PROGRESS_EVERY = 250;

    private final RegistryBackend b;
    private final Map<PartnerKind, TransferKind<?>> kinds = new EnumMap<>(PartnerKind.class);

    @Activate
    public Transfer(@Reference RegistryBackend backend) {
        this.b = backend;
        add(new OrganisationCsv(backend.organisations()));
        add(new PersonCsv(backend.people()));
    }

    private void add(TransferKind<?> kind) {
        kinds.put(kind.store().kind(), kind);
    }

    private TransferKind<?> kind(PartnerKind kind) {
        return kinds.get(Objects.requireNonNull(kind, "kind"));
    }

    @Override
    public List<String> columns(PartnerKind kind) {
        return kind(kind).columns();
    }

    // ---- import -----------------------------------------------------------------------------

    @Override
    public ImportReport importCsv(PartnerKind kind, InputStream csv, boolean commit, IntConsumer progress)
            throws IOException {
        Permissions.requireRole(Role.COORDINATOR);
        return importCsv(kind(kind), csv, commit, progress == null ? n -> {} : progress);
    }

    private <D> ImportReport importCsv(TransferKind<D> kind, InputStream csv, boolean commit, IntConsumer tell)
            throws IOException {
        byte[] bytes = csv.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw ValidationException.of("file", Messages.get("import.tooLarge"));
        }
        Charset charset = detect(bytes);
        CsvTable table;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), charset)) {
            table = CsvTable.read(reader);
        } catch (ValidationException e) {
            return report(kind, charset, 0, fileErrors(e), false, 0);
        }
        bytes = null; // the rows are read: let the raw file go
        List<RowError> errors = new ArrayList<>(header(kind, table.header()));
        if (!errors.isEmpty()) {
            return report(kind, charset, table.rows().size(), errors, false, 0);
        }
        List<D> drafts = new ArrayList<>(table.rows().size());
        Map<NameKey, Integer> seen = new HashMap<>();
        Rules rules = b.rules();
        int n = 0;
        for (CsvRow row : table.rows()) {
            D clean = check(kind, row, rules);
            if (clean != null) {
                Integer first = seen.putIfAbsent(kind.store().nameKey(clean), row.number());
                if (first != null) {
                    row.reject(null, Messages.get("import.duplicateRow", first));
                }
            }
            for (FieldError e : row.errors()) {
                errors.add(new RowError(row.number(), column(e.field()), e.message(), e.text()));
            }
            drafts.add(row.errors().isEmpty() ? clean : null);
            if (++n % PROGRESS_EVERY == 0) {
                tell.accept(n);
            }
        }
        if (errors.isEmpty()) {
            errors.addAll(existing(kind, table.rows(), drafts));
        }
        if (!errors.isEmpty() || !commit) {
            tell.accept(n);
            return report(kind, charset, drafts.size(), errors, false, 0);
        }
        int imported = write(kind, drafts, tell);
        return report(kind, charset, drafts.size(), List.of(), true, imported);
    }

    private static ImportReport report(
            TransferKind<?> kind, Charset charset, int rows, List<RowError> errors, boolean committed, int imported) {
        String name = charset.equals(SHIFT_JIS) ? "Shift_JIS" : "UTF-8";
        return new ImportReport(kind.store().kind(), name, rows, errors, committed, imported);
    }

    /** UTF-8 when the file has a BOM or decodes as UTF-8 without error; otherwise Shift_JIS (Excel). */
    static Charset detect(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return SHIFT_JIS;
        }
    }

    private static List<RowError> fileErrors(ValidationException e) {
        return e.errors().stream()
                .map(f -> new RowError(1, column(f.field()), f.message(), f.text()))
                .toList();
    }

    private static List<RowError> header(TransferKind<?> kind, List<String> header) {
        List<RowError> errors = new ArrayList<>();
        for (String column : kind.requiredColumns()) {
            if (!header.contains(column)) {
                errors.add(new RowError(1, column, Messages.get("import.missingColumn", column)));
            }
        }
        for (String column : header) {
            if (!column.isEmpty() && !kind.columns().contains(column)) {
                errors.add(new RowError(1, column, kind.unknownColumn(column, header)));
            }
        }
        return errors;
    }

    /** "3行目 電話番号" → "電話番号". */
    private static String column(String field) {
        int space = field.indexOf(' ');
        return field.endsWith("行目") ? "" : space < 0 ? field : field.substring(space + 1);
    }

    /** The row's draft, cleaned; null when the row has problems (recorded in the row). */
    private <D> D check(TransferKind<D> kind, CsvRow row, Rules rules) {
        try {
            D draft = kind.parse(row, b.fields());
            if (!row.errors().isEmpty()) {
                return null;
            }
            return kind.check(draft, rules);
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                row.reject(kind.columnOf(error.field()), error);
            }
            return null;
        }
    }

    /** Rows that are already in the registry (same name and reading as an active partner), as errors. */
    private <D> List<RowError> existing(TransferKind<D> kind, List<CsvRow> rows, List<D> drafts) {
        Set<NameKey> stored = b.read(c -> b.scans().activeNames(c, kind.store().kind()));
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (stored.contains(kind.store().nameKey(drafts.get(i)))) {
                errors.add(new RowError(
                        rows.get(i).number(),
                        kind.nameColumn(),
                        Messages.get(
                                "import.alreadyRegistered",
                                Messages.kind(kind.store().kind()))));
            }
        }
        return errors;
    }

    /** Writes every draft in one transaction, audited once for the file. */
    private <D> int write(TransferKind<D> kind, List<D> drafts, IntConsumer tell) {
        PartnerStore<D> store = kind.store();
        b.write(c -> {
            long first = -1;
            long last = -1;
            int n = 0;
            List<Long> ids = new ArrayList<>(drafts.size());
            for (D d : drafts) {
                long id = store.insert(c, d);
                ids.add(id);
                first = first < 0 ? id : first;
                last = id;
                if (++n % PROGRESS_EVERY == 0) {
                    tell.accept(n);
                }
            }
            b.reindexAfterCommit(ids);
            b.audit(
                    AuditAction.IMPORT,
                    store.recordType(),
                    null,
                    "CSVから" + store.kind().labelJa() + " " + drafts.size() + "件を登録（ID " + first + "〜" + last + "）");
            b.postAfterCommit(kind.createdTopic(), last);
            return null;
        });
        tell.accept(drafts.size());
        return drafts.size();
    }

    // ---- export -----------------------------------------------------------------------------

    @Override
    public int exportCsv(PartnerKind kind, PartnerQuery query, OutputStream out) throws IOException {
        return exportCsv(kind(kind), query, out);
    }

    private <D> int exportCsv(TransferKind<D> kind, PartnerQuery query, OutputStream out) throws IOException {
        Actor actor = Permissions.requireRole(kind.exportRole());
        PartnerKind partnerKind = kind.store().kind();
        PartnerQuery q = query.withTypes(
                query.types().stream().filter(t -> t.kind() == partnerKind).collect(Collectors.toSet()));
        if (q.types().isEmpty()) {
            q = q.withTypes(Arrays.stream(PartnerType.values())
                    .filter(t -> t.kind() == partnerKind)
                    .collect(Collectors.toSet()));
        }
        SearchSpec spec = b.searchSpec(q, actor, false);
        CsvWriter csv = new CsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)).withByteOrderMark();
        csv.row(kind.columns());
        int[] count = {0};
        b.write(c -> {
            for (long id : b.scans().ids(c, spec)) {
                D draft = kind.store().read(c, id).orElseThrow();
                try {
                    csv.row(kind.row(kind.mask(draft, actor), b.fields()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                count[0]++;
            }
            b.audit(
                    AuditAction.EXPORT,
                    kind.store().recordType(),
                    null,
                    partnerKind.labelJa() + " " + count[0] + "件をCSVに出力"
                            + (query.text().isEmpty() ? "" : "（検索: " + query.text() + "）"));
            return null;
        });
        csv.flush();
        return count[0];
    }
}
