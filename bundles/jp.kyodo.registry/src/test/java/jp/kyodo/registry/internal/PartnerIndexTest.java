package jp.kyodo.registry.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.Sort;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.PartnerType;
import org.junit.jupiter.api.Test;

class PartnerIndexTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static PartnerIndex.Entry entry(long id, String name, String reading, long updated) {
        return new PartnerIndex.Entry(
                id,
                PartnerType.CIVIC,
                name,
                reading,
                "REGISTERED",
                true,
                false,
                false,
                false,
                null,
                null,
                Set.of(),
                Set.of(),
                JapaneseText.readingSortKey(reading),
                SearchText.text(name, reading),
                TODAY,
                Instant.ofEpochSecond(updated),
                "");
    }

    private static List<String> search(PartnerIndex index, String text, PageRequest page) {
        SearchSpec spec = new SearchSpec(
                PartnerQuery.text(text), Set.of(), TODAY, false, !page.sort().isEmpty());
        return index.search(spec, page).items().stream()
                .map(PartnerSummary::name)
                .toList();
    }

    @Test
    void changedEntriesOverrideTheBaseAndMergeInReadingOrder() {
        PartnerIndex index = new PartnerIndex();
        index.load(List.of(entry(1, "青空の会", "あおぞらのかい", 1), entry(2, "桜の会", "さくらのかい", 2), entry(3, "緑の会", "みどりのかい", 3)));
        index.put(List.of(entry(2, "柿の会", "かきのかい", 10), entry(4, "椿の会", "つばきのかい", 11)));
        assertEquals(List.of("青空の会", "柿の会", "椿の会", "緑の会"), search(index, "の会", PageRequest.first(10)));
        assertEquals(List.of("柿の会", "椿の会"), search(index, "の会", new PageRequest(1, 2, List.of())));
        assertEquals(List.of(), search(index, "桜", PageRequest.first(10)), "the old version is not found");
        assertEquals(
                List.of("椿の会", "柿の会"), search(index, "の会", PageRequest.first(2).sortedBy(Sort.asc("updated"))));
        assertEquals(
                4,
                index.search(new SearchSpec(PartnerQuery.all(), Set.of(), TODAY, false, false), PageRequest.first(1))
                        .total());
    }

    @Test
    void compactionKeepsTheSameAnswers() {
        PartnerIndex index = new PartnerIndex();
        List<PartnerIndex.Entry> all = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            all.add(entry(i, "団体" + i, "だんたい" + DemoData.kanaNumber(i % 999 + 1), i));
        }
        index.load(all.subList(0, 500));
        List<String> before = new ArrayList<>();
        index.put(all.subList(500, 3000)); // more than the threshold: folded into a new base
        assertEquals(3000, index.baseSize());
        before.addAll(search(index, "だんたいひゃく", PageRequest.first(1000)));
        index.put(List.of(entry(7, "団体7", "だんたいなな", 5000)));
        index.compact();
        assertEquals(before, search(index, "だんたいひゃく", PageRequest.first(1000)));
        assertEquals(List.of("団体7"), search(index, "団体7", PageRequest.first(5)).subList(0, 1));
    }

    @Test
    void anOlderReReadNeverReplacesANewerOne() {
        PartnerIndex index = new PartnerIndex();
        index.load(List.of(entry(1, "青空の会", "あおぞらのかい", 5)));
        index.put(List.of(entry(1, "古い名前の会", "ふるいなまえのかい", 4)));
        assertEquals(List.of("青空の会"), search(index, "の会", PageRequest.first(5)), "older than the base");
        index.put(List.of(entry(1, "新しい会", "あたらしいかい", 9)));
        index.put(List.of(entry(1, "途中の会", "とちゅうのかい", 7)));
        assertEquals(List.of("新しい会"), search(index, "会", PageRequest.first(5)));
        index.load(List.of(entry(1, "新しい会", "あたらしいかい", 9), entry(2, "桜の会", "さくらのかい", 9)));
        index.put(List.of(entry(2, "桜の会（改）", "さくらのかい", 10)));
        index.load(List.of(entry(1, "新しい会", "あたらしいかい", 9), entry(2, "桜の会", "さくらのかい", 9)));
        assertEquals(
                List.of("新しい会", "桜の会（改）"),
                search(index, "会", PageRequest.first(5)),
                "a rebuild from older rows keeps the newer change");
    }

    @Test
    void intersectionOfSortedPostings() {
        assertArrayEquals(new int[] {3, 9}, PartnerIndex.intersect(new int[] {1, 3, 5, 9}, new int[] {2, 3, 9, 11}));
        assertArrayEquals(new int[0], PartnerIndex.intersect(new int[] {1}, new int[0]));
    }
}
