package jp.kyodo.registry.internal;

import static jp.kyodo.registry.internal.RegistryKit.COORDINATOR;
import static jp.kyodo.registry.internal.RegistryKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.kyodo.core.PageRequest;
import jp.kyodo.registry.ImportReport;
import jp.kyodo.registry.Organisation;
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.testing.DatabaseTest;
import jp.kyodo.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two registry nodes on one database, each with its own search index: what is saved on one is found on the other
 * once the change feed has brought its event — not before (the indexes are in memory), and without waiting for
 * the periodic refresh.
 */
@DatabaseTest
class ClusterSearchTest {

    private final TestDatabase db = TestDatabase.create("jp.kyodo.core", "jp.kyodo.registry");
    private final RegistryKit a = RegistryKit.node(db, "node-a");
    private final RegistryKit b = RegistryKit.node(db, "node-b");

    @AfterEach
    void close() {
        db.close();
    }

    private static List<String> names(RegistryKit kit, String text) {
        return as(COORDINATOR, () -> kit.directory.search(PartnerQuery.text(text), PageRequest.first(50)))
                .items()
                .stream()
                .map(PartnerSummary::name)
                .toList();
    }

    @Test
    void aPartnerSavedOnOneNodeIsFoundOnTheOther() {
        Organisation created = as(
                COORDINATOR,
                () -> a.organisations.create(OrganisationDraft.of(PartnerType.CIVIC, "さくら子ども食堂", "さくらこどもしょくどう")));
        assertEquals(List.of("さくら子ども食堂"), names(a, "さくら"));
        assertEquals(List.of(), names(b, "さくら"), "b's index has not heard of it yet");

        assertEquals(1, b.feed.poll());
        assertEquals(List.of("さくら子ども食堂"), names(b, "サクラ"));

        as(
                COORDINATOR,
                () -> b.organisations.update(
                        created.id(), created.version(), created.details().withName("さくら地域食堂", "さくらちいきしょくどう")));
        assertEquals(0, b.feed.poll(), "b heard its own change directly");
        a.feed.poll();
        assertEquals(List.of("さくら地域食堂"), names(a, "ちいき"));
        assertEquals(List.of(), names(a, "子ども食堂"));
    }

    @Test
    void anImportOnOneNodeIsFoundOnTheOther() {
        String csv = "種別,名称,ふりがな\r\n" + "市民団体,芝中央見守り隊,しばちゅうおうみまもりたい\r\n" + "市民団体,青木見守りの会,あおきみまもりのかい\r\n";
        ImportReport report = as(
                COORDINATOR,
                () -> a.transfer.importCsv(
                        PartnerKind.ORGANISATION,
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                        true,
                        null));
        assertEquals(2, report.imported(), report.errors().toString());
        assertEquals(List.of(), names(b, "見守り"));
        b.feed.poll();
        assertEquals(2, names(b, "見守り").size(), names(b, "見守り").toString());
    }
}
