package jp.kyodo.registry.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
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
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.PersonDraft;
import jp.kyodo.registry.RegistryTransfer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = RegistryTransfer.class)
public final class Transfer implements RegistryTransfer {

    /** Excel's "CSV" in Japanese Windows: Shift_JIS with Microsoft's extensions (①, ㈱, 髙 …). */
    static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    static final int MAX_BYTES = 50 * 1024 * 1024;

    private static final int PROGRESS_EVERY = 250;

    private final RegistryBackend b;

    @Activate
    public Transfer(@Reference RegistryBackend backend) {
        this.b = backend;
    }

    @Override
    public List<String> columns(PartnerKind kind) {
        return kind == PartnerKind.ORGANISATION ? CsvLayouts.ORGANISATION : CsvLayouts.PERSON;
    }

    @Override
    public ImportReport importCsv(PartnerKind kind, InputStream csv, boolean commit, IntConsumer progress)
            throws IOException {
        Permissions.requireRole(Role.COORDINATOR);
        IntConsumer tell = progress == null ? n -> {} : progress;
        byte[] bytes = csv.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw ValidationException.of("file", "ファイルが大きすぎます（50MBまで）。分けてインポートしてください");
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
        List<Object> drafts = new ArrayList<>(table.rows().size());
        Map<NameKey, Integer> seen = new HashMap<>();
        Rules rules = b.rules();
        int n = 0;
        for (CsvRow row : table.rows()) {
            Object clean = check(kind, row, rules);
            if (clean != null) {
                NameKey key = duplicateKey(clean);
                Integer first = seen.putIfAbsent(key, row.number());
                if (first != null) {
                    row.reject(null, "名称とふりがなが " + first + "行目 と同じです（重複）");
                }
            }
            for (FieldError e : row.errors()) {
                errors.add(new RowError(row.number(), column(e.field()), e.message()));
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
            PartnerKind kind, Charset charset, int rows, List<RowError> errors, boolean committed, int imported) {
        String name = charset.equals(SHIFT_JIS) ? "Shift_JIS" : "UTF-8";
        return new ImportReport(kind, name, rows, errors, committed, imported);
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
                .map(f -> new RowError(1, column(f.field()), f.message()))
                .toList();
    }

    private List<RowError> header(PartnerKind kind, List<String> header) {
        List<String> layout = columns(kind);
        List<RowError> errors = new ArrayList<>();
        List<String> required = kind == PartnerKind.ORGANISATION ? List.of("種別", "名称", "ふりがな") : List.of("氏名", "ふりがな");
        for (String column : required) {
            if (!header.contains(column)) {
                errors.add(new RowError(1, column, "見出しに「" + column + "」の列がありません"));
            }
        }
        for (String column : header) {
            if (!column.isEmpty() && !layout.contains(column)) {
                errors.add(new RowError(
                        1,
                        column,
                        "「" + column + "」はこの形式にない列です。列名をお確かめください"
                                + (kind == PartnerKind.ORGANISATION && header.contains("氏名")
                                        ? "（個人のファイルではありませんか）"
                                        : "")));
            }
        }
        return errors;
    }

    /** "3行目 電話番号" → "電話番号". */
    private static String column(String field) {
        int space = field.indexOf(' ');
        return field.endsWith("行目") ? "" : space < 0 ? field : field.substring(space + 1);
    }

    private Object check(PartnerKind kind, CsvRow row, Rules rules) {
        try {
            if (kind == PartnerKind.ORGANISATION) {
                OrganisationDraft d = CsvLayouts.organisation(row, b.fields());
                if (!row.errors().isEmpty()) {
                    return null;
                }
                return rules.check(d);
            }
            PersonDraft d = CsvLayouts.person(row);
            if (!row.errors().isEmpty()) {
                return null;
            }
            return rules.check(d);
        } catch (ValidationException e) {
            CsvLayouts.reject(
                    row,
                    e,
                    kind == PartnerKind.ORGANISATION
                            ? CsvLayouts.ORGANISATION_COLUMN_OF_FIELD
                            : CsvLayouts.PERSON_COLUMN_OF_FIELD);
            return null;
        }
    }

    private NameKey duplicateKey(Object draft) {
        return draft instanceof OrganisationDraft o
                ? b.organisations().nameKey(o)
                : b.people().nameKey((PersonDraft) draft);
    }

    /** Rows that are already in the registry (same name and reading), as errors. */
    private List<RowError> existing(PartnerKind kind, List<CsvRow> rows, List<Object> drafts) {
        Set<NameKey> stored = b.read(c -> b.scans().activeNames(c, kind));
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (stored.contains(duplicateKey(drafts.get(i)))) {
                errors.add(new RowError(
                        rows.get(i).number(),
                        kind == PartnerKind.ORGANISATION ? "名称" : "氏名",
                        "同じ名称・ふりがなの" + kind.labelJa() + "がすでに登録されています（重複）"));
            }
        }
        return errors;
    }

    private int write(PartnerKind kind, List<Object> drafts, IntConsumer tell) {
        long[] range = b.write(c -> {
            long first = -1;
            long last = -1;
            int n = 0;
            List<Long> ids = new ArrayList<>(drafts.size());
            for (Object d : drafts) {
                long id = d instanceof OrganisationDraft o
                        ? b.organisations().insert(c, o)
                        : b.people().insert(c, (PersonDraft) d);
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
                    kind == PartnerKind.ORGANISATION ? OrganisationStore.RECORD_TYPE : PersonStore.RECORD_TYPE,
                    null,
                    "CSVから" + kind.labelJa() + " " + drafts.size() + "件を登録（ID " + first + "〜" + last + "）");
            b.postAfterCommit(
                    kind == PartnerKind.ORGANISATION
                            ? jp.kyodo.registry.RegistryEvents.ORGANISATION_CREATED
                            : jp.kyodo.registry.RegistryEvents.PERSON_CREATED,
                    last);
            return new long[] {first, last};
        });
        tell.accept(drafts.size());
        return drafts.size();
    }

    @Override
    public int exportCsv(PartnerKind kind, PartnerQuery query, OutputStream out) throws IOException {
        Actor actor = kind == PartnerKind.PERSON
                ? Permissions.requireRole(Role.COORDINATOR)
                : Permissions.requireRole(Role.STAFF);
        PartnerQuery q = query.withTypes(
                query.types().stream().filter(t -> t.kind() == kind).collect(java.util.stream.Collectors.toSet()));
        if (q.types().isEmpty()) {
            q = q.withTypes(
                    kind == PartnerKind.PERSON
                            ? Set.of(PartnerType.CITIZEN)
                            : Set.copyOf(PartnerType.organisationTypes()));
        }
        SearchSpec spec = b.searchSpec(q, actor, false);
        CsvWriter csv = new CsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)).withByteOrderMark();
        csv.row(columns(kind));
        int[] count = {0};
        b.write(c -> {
            for (long id : b.scans().ids(c, spec)) {
                try {
                    if (kind == PartnerKind.ORGANISATION) {
                        csv.row(CsvLayouts.row(
                                Privacy.mask(b.organisations().read(c, id).orElseThrow(), actor), b.fields()));
                    } else {
                        csv.row(CsvLayouts.row(
                                Privacy.mask(b.people().read(c, id).orElseThrow(), actor)));
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                count[0]++;
            }
            b.audit(
                    AuditAction.EXPORT,
                    kind == PartnerKind.ORGANISATION ? OrganisationStore.RECORD_TYPE : PersonStore.RECORD_TYPE,
                    null,
                    kind.labelJa() + " " + count[0] + "件をCSVに出力"
                            + (query.text().isEmpty() ? "" : "（検索: " + query.text() + "）"));
            return null;
        });
        csv.flush();
        return count[0];
    }
}
