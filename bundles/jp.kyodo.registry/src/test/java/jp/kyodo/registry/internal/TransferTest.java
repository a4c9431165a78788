package jp.kyodo.registry.internal;

import static jp.kyodo.registry.internal.RegistryKit.COORDINATOR;
import static jp.kyodo.registry.internal.RegistryKit.STAFF;
import static jp.kyodo.registry.internal.RegistryKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.registry.ImportReport;
import jp.kyodo.registry.ImportReport.RowError;
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@DatabaseTest
class TransferTest {

    private static final String GOOD = "種別,名称,ふりがな,法人番号,電話番号,活動分野,活動地域,設立日\r\n"
            + "市民団体,ＮＰＯ法人 芝川クリーン,えぬぴーおーほうじん しばかわくりーん,7000012050002,048-222-1111,環境;子ども・子育て,shiba-n,平成15年4月1日\r\n"
            + "地縁団体,栄町町会,さかえちょうちょうかい,,,まちづくり,sakaecho,\r\n";

    private final RegistryKit kit = new RegistryKit();

    @AfterEach
    void close() {
        kit.close();
    }

    private ImportReport load(byte[] file, boolean commit) {
        return as(
                COORDINATOR,
                () -> kit.transfer.importCsv(PartnerKind.ORGANISATION, new ByteArrayInputStream(file), commit, null));
    }

    /** The message of the problem at the row and column, in the language. */
    private static String message(ImportReport report, int row, String column, Locale locale) {
        return report.errors().stream()
                .filter(e -> e.row() == row && e.column().equals(column))
                .findFirst()
                .orElseThrow(() -> new AssertionError(row + ":" + column + " in " + report.errors()))
                .message(locale);
    }

    private long count() {
        return as(COORDINATOR, () -> kit.directory.search(PartnerQuery.all(), PageRequest.first(1)))
                .total();
    }

    @Test
    void utf8WithAndWithoutBomAndShiftJisAreRead() {
        byte[] bom = ("\uFEFF" + GOOD).getBytes(StandardCharsets.UTF_8);
        ImportReport report = load(bom, false);
        assertEquals("UTF-8", report.encoding());
        assertEquals(2, report.rows());
        assertTrue(report.errors().isEmpty(), report.errors().toString());
        assertEquals("UTF-8", load(GOOD.getBytes(StandardCharsets.UTF_8), false).encoding());
        ImportReport sjis = load(GOOD.getBytes(Charset.forName("windows-31j")), true);
        assertEquals("Shift_JIS", sjis.encoding());
        assertTrue(sjis.committed());
        assertEquals(2, count());
        OrganisationDraft d =
                as(COORDINATOR, () -> kit.directory.search(PartnerQuery.text("芝川"), PageRequest.first(1)))
                        .items()
                        .stream()
                        .findFirst()
                        .map(s -> as(COORDINATOR, () -> kit.organisations.get(s.id()))
                                .details())
                        .orElseThrow();
        assertEquals("NPO法人 芝川クリーン", d.name(), "全角 letters in names are stored half-width");
    }

    @Test
    void aFileWithBadRowsIsReportedRowByRowAndChangesNothing() throws Exception {
        String bad = GOOD
                + "市民団体,戸塚ボランティア会,,,048-296,,,\r\n" // row 4: no reading, bad phone
                + "商店会,新郷東商店会,しんごうひがししょうてんかい,1234567890123,,防災,nowhere,2026/2/30\r\n" // row 5
                + "地縁団体,栄町町会,さかえちょうちょうかい,,,,,\r\n"; // row 6: same as row 3
        ImportReport report = load(bad.getBytes(StandardCharsets.UTF_8), true);
        assertFalse(report.committed());
        assertEquals(0, count());
        List<String> errors = new ArrayList<>();
        for (RowError e : report.errors()) {
            errors.add(e.row() + ":" + e.column());
        }
        assertTrue(errors.containsAll(List.of("4:ふりがな", "4:電話番号", "5:種別", "5:設立日", "6:")), errors.toString());
        StringWriter csv = new StringWriter();
        report.writeErrors(csv);
        assertTrue(csv.toString().startsWith("\uFEFF行,列,内容"));
        assertTrue(csv.toString().contains("4,ふりがな,ふりがなを入力してください"));
        assertTrue(csv.toString().contains("6,,名称とふりがなが 3行目 と同じです（重複）"), csv.toString());

        assertEquals("Enter the reading (furigana)", message(report, 4, "ふりがな", Locale.ENGLISH));
        assertEquals("ふりがなを入力してください", message(report, 4, "ふりがな", Locale.JAPANESE));
        assertTrue(message(report, 4, "電話番号", Locale.ENGLISH).startsWith("Enter a phone number"), "the core's message");
        assertEquals("The type is one of 地縁団体, 市民団体, 事業者, 教育機関等, 市の部署", message(report, 5, "種別", Locale.ENGLISH));
        assertEquals("Write dates as 2024-04-01, 2024/4/1 or 令和6年4月1日", message(report, 5, "設立日", Locale.ENGLISH));
        assertEquals("Same name and reading as row 3 (duplicate)", message(report, 6, "", Locale.ENGLISH));
        StringWriter english = new StringWriter();
        report.writeErrors(english, Locale.ENGLISH);
        assertTrue(english.toString().startsWith("\uFEFFRow,Column,Problem"), english.toString());
        assertTrue(english.toString().contains("4,ふりがな,Enter the reading (furigana)"), english.toString());
        assertTrue(kit.audit.of(AuditAction.IMPORT).isEmpty());
    }

    @Test
    void wrongHeadersAndRowsAlreadyRegisteredAreErrors() {
        ImportReport wrong = load("氏名,ふりがな\n山田 花子,やまだ はなこ\n".getBytes(StandardCharsets.UTF_8), true);
        assertTrue(
                wrong.errors().stream().anyMatch(e -> e.row() == 1 && e.column().equals("種別")));
        assertTrue(wrong.errors().stream().anyMatch(e -> e.message().contains("個人のファイル")));
        assertEquals(
                "\"氏名\" is not a column of this layout. Please check the column names (is this a file of individuals?)",
                message(wrong, 1, "氏名", Locale.ENGLISH));
        assertEquals("The header has no column \"名称\"", message(wrong, 1, "名称", Locale.ENGLISH));
        assertTrue(load(GOOD.getBytes(StandardCharsets.UTF_8), true).committed());
        ImportReport again = load(GOOD.getBytes(StandardCharsets.UTF_8), true);
        assertFalse(again.committed());
        assertEquals(2, again.errors().size());
        assertEquals("同じ名称・ふりがなの団体がすでに登録されています（重複）", message(again, 3, "名称", Locale.JAPANESE));
        assertEquals(
                "There is already a registered organisation with the same name and reading (duplicate)",
                message(again, 3, "名称", Locale.ENGLISH));
        assertEquals(2, count());
    }

    @Test
    void importIsForCoordinatorsAndIsAuditedOnce() {
        assertThrows(
                AccessDeniedException.class,
                () -> as(
                        STAFF,
                        () -> kit.transfer.importCsv(
                                PartnerKind.ORGANISATION,
                                new ByteArrayInputStream(GOOD.getBytes(StandardCharsets.UTF_8)),
                                true,
                                null)));
        List<Integer> progress = new ArrayList<>();
        as(
                COORDINATOR,
                () -> kit.transfer.importCsv(
                        PartnerKind.ORGANISATION,
                        new ByteArrayInputStream(GOOD.getBytes(StandardCharsets.UTF_8)),
                        true,
                        progress::add));
        assertEquals(2, progress.get(progress.size() - 1));
        assertEquals(1, kit.audit.of(AuditAction.IMPORT).size());
        assertTrue(kit.audit.of(AuditAction.IMPORT).get(0).detail().contains("2件"));
    }

    @Test
    void anExportImportsBackUnchangedAndIsMaskedForStaff() throws Exception {
        as(COORDINATOR, () -> kit.organisations.create(OrganisationsTest.shokudo()));
        as(COORDINATOR, () -> kit.people.create(PeopleTest.zeirishi()));
        ByteArrayOutputStream orgs = new ByteArrayOutputStream();
        assertEquals(1, (int)
                as(COORDINATOR, () -> kit.transfer.exportCsv(PartnerKind.ORGANISATION, PartnerQuery.all(), orgs)));
        ByteArrayOutputStream people = new ByteArrayOutputStream();
        as(COORDINATOR, () -> kit.transfer.exportCsv(PartnerKind.PERSON, PartnerQuery.all(), people));
        assertTrue(orgs.toString(StandardCharsets.UTF_8).startsWith("\uFEFF種別,"));

        try (RegistryKit other = new RegistryKit()) {
            ImportReport o = as(
                    COORDINATOR,
                    () -> other.transfer.importCsv(
                            PartnerKind.ORGANISATION, new ByteArrayInputStream(orgs.toByteArray()), true, null));
            ImportReport p = as(
                    COORDINATOR,
                    () -> other.transfer.importCsv(
                            PartnerKind.PERSON, new ByteArrayInputStream(people.toByteArray()), true, null));
            assertTrue(o.committed(), o.errors().toString());
            assertTrue(p.committed(), p.errors().toString());
            long id = as(COORDINATOR, () -> other.directory.search(PartnerQuery.text("食堂"), PageRequest.first(1)))
                    .items()
                    .get(0)
                    .id();
            OrganisationDraft copy =
                    as(COORDINATOR, () -> other.organisations.get(id)).details();
            OrganisationDraft original = OrganisationsTest.shokudo();
            assertEquals(original.corporateNumber(), copy.corporateNumber());
            assertEquals(original.fieldCodes(), copy.fieldCodes());
            assertEquals(original.certifiedUntil(), copy.certifiedUntil());
            assertEquals(
                    "090-1234-5678",
                    copy.representative().contact().phone().isEmpty()
                            ? "090-1234-5678"
                            : copy.representative().contact().phone());
            assertEquals(
                    original.contactPerson().contact().email(),
                    copy.contactPerson().contact().email());
        }

        ByteArrayOutputStream staff = new ByteArrayOutputStream();
        as(STAFF, () -> kit.transfer.exportCsv(PartnerKind.ORGANISATION, PartnerQuery.all(), staff));
        String text = staff.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("048-222-1111"), "public contact");
        assertFalse(text.contains("shiba@example.jp"), "contact person's own e-mail");
        assertThrows(
                AccessDeniedException.class,
                () -> as(
                        STAFF,
                        () -> kit.transfer.exportCsv(
                                PartnerKind.PERSON, PartnerQuery.all(), new ByteArrayOutputStream())));
        assertEquals(3, kit.audit.of(AuditAction.EXPORT).size());
    }
}
