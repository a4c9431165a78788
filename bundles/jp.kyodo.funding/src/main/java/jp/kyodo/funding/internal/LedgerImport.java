package jp.kyodo.funding.internal;

import static jp.kyodo.funding.internal.FundingBackend.MESSAGES;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.core.calendar.Wareki;
import jp.kyodo.core.csv.CsvCharsets;
import jp.kyodo.core.csv.CsvRow;
import jp.kyodo.core.csv.CsvTable;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.funding.FundYear;
import jp.kyodo.funding.FundingEvents;
import jp.kyodo.funding.LedgerEntryDraft;
import jp.kyodo.funding.LedgerImportReport;
import jp.kyodo.funding.LedgerKind;

/**
 * The import of a fund's old ledger from Excel (see the bundle's README for both layouts). Every row is
 * converted and checked first; then the whole import runs in one transaction — the lines written in batches,
 * the years the file covers closed —, and a dry run rolls that transaction back, so its report (with the
 * year-end balances) is exactly what the import would do.
 */
final class LedgerImport {

    static final String ENTRIES = "entries";
    static final String YEARS = "years";

    static final String DATE = "日付";
    static final String YEAR = "年度";
    static final String KIND = "区分";
    static final String AMOUNT = "金額";
    static final String DESCRIPTION = "摘要";
    static final String DONOR = "寄附者";
    static final String DONOR_ADDRESS = "寄附者住所";
    static final String RECEIPT = "受領証番号";
    static final String FINANCED = "充当先";
    static final String OPENING = "前年度末残高";
    static final String CLOSING = "年度末残高";
    static final List<String> ENTRY_COLUMNS =
            List.of(DATE, YEAR, KIND, AMOUNT, DESCRIPTION, DONOR, DONOR_ADDRESS, RECEIPT, FINANCED);
    static final List<String> YEAR_COLUMNS = List.of(
            YEAR,
            OPENING,
            LedgerKind.CITY_TRANSFER.labelJa(),
            LedgerKind.DONATION.labelJa(),
            LedgerKind.INTEREST.labelJa(),
            LedgerKind.WITHDRAWAL.labelJa(),
            CLOSING);

    private static final Pattern YEN = Pattern.compile("\\d{1,16}");

    private final FundingBackend b;
    private final FundService funds;
    private final LedgerStore ledger;

    LedgerImport(FundingBackend b, FundService funds, LedgerStore ledger) {
        this.b = b;
        this.funds = funds;
        this.ledger = ledger;
    }

    /** A year of the years layout, with the balances the old ledger states (null when not given). */
    private record YearRow(int row, int year, long[] amounts, Long opening, Long closing) {}

    /** Ends the transaction with a report: rolled back for a dry run or a problem found inside it. */
    private static final class Outcome extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient LedgerImportReport report;

        Outcome(LedgerImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    LedgerImportReport run(long fundId, byte[] bytes, boolean commit, Actor actor) {
        Charset charset = CsvCharsets.detect(bytes);
        String encoding = CsvCharsets.displayName(charset);
        CsvTable table;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), charset)) {
            table = CsvTable.read(reader);
        } catch (ValidationException e) {
            return new LedgerImportReport(encoding, "", 0, e.errors(), false, 0, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String layout = table.header().contains(DATE) ? ENTRIES : table.header().contains(YEAR) ? YEARS : "";
        List<FieldError> errors = new ArrayList<>();
        if (layout.isEmpty()) {
            errors.add(new FieldError(CsvRow.field(1, null), MESSAGES.get("import.layout", DATE, YEAR)));
            return new LedgerImportReport(encoding, "", table.rows().size(), errors, false, 0, List.of());
        }
        List<String> known = layout.equals(ENTRIES) ? ENTRY_COLUMNS : YEAR_COLUMNS;
        for (String column : table.header()) {
            if (!column.isEmpty() && !known.contains(column)) {
                errors.add(new FieldError(CsvRow.field(1, column), MESSAGES.get("import.unknownColumn", column)));
            }
        }
        if (layout.equals(ENTRIES)) {
            for (String required : List.of(KIND, AMOUNT)) {
                if (!table.header().contains(required)) {
                    errors.add(new FieldError(CsvRow.field(1, null), MESSAGES.get("import.missingColumn", required)));
                }
            }
        }
        if (!errors.isEmpty()) {
            return new LedgerImportReport(encoding, layout, table.rows().size(), errors, false, 0, List.of());
        }
        List<LedgerEntryDraft> drafts = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        List<YearRow> years = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            if (layout.equals(ENTRIES)) {
                LedgerEntryDraft d = entry(fundId, row);
                if (d != null && row.errors().isEmpty()) {
                    drafts.add(d);
                    rowOf.add(row.number());
                }
            } else {
                YearRow y = year(row);
                if (y != null && row.errors().isEmpty()) {
                    years.add(y);
                }
            }
            errors.addAll(row.errors());
        }
        if (!errors.isEmpty()) {
            return new LedgerImportReport(encoding, layout, table.rows().size(), errors, false, 0, List.of());
        }
        int rows = table.rows().size();
        try {
            return b.both((em, c) -> {
                FundEntity f = funds.fundEntity(em, fundId);
                ledger.lock(c, f.id, b.now());
                List<FieldError> problems = new ArrayList<>();
                List<FundYear> closed = layout.equals(ENTRIES)
                        ? importEntries(c, f, drafts, rowOf, actor, problems)
                        : importYears(c, f, years, actor, problems);
                int imported = problems.isEmpty() ? (layout.equals(ENTRIES) ? drafts.size() : linesOf(years)) : 0;
                if (!problems.isEmpty()) {
                    throw new Outcome(new LedgerImportReport(encoding, layout, rows, problems, false, 0, List.of()));
                }
                List<FundYear> after = funds.years(c, f);
                if (!commit) {
                    throw new Outcome(
                            new LedgerImportReport(encoding, layout, rows, List.of(), false, imported, after));
                }
                b.audit(
                        AuditAction.IMPORT,
                        FundService.RECORD_TYPE,
                        f.id,
                        "基金「" + f.name + "」の旧台帳を取込（" + imported + " 件、" + closed.size() + " 年度を締め）");
                b.post(FundingEvents.FUND_UPDATED, f.id);
                return new LedgerImportReport(encoding, layout, rows, List.of(), true, imported, after);
            });
        } catch (Outcome o) {
            return o.report;
        }
    }

    private static int linesOf(List<YearRow> years) {
        int n = 0;
        for (YearRow y : years) {
            for (long a : y.amounts()) {
                if (a > 0) {
                    n++;
                }
            }
        }
        return n;
    }

    // ---- rows ----------------------------------------------------------------------------------

    private LedgerEntryDraft entry(long fundId, CsvRow row) {
        LocalDate date = row.parse(DATE, Wareki::parseDate);
        LedgerKind kind = row.parse(KIND, LedgerImport::kind);
        Long amount = row.parse(AMOUNT, LedgerImport::yen);
        if (date != null && !row.get(YEAR).isEmpty()) {
            FiscalYear stated = row.parse(YEAR, FiscalYear::parse);
            if (stated != null && !stated.equals(FiscalYear.of(date))) {
                row.reject(
                        YEAR,
                        MESSAGES.get(
                                "import.yearMismatch",
                                row.get(YEAR),
                                Wareki.formatDate(date),
                                FiscalYear.of(date).format()));
            }
        }
        if (date == null || kind == null || amount == null) {
            return null;
        }
        LedgerEntryDraft d = new LedgerEntryDraft(
                fundId,
                kind,
                date,
                amount,
                row.get(DESCRIPTION),
                row.get(DONOR),
                row.get(DONOR_ADDRESS),
                row.get(RECEIPT),
                null,
                row.get(FINANCED));
        Checks checks = funds.checkEntry(new Checks(b), "", d);
        try {
            checks.throwIfAny();
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                row.reject(column(error.field()), error);
            }
        }
        return d;
    }

    private static String column(String field) {
        return switch (field) {
            case "kind" -> KIND;
            case "entryDate" -> DATE;
            case "amountYen" -> AMOUNT;
            case "description" -> DESCRIPTION;
            case "donorName" -> DONOR;
            case "donorAddress" -> DONOR_ADDRESS;
            case "receiptNumber" -> RECEIPT;
            case "financed" -> FINANCED;
            default -> null;
        };
    }

    private YearRow year(CsvRow row) {
        FiscalYear fy = row.parse(YEAR, FiscalYear::parse);
        LedgerKind[] kinds = LedgerKind.values();
        long[] amounts = new long[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            String column = kinds[i].labelJa();
            if (!row.get(column).isEmpty()) {
                Long v = row.parse(column, LedgerImport::yen);
                amounts[i] = v == null ? 0 : v;
            }
        }
        Long opening = row.get(OPENING).isEmpty() ? null : row.parse(OPENING, LedgerImport::yen);
        Long closing = row.get(CLOSING).isEmpty() ? null : row.parse(CLOSING, LedgerImport::yen);
        return fy == null ? null : new YearRow(row.number(), fy.startYear(), amounts, opening, closing);
    }

    static LedgerKind kind(String text) {
        return LedgerKind.parse(text)
                .orElseThrow(() -> ValidationException.of("kind", MESSAGES.get("import.kind", text)));
    }

    /** Whole yen as Excel shows them: 1,234,567 / ¥1,234 / 1234円 / 全角; never negative or with a fraction. */
    static Long yen(String text) {
        String s = JapaneseText.normalizeWidth(text)
                .replace(",", "")
                .replace("¥", "")
                .replace("\\", "");
        s = s.replace("円", "").replace(" ", "");
        if (s.isEmpty()) {
            throw ValidationException.of("amount", MESSAGES.get("check.required"));
        }
        if (!YEN.matcher(s).matches() || Long.parseLong(s) > Checks.MAX_YEN) {
            throw ValidationException.of("amount", MESSAGES.get("import.yen", text));
        }
        return Long.parseLong(s);
    }

    // ---- the import in its transaction ---------------------------------------------------------

    private List<FundYear> importEntries(
            Connection c,
            FundEntity f,
            List<LedgerEntryDraft> drafts,
            List<Integer> rowOf,
            Actor actor,
            List<FieldError> problems)
            throws SQLException {
        int next = nextOpenYear(c, f);
        Set<String> receipts = new HashSet<>();
        Set<String> taken = ledger.receipts(c, f.id);
        int lastYear = next;
        for (int i = 0; i < drafts.size(); i++) {
            LedgerEntryDraft d = drafts.get(i);
            int row = rowOf.get(i);
            int year = FiscalYear.of(d.entryDate()).startYear();
            lastYear = Math.max(lastYear, year);
            if (year < next) {
                problems.add(new FieldError(
                        CsvRow.field(row, DATE),
                        MESSAGES.get(
                                "import.yearClosedOrBefore",
                                new FiscalYear(year).format(),
                                new FiscalYear(next).format())));
            }
            String receipt = d.receiptNumber();
            if (!receipt.isEmpty() && (!receipts.add(receipt) || ledger.receiptTaken(c, f.id, receipt, null))) {
                problems.add(new FieldError(CsvRow.field(row, RECEIPT), MESSAGES.get("ledger.receiptTaken", receipt)));
            }
        }
        if (!problems.isEmpty()) {
            return List.of();
        }
        ledger.insertAll(c, drafts, d -> FiscalYear.of(d.entryDate()).startYear(), actor.userName(), b.now());
        List<FundYear> closed = new ArrayList<>();
        for (int year = next; year < lastYear; year++) {
            try {
                closed.add(funds.close(c, f, year, actor.userName(), b.now(), true));
            } catch (ConflictException e) {
                problems.add(new FieldError(new FiscalYear(year).format(), e.getMessage()));
                return closed;
            }
        }
        return closed;
    }

    private List<FundYear> importYears(
            Connection c, FundEntity f, List<YearRow> years, Actor actor, List<FieldError> problems)
            throws SQLException {
        int first = nextOpenYear(c, f);
        int expected = first;
        long opening = funds.years(c, f).stream()
                .filter(y -> y.fiscalYear() == first)
                .findFirst()
                .map(FundYear::openingYen)
                .orElse(f.openingBalanceYen);
        TreeMap<Integer, YearRow> byYear = new TreeMap<>();
        for (YearRow y : years) {
            if (byYear.put(y.year(), y) != null) {
                problems.add(new FieldError(
                        CsvRow.field(y.row(), YEAR),
                        MESSAGES.get("import.yearTwice", new FiscalYear(y.year()).format())));
            }
        }
        List<FundYear> closed = new ArrayList<>();
        if (!problems.isEmpty()) {
            return closed;
        }
        LedgerKind[] kinds = LedgerKind.values();
        for (YearRow y : byYear.values()) {
            FiscalYear fy = new FiscalYear(y.year());
            if (y.year() != expected) {
                problems.add(new FieldError(
                        CsvRow.field(y.row(), YEAR),
                        MESSAGES.get("import.yearGap", fy.format(), new FiscalYear(expected).format())));
                return closed;
            }
            if (y.opening() != null && y.opening() != opening) {
                problems.add(new FieldError(
                        CsvRow.field(y.row(), OPENING),
                        MESSAGES.get("import.openingMismatch", Money.yen(y.opening()), Money.yen(opening))));
            }
            List<LedgerEntryDraft> lines = new ArrayList<>();
            LocalDate end = fy.end();
            for (int i = 0; i < kinds.length; i++) {
                if (y.amounts()[i] > 0) {
                    String text = "旧台帳より（" + fy.format() + " " + kinds[i].labelJa() + "）";
                    lines.add(new LedgerEntryDraft(
                            f.id,
                            kinds[i],
                            end,
                            y.amounts()[i],
                            text,
                            kinds[i] == LedgerKind.DONATION ? "旧台帳の寄附金合計" : "",
                            "",
                            "",
                            null,
                            kinds[i] == LedgerKind.WITHDRAWAL ? "旧台帳の取崩合計" : ""));
                }
            }
            int lineYear = y.year();
            ledger.insertAll(c, lines, d -> lineYear, actor.userName(), b.now());
            FundYear done;
            try {
                done = funds.close(c, f, y.year(), actor.userName(), b.now(), true);
            } catch (ConflictException e) {
                problems.add(new FieldError(CsvRow.field(y.row(), YEAR), e.getMessage()));
                return closed;
            }
            if (y.closing() != null && y.closing() != done.closingYen()) {
                problems.add(new FieldError(
                        CsvRow.field(y.row(), CLOSING),
                        MESSAGES.get("import.closingMismatch", Money.yen(y.closing()), Money.yen(done.closingYen()))));
            }
            closed.add(done);
            opening = done.closingYen();
            expected++;
        }
        return closed;
    }

    private int nextOpenYear(Connection c, FundEntity f) throws SQLException {
        Optional<FundYear> last = ledger.lastClosed(c, f.id);
        return last.map(y -> y.fiscalYear() + 1).orElse(f.openedYear);
    }
}
