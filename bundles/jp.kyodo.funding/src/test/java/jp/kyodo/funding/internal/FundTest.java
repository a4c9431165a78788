package jp.kyodo.funding.internal;

import static jp.kyodo.funding.internal.FundingKit.COORDINATOR;
import static jp.kyodo.funding.internal.FundingKit.STAFF;
import static jp.kyodo.funding.internal.FundingKit.VIEWER;
import static jp.kyodo.funding.internal.FundingKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.funding.Fund;
import jp.kyodo.funding.FundDraft;
import jp.kyodo.funding.FundYear;
import jp.kyodo.funding.LedgerEntry;
import jp.kyodo.funding.LedgerEntryDraft;
import jp.kyodo.funding.LedgerImportReport;
import jp.kyodo.funding.LedgerKind;
import jp.kyodo.funding.LedgerQuery;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@DatabaseTest
class FundTest {

    static final Charset CP932 = Charset.forName("windows-31j");

    private final FundingKit kit = new FundingKit();

    @AfterEach
    void close() {
        kit.close();
    }

    private Fund fund(int openedYear, long opening) {
        return as(
                COORDINATOR,
                () -> kit.funds.open(new FundDraft("volunteer", "ボランティアひとづくり基金", "ボランティアの育成", openedYear, opening)));
    }

    private long count(String table) throws Exception {
        try (var c = kit.db.connect();
                var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void yearsCarryTheirBalancesOverExactly() {
        Fund f = fund(2024, 2_147_483_647L);
        long id = f.id();
        as(COORDINATOR, () -> kit.funds.record(LedgerEntryDraft.cityTransfer(id, LocalDate.of(2024, 4, 1), 1, "積立")));
        as(
                COORDINATOR,
                () -> kit.funds.record(LedgerEntryDraft.donation(
                        id, LocalDate.of(2025, 3, 31), 10_000, "川口 花子", "川口市本町1-1", "R6-001")));
        as(COORDINATOR, () -> kit.funds.record(LedgerEntryDraft.interest(id, LocalDate.of(2025, 4, 1), 7)));
        as(
                COORDINATOR,
                () -> kit.funds.record(
                        LedgerEntryDraft.withdrawal(id, LocalDate.of(2026, 5, 1), 2_000_000_000L, "ボランティア講座", null)));
        List<FundYear> years = as(VIEWER, () -> kit.funds.years(id));
        assertEquals(
                List.of(2024, 2025, 2026),
                years.stream().map(FundYear::fiscalYear).toList());
        FundYear y2024 = years.get(0);
        assertEquals(2_147_483_647L, y2024.openingYen());
        assertEquals(10_001, y2024.depositsYen());
        assertEquals(2_147_493_648L, y2024.closingYen());
        assertEquals(y2024.closingYen(), years.get(1).openingYen());
        assertEquals(2_147_493_655L, years.get(1).closingYen());
        assertEquals(147_493_655L, years.get(2).closingYen());
        assertEquals("令和6年度", y2024.label());
        assertEquals(147_493_655L, as(VIEWER, () -> kit.funds.get(id)).balanceYen());

        FundYear closed = as(COORDINATOR, () -> kit.funds.closeYear(id, 2024));
        assertTrue(closed.closed());
        assertEquals(2, closed.entries());
        ConflictException late = assertThrows(
                ConflictException.class,
                () -> as(
                        COORDINATOR,
                        () -> kit.funds.record(LedgerEntryDraft.interest(id, LocalDate.of(2025, 3, 1), 1))));
        assertEquals("令和6年度は締め済みのため記録できません", late.getMessage());
        assertThrows(ConflictException.class, () -> as(COORDINATOR, () -> kit.funds.closeYear(id, 2026)), "not ended");
        assertThrows(ConflictException.class, () -> as(COORDINATOR, () -> kit.funds.closeYear(id, 2024)), "in order");
        as(COORDINATOR, () -> kit.funds.closeYear(id, 2025));
        assertEquals(2025, as(VIEWER, () -> kit.funds.get(id)).lastClosedYear());
        assertEquals(147_493_655L, as(VIEWER, () -> kit.funds.years(id)).get(2).closingYen());
        assertTrue(kit.audit.entries().stream().anyMatch(e -> e.detail().contains("年度末残高 2,147,493,648円")));
    }

    @Test
    void aWithdrawalNeverOverdrawsAndDonorsAreForCoordinators() {
        Fund f = fund(2026, 0);
        long id = f.id();
        ConflictException over = assertThrows(
                ConflictException.class,
                () -> as(
                        COORDINATOR,
                        () -> kit.funds.record(
                                LedgerEntryDraft.withdrawal(id, LocalDate.of(2026, 5, 1), 1, "講座", null))));
        assertEquals("The withdrawal of 1円 is more than the balance 0円", over.message(Locale.ENGLISH));
        LedgerEntry gift = as(
                COORDINATOR,
                () -> kit.funds.record(
                        LedgerEntryDraft.donation(id, LocalDate.of(2026, 5, 2), 1, "蕨 太郎", "蕨市中央1-1", "R8-001")));
        assertThrows(
                ValidationException.class,
                () -> as(
                        COORDINATOR,
                        () -> kit.funds.record(
                                LedgerEntryDraft.donation(id, LocalDate.of(2026, 5, 3), 5, "別人", "", "R8-001"))));
        assertThrows(
                ValidationException.class,
                () -> as(
                        COORDINATOR,
                        () -> kit.funds.record(
                                LedgerEntryDraft.donation(id, LocalDate.of(2026, 5, 3), 0, "", "", ""))));
        as(
                COORDINATOR,
                () -> kit.funds.record(LedgerEntryDraft.withdrawal(id, LocalDate.of(2026, 5, 4), 1, "講座", null)));
        assertEquals("", as(STAFF, () -> kit.funds.entry(gift.id())).details().donorName());
        assertEquals(
                "蕨 太郎",
                as(COORDINATOR, () -> kit.funds.entry(gift.id())).details().donorName());
        assertEquals(
                2,
                as(STAFF, () -> kit.funds.entries(LedgerQuery.of(id), PageRequest.first(10)))
                        .total());
        assertEquals(
                1,
                as(COORDINATOR, () -> kit.funds.entries(new LedgerQuery(id, 2026, null, "蕨"), PageRequest.first(10)))
                        .total());
        assertEquals(
                0,
                as(STAFF, () -> kit.funds.entries(new LedgerQuery(id, 2026, null, "蕨"), PageRequest.first(10)))
                        .total(),
                "staff cannot search by donor");
        assertThrows(
                AccessDeniedException.class,
                () -> as(VIEWER, () -> kit.funds.entries(LedgerQuery.of(id), PageRequest.first(10))));
        ConflictException removeGift = assertThrows(
                ConflictException.class,
                () -> as(COORDINATOR, () -> {
                    kit.funds.remove(gift.id(), "誤入力");
                    return null;
                }));
        assertTrue(removeGift.getMessage().contains("残高"));
    }

    /** The old Excel ledger, one line per year, 平成24年度 to 令和6年度 (平成31年度 written as such). */
    static String yearsCsv() {
        StringBuilder csv = new StringBuilder("年度,前年度末残高,積立,寄附,利子,取崩,年度末残高\r\n");
        long balance = 10_000_000;
        for (int year = 2012; year <= 2024; year++) {
            long in = 3_000_000 + year;
            long gifts = 250_000 + year * 10L;
            long interest = 1_234;
            long out = 2_500_000;
            long closing = balance + in + gifts + interest - out;
            String name = year == 2019 ? "平成31年度" : new FiscalYear(year).format();
            csv.append(name)
                    .append(',')
                    .append(balance)
                    .append(",\"")
                    .append(String.format("%,d", in))
                    .append("\",")
                    .append(gifts)
                    .append(',')
                    .append(interest)
                    .append(",¥")
                    .append(out)
                    .append(',')
                    .append(closing)
                    .append("\r\n");
            balance = closing;
        }
        return csv.toString();
    }

    @Test
    void pastYearsComeFromTheOldLedgerAndAreClosed() {
        Fund f = fund(2012, 10_000_000);
        byte[] csv = ("\uFEFF" + yearsCsv()).getBytes(StandardCharsets.UTF_8);
        LedgerImportReport dry = as(COORDINATOR, () -> kit.funds.importLedger(f.id(), csv, false));
        assertFalse(dry.hasErrors(), dry.errors().toString());
        assertFalse(dry.committed());
        assertEquals("years", dry.layout());
        assertEquals(13, dry.rows());
        assertEquals(
                2024,
                dry.years().stream()
                        .filter(FundYear::closed)
                        .mapToInt(FundYear::fiscalYear)
                        .max()
                        .orElse(0));
        assertTrue(
                as(VIEWER, () -> kit.funds.years(f.id())).stream().noneMatch(FundYear::closed),
                "a dry run writes nothing");
        LedgerImportReport done = as(COORDINATOR, () -> kit.funds.importLedger(f.id(), csv, true));
        assertTrue(done.committed());
        assertEquals(13 * 4, done.imported());
        List<FundYear> years = as(VIEWER, () -> kit.funds.years(f.id()));
        assertEquals("平成24年度", years.get(0).label());
        assertEquals("令和元年度", years.get(7).label());
        FundYear r6 = years.get(12);
        assertEquals(2024, r6.fiscalYear());
        assertTrue(r6.closed());
        assertEquals(years.get(12).closingYen(), years.get(13).openingYen());
        assertEquals(1, kit.audit.of(AuditAction.IMPORT).size());
    }

    @Test
    void aFileWithAnyErrorWritesNothingAndSaysWhereByRow() throws Exception {
        Fund f = fund(2012, 10_000_000);
        String bad = yearsCsv().replace("令和2年度,", "令和2年度,1,").replace("平成26年度", "平成26年");
        LedgerImportReport report =
                as(COORDINATOR, () -> kit.funds.importLedger(f.id(), bad.getBytes(StandardCharsets.UTF_8), true));
        assertTrue(report.hasErrors());
        assertFalse(report.committed());
        assertEquals(0, count("FUN_LEDGER_ENTRY"));
        assertEquals(0, count("FUN_FUND_YEAR"));
        String entriesWithErrors = "日付,区分,金額,摘要,寄附者,受領証番号,充当先\r\n"
                + "令和7年4月10日,積立,100000,一般会計より,,,\r\n"
                + "令和7年2月30日,寄附,5000,,匿名,R7-1,\r\n"
                + "R7.5.1,寄付,-3,,山田,R7-2,\r\n"
                + "2025/6/1,取崩,1000,,,,\r\n"
                + "2025/6/2,貸付,1000,,,,\r\n";
        LedgerImportReport rows =
                as(COORDINATOR, () -> kit.funds.importLedger(f.id(), entriesWithErrors.getBytes(CP932), true));
        assertEquals("Shift_JIS", rows.encoding());
        List<String> where = rows.errors().stream().map(e -> e.field()).toList();
        assertEquals(
                List.of("3行目 日付", "4行目 金額", "5行目 充当先", "6行目 区分"),
                where,
                rows.errors().toString());
        assertEquals(0, count("FUN_LEDGER_ENTRY"));
    }

    @Test
    void entriesFromExcelInCp932WithWarekiDatesCloseTheYearsBeforeTheLast() throws Exception {
        Fund f = fund(2024, 1_000_000);
        String csv = "年度,日付,区分,金額,摘要,寄附者,寄附者住所,受領証番号,充当先\r\n"
                + "令和6年度,令和6年4月1日,積立,\"1,000,000\",一般会計より,,,,\r\n"
                + ",R07.03.31,寄附,５０００,,髙橋 一郎,川口市①番地,R6-0001,\r\n"
                + "令和7年度,2025/4/2,取崩,300000,,,,,ボランティア講座\r\n"
                + ",令和7年5月1日,利子,12,,,,,\r\n";
        LedgerImportReport report = as(COORDINATOR, () -> kit.funds.importLedger(f.id(), csv.getBytes(CP932), true));
        assertTrue(report.committed(), report.errors().toString());
        assertEquals(4, report.imported());
        List<FundYear> years = as(VIEWER, () -> kit.funds.years(f.id()));
        assertTrue(years.get(0).closed());
        assertEquals(2_005_000, years.get(0).closingYen());
        assertFalse(years.get(1).closed(), "the last year in the file stays open");
        assertEquals(1_705_012, years.get(1).closingYen());
        LedgerEntry gift = as(
                        COORDINATOR,
                        () -> kit.funds.entries(
                                new LedgerQuery(f.id(), 2024, LedgerKind.DONATION, ""), PageRequest.first(5)))
                .items()
                .get(0);
        assertEquals("髙橋 一郎", gift.details().donorName());
        assertEquals("川口市①番地", gift.details().donorAddress());
        assertTrue(gift.imported());
        // the same file again: its years are closed now
        LedgerImportReport again = as(COORDINATOR, () -> kit.funds.importLedger(f.id(), csv.getBytes(CP932), true));
        assertTrue(again.hasErrors());
        assertEquals(4, count("FUN_LEDGER_ENTRY"));
    }

    @Test
    void aLedgerExportedImportsAgainAndTheYearsExportInTheYearsLayout() throws Exception {
        Fund f = fund(2024, 1_000_000);
        String csv = "日付,区分,金額,摘要,寄附者,寄附者住所,受領証番号,充当先\r\n"
                + "令和6年4月1日,積立,1000000,一般会計より,,,,\r\n"
                + "2024/5/1,寄附,5000,,髙橋 一郎,川口市①番地,R6-0001,\r\n"
                + "2025/4/2,取崩,300000,,,,,ボランティア講座\r\n";
        LedgerImportReport imported =
                as(COORDINATOR, () -> kit.funds.importLedger(f.id(), csv.getBytes(StandardCharsets.UTF_8), true));
        assertTrue(imported.committed(), imported.errors().toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as(COORDINATOR, () -> {
            kit.funds.exportLedger(f.id(), null, out);
            return null;
        });
        String exported = out.toString(StandardCharsets.UTF_8);
        assertTrue(exported.startsWith("\uFEFF年度,日付,区分,金額,"), exported);
        assertTrue(exported.contains("令和6年度,2024-05-01,寄附,5000,,髙橋 一郎,川口市①番地,R6-0001,"), exported);
        Fund copy = as(COORDINATOR, () -> kit.funds.open(new FundDraft("copy", "写し", "", 2024, 1_000_000)));
        LedgerImportReport again = as(COORDINATOR, () -> kit.funds.importLedger(copy.id(), out.toByteArray(), true));
        assertTrue(again.committed(), again.errors().toString());
        assertEquals(
                as(VIEWER, () -> kit.funds.years(f.id())).stream()
                        .map(FundYear::closingYen)
                        .toList(),
                as(VIEWER, () -> kit.funds.years(copy.id())).stream()
                        .map(FundYear::closingYen)
                        .toList());
        ByteArrayOutputStream staffOut = new ByteArrayOutputStream();
        as(STAFF, () -> {
            kit.funds.exportLedger(f.id(), 2024, staffOut);
            return null;
        });
        assertTrue(!staffOut.toString(StandardCharsets.UTF_8).contains("髙橋"), "donors only for coordinators");
        ByteArrayOutputStream years = new ByteArrayOutputStream();
        as(VIEWER, () -> {
            kit.funds.exportYears(f.id(), years);
            return null;
        });
        assertTrue(
                years.toString(StandardCharsets.UTF_8)
                        .startsWith(
                                "\uFEFF年度,前年度末残高,積立,寄附,利子,取崩,年度末残高\r\n" + "令和6年度,1000000,1000000,5000,0,0,2005000\r\n"),
                years.toString(StandardCharsets.UTF_8));
        assertEquals(2, kit.audit.of(AuditAction.EXPORT).size());
    }
}
