package jp.kyodo.matching.internal;

import static jp.kyodo.matching.internal.MatchingKit.COORDINATOR;
import static jp.kyodo.matching.internal.MatchingKit.STAFF;
import static jp.kyodo.matching.internal.MatchingKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.Sort;
import jp.kyodo.core.ValidationException;
import jp.kyodo.matching.Need;
import jp.kyodo.matching.NeedDraft;
import jp.kyodo.matching.NeedKind;
import jp.kyodo.matching.NeedQuery;
import jp.kyodo.matching.NeedStatus;
import jp.kyodo.matching.Needs;
import jp.kyodo.matching.Offer;
import jp.kyodo.matching.OfferDraft;
import jp.kyodo.matching.OfferKind;
import jp.kyodo.registry.PartnerProfile;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@DatabaseTest
class NeedServiceTest {

    private final MatchingKit kit = new MatchingKit();

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void aNeedWithoutAnyKindOfHelpIsRefusedWithEveryProblemAndNothingIsSaved() {
        NeedDraft bad = NeedDraft.of(999, "", Set.of()).withWhere(Set.of("no-such-field"), "no-such-area");
        ValidationException e =
                assertThrows(ValidationException.class, () -> as(COORDINATOR, () -> kit.needs.create(bad)));
        assertEquals(
                Set.of("title", "kinds", "fieldCodes", "areaCode", "ownerId"),
                Set.copyOf(e.errors().stream().map(FieldError::field).toList()));
        FieldError kinds = e.errors().stream()
                .filter(f -> f.field().equals("kinds"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "Choose at least one kind of help (people, expert, money, place, goods, information, partner)",
                kinds.message(Locale.ENGLISH));
        assertEquals(
                0,
                as(COORDINATOR, () -> kit.needs.search(NeedQuery.all(), PageRequest.first(10)))
                        .total());
    }

    @Test
    void aNeedIsFoundByAnyKanaOrWidthOfItsWordsAndClosedWithAReason() {
        Need need = as(
                COORDINATOR,
                () -> kit.needs.create(NeedDraft.of(kit.department.id(), "防災訓練の手伝い", Set.of(NeedKind.PEOPLE))
                        .withText("ボランティア10名", "誘導")
                        .withAmounts(10, null, null)));
        assertEquals("市民協働推進課", need.ownerName());
        for (String query : List.of("ぼらんてぃあ", "ﾎﾞﾗﾝﾃｨｱ", "防災 誘導")) {
            assertEquals(
                    1,
                    as(
                                    STAFF,
                                    () -> kit.needs.search(
                                            new NeedQuery(query, Set.of(), null, "", null), PageRequest.first(10)))
                            .total(),
                    query);
        }
        assertThrows(
                ValidationException.class,
                () -> as(COORDINATOR, () -> kit.needs.setStatus(need.id(), need.version(), NeedStatus.CLOSED, "")));
        Need closed = as(COORDINATOR, () -> kit.needs.setStatus(need.id(), need.version(), NeedStatus.CLOSED, "募集終了"));
        assertEquals(NeedStatus.CLOSED, closed.status());
        assertEquals(
                0,
                as(STAFF, () -> kit.needs.search(NeedQuery.open(), PageRequest.first(10)))
                        .total());
    }

    @Test
    void staffReadButOnlyCoordinatorsRecordAndAnUnknownNeedIsNotFoundInTheirLanguage() {
        assertThrows(
                AccessDeniedException.class,
                () -> as(
                        STAFF,
                        () -> kit.needs.create(NeedDraft.of(kit.department.id(), "t", Set.of(NeedKind.PEOPLE)))));
        NotFoundException e = assertThrows(NotFoundException.class, () -> as(STAFF, () -> kit.needs.get(42)));
        assertEquals("ニーズ（ID 42）は見つかりません", e.getMessage());
        assertEquals("Need 42 was not found", e.message(Locale.ENGLISH));
    }

    @Test
    void anOfferWithTheSameIdAsTheOwnerIsNotTakenForTheOwner() {
        PartnerProfile expert = kit.profiles.person("山田 太郎", "会計、決算", "honcho", true, true);
        kit.start();
        Offer offer = as(
                COORDINATOR, () -> kit.offers.create(OfferDraft.of(expert.id(), OfferKind.PRO_BONO, "会計のプロボノ", "会計")));
        // ids of different kinds meet: organisation 1 and offer 1
        assertEquals(kit.department.id(), offer.id());

        Need need = as(
                COORDINATOR,
                () -> kit.needs.create(NeedDraft.of(kit.department.id(), "会計を見てほしい", Set.of(NeedKind.EXPERT))));

        assertEquals("市民協働推進課", need.ownerName());
    }

    @Test
    void needsAreSortedByTheKeysTheListOffersAndOtherKeysAreRefused() {
        for (String[] n : new String[][] {{"b 見守り", "2027-03-01"}, {"a 会計", "2027-01-15"}, {"c 通訳", null}}) {
            as(
                    COORDINATOR,
                    () -> kit.needs.create(NeedDraft.of(kit.department.id(), n[0], Set.of(NeedKind.PEOPLE))
                            .withAmounts(null, null, n[1] == null ? null : java.time.LocalDate.parse(n[1]))));
        }

        assertEquals(List.of("a 会計", "b 見守り", "c 通訳"), titles(Sort.asc(Needs.SORT_TITLE)));
        assertEquals(List.of("c 通訳", "b 見守り", "a 会計"), titles(Sort.desc(Needs.SORT_TITLE)));
        assertEquals(List.of("a 会計", "b 見守り"), titles(Sort.asc(Needs.SORT_DUE)).subList(0, 2));
        ValidationException e =
                assertThrows(ValidationException.class, () -> titles(Sort.asc("TITLE; DROP TABLE MAT_NEED")));
        assertEquals("sort", e.errors().get(0).field());
    }

    private List<String> titles(Sort sort) {
        return as(
                        STAFF,
                        () -> kit.needs.search(
                                NeedQuery.all(), PageRequest.first(10).sortedBy(sort)))
                .items()
                .stream()
                .map(n -> n.details().title())
                .toList();
    }
}
