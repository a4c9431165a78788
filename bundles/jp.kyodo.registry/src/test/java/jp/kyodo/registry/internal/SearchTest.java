package jp.kyodo.registry.internal;

import static jp.kyodo.registry.internal.RegistryKit.COORDINATOR;
import static jp.kyodo.registry.internal.RegistryKit.STAFF;
import static jp.kyodo.registry.internal.RegistryKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.Sort;
import jp.kyodo.core.ValidationException;
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.PersonDraft;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DatabaseTest
class SearchTest {

    private final RegistryKit kit = new RegistryKit();

    @BeforeEach
    void data() {
        as(COORDINATOR, () -> {
            kit.organisations.create(OrganisationsTest.shokudo());
            kit.organisations.create(OrganisationDraft.of(PartnerType.NEIGHBOURHOOD, "芝中央町会", "しばちゅうおうちょうかい")
                    .withFieldsAndAreas(Set.of("community"), Set.of("shiba-n"))
                    .withProfile("夏祭りと防災訓練", "", ""));
            kit.organisations.create(OrganisationDraft.of(PartnerType.BUSINESS, "株式会社アオキ鋳物", "かぶしきがいしゃあおきいもの")
                    .withStatus(OrganisationStatus.SUSPENDED)
                    .withFieldsAndAreas(Set.of("economy"), Set.of("honcho")));
            kit.organisations.create(OrganisationDraft.of(PartnerType.CIVIC, "栄町見守り隊", "さかえちょうみまもりたい")
                    .withFieldsAndAreas(Set.of("welfare"), Set.of("sakaecho"))
                    .withCertification(LocalDate.of(2020, 4, 1), LocalDate.of(2023, 3, 31)));
            long person = kit.people.create(PersonDraft.of("川口 太郎", "かわぐち たろう")).id();
            kit.people.recordConsent(person, jp.kyodo.registry.ConsentScope.PROFILE, "協働推進課", "台帳への掲載", null);
            kit.people.create(PersonDraft.of("川口 次郎", "かわぐち じろう"));
            return null;
        });
    }

    @AfterEach
    void close() {
        kit.close();
    }

    private List<String> names(PartnerQuery q) {
        return as(COORDINATOR, () -> kit.directory.search(q, PageRequest.first(50))).items().stream()
                .map(PartnerSummary::name)
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"川口", "カワグチ", "かわぐち", "ｶﾜｸﾞﾁ", "ｶﾜｸﾞﾁ ﾀﾛｳ", "KAWAGUCHI"})
    void kanaWidthAndCaseVariantsFindTheSame(String query) {
        List<String> found = names(PartnerQuery.text(query));
        if (query.equals("KAWAGUCHI")) {
            assertEquals(List.of(), found, "no romaji in the data");
            return;
        }
        assertTrue(found.contains("川口 太郎"), query + " → " + found);
    }

    @Test
    void containsAnywhereInNamesReadingsAndDescriptions() {
        assertEquals(List.of("川口子ども食堂ネットワーク"), names(PartnerQuery.text("食堂")));
        assertEquals(List.of("川口子ども食堂ネットワーク"), names(PartnerQuery.text("食材の寄付")), "description");
        assertEquals(List.of("芝中央町会"), names(PartnerQuery.text("防災訓練")));
        assertEquals(List.of("株式会社アオキ鋳物"), names(PartnerQuery.text("いもの")), "reading");
        assertEquals(List.of("栄町見守り隊"), names(PartnerQuery.text("みまもり")));
    }

    @Test
    void everyWordMustMatchAndAOneCharacterQueryWorks() {
        assertEquals(List.of("川口 太郎"), names(PartnerQuery.text("かわぐち たろう")));
        assertEquals(List.of("川口 次郎", "川口 太郎"), names(PartnerQuery.text("郎")), "じろう before たろう");
        assertEquals(List.of("芝中央町会"), names(PartnerQuery.text("祭")));
        assertEquals(List.of(), names(PartnerQuery.text("食堂 町会")));
    }

    @Test
    void bigramsThatAreNotAdjacentDoNotMatch() {
        // 「子ど」 and 「も食」 are both in the name, but 「子ど…も食」 is not a substring of 「ども子」
        assertEquals(List.of(), names(PartnerQuery.text("ども子")));
    }

    @Test
    void resultsComeIn50onOrderOfTheReading() {
        assertEquals(
                // かぶしきがいしゃあおき… < かわぐちこども… < かわぐちじろう < かわぐちたろう < さかえ… < しば…
                List.of("株式会社アオキ鋳物", "川口子ども食堂ネットワーク", "川口 次郎", "川口 太郎", "栄町見守り隊", "芝中央町会"), names(PartnerQuery.all()));
    }

    @Test
    void filtersByTypeStatusFieldAreaIncludingInnerAreasAndCertification() {
        assertEquals(
                List.of("川口子ども食堂ネットワーク", "栄町見守り隊"), names(PartnerQuery.all().withTypes(Set.of(PartnerType.CIVIC))));
        assertEquals(
                List.of("株式会社アオキ鋳物"), names(PartnerQuery.all().withStatuses(Set.of(OrganisationStatus.SUSPENDED))));
        assertEquals(
                List.of("川口子ども食堂ネットワーク", "栄町見守り隊"), names(PartnerQuery.all().withField("welfare")));
        assertEquals(
                List.of("株式会社アオキ鋳物", "川口子ども食堂ネットワーク", "栄町見守り隊"),
                names(PartnerQuery.all().withArea("chuo")),
                "中央地区 includes 本町町会 and 栄町町会");
        assertEquals(List.of("栄町見守り隊"), names(PartnerQuery.all().withArea("sakaecho")));
        assertEquals(
                List.of("川口子ども食堂ネットワーク"),
                names(PartnerQuery.all().withFlags(true, false, false, false)),
                "expired certification");
        assertThrows(ValidationException.class, () -> names(PartnerQuery.all().withArea("nowhere")));
    }

    @Test
    void staffSeePeopleOnlyWithConsent() {
        List<String> staff =
                as(STAFF, () -> kit.directory.search(PartnerQuery.text("かわぐち"), PageRequest.first(10))).items().stream()
                        .map(PartnerSummary::name)
                        .toList();
        assertEquals(List.of("川口子ども食堂ネットワーク", "川口 太郎"), staff, "not 川口 次郎, who gave no consent");
    }

    @Test
    void theIndexAndThePlainSqlSearchAgreeAfterChanges() {
        as(COORDINATOR, () -> {
            long id = kit.directory
                    .search(PartnerQuery.text("鋳物"), PageRequest.first(1))
                    .items()
                    .get(0)
                    .id();
            var o = kit.organisations.get(id);
            kit.organisations.update(id, o.version(), o.details().withName("株式会社アオキ鋳造", "かぶしきがいしゃあおきちゅうぞう"));
            kit.organisations.deactivate(
                    kit.directory
                            .search(PartnerQuery.text("見守り"), PageRequest.first(1))
                            .items()
                            .get(0)
                            .id(),
                    "活動休止");
            return null;
        });
        List<PartnerQuery> queries = List.of(
                PartnerQuery.all(),
                PartnerQuery.text("鋳物"),
                PartnerQuery.text("ちゅうぞう"),
                PartnerQuery.text("かわぐち"),
                PartnerQuery.text("町").withFlags(false, false, false, true),
                PartnerQuery.all().withArea("chuo"),
                PartnerQuery.all().withTypes(Set.of(PartnerType.CITIZEN)));
        for (PartnerQuery q : queries) {
            for (var actor : List.of(COORDINATOR, STAFF)) {
                for (PageRequest page : List.of(
                        PageRequest.first(50),
                        PageRequest.first(2).next(),
                        PageRequest.first(3).sortedBy(Sort.asc("updated")))) {
                    Page<PartnerSummary> indexed = as(actor, () -> kit.directory.search(q, page));
                    SearchSpec spec =
                            kit.backend.searchSpec(q, actor, !page.sort().isEmpty());
                    Page<PartnerSummary> sql =
                            kit.db.transactions().read(c -> kit.backend.scans().search(c, spec, page));
                    assertEquals(sql.total(), indexed.total(), q + " " + page);
                    assertEquals(sql.items(), indexed.items(), q + " " + page);
                }
            }
        }
        assertEquals(List.of("株式会社アオキ鋳造"), names(PartnerQuery.text("ちゅうぞう")));
        assertEquals(List.of(), names(PartnerQuery.text("いもの")), "the old name is gone from the index");
    }

    @Test
    void dashboardCountsFromTheIndexAreTheDatabasesCounts() {
        as(
                COORDINATOR,
                () -> kit.organisations.deactivate(
                        kit.directory
                                .search(PartnerQuery.text("見守り"), PageRequest.first(1))
                                .items()
                                .get(0)
                                .id(),
                        "活動休止"));
        var fromIndex = as(STAFF, kit.directory::statistics);
        var fy = fromIndex.fiscalYear();
        var fromSql = kit.db.transactions().read(c -> kit.backend.scans().statistics(c, fy));
        assertEquals(fromSql, fromIndex);
        assertEquals(2, fromIndex.byType().get(PartnerType.CITIZEN));
        assertEquals(1, fromIndex.byType().get(PartnerType.CIVIC), "the deactivated group is not counted");
        assertEquals(5, fromIndex.newThisFiscalYear());
    }

    @Test
    void pagesCarryTheTotal() {
        Page<PartnerSummary> first =
                as(COORDINATOR, () -> kit.directory.search(PartnerQuery.all(), PageRequest.first(2)));
        assertEquals(6, first.total());
        assertEquals(2, first.items().size());
        Page<PartnerSummary> third = as(
                COORDINATOR,
                () -> kit.directory.search(
                        PartnerQuery.all(), first.request().next().next()));
        assertEquals(
                List.of("栄町見守り隊", "芝中央町会"),
                third.items().stream().map(PartnerSummary::name).toList());
        Page<PartnerSummary> newest = as(
                COORDINATOR,
                () -> kit.directory.search(
                        PartnerQuery.all(), PageRequest.first(1).sortedBy(Sort.asc("updated"))));
        assertEquals(6, newest.total());
    }
}
