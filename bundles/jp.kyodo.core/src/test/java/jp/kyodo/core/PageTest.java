package jp.kyodo.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageTest {

    @Test
    void firstPageStartsAtZeroInDefaultOrder() {
        PageRequest first = PageRequest.first(20);
        assertEquals(0, first.offset());
        assertEquals(20, first.limit());
        assertEquals(List.of(), first.sort());
    }

    @Test
    void nextMovesByTheLimitAndKeepsTheOrder() {
        PageRequest first = PageRequest.first(20).sortedBy(Sort.asc("nameKana"), Sort.desc("id"));
        PageRequest second = first.next();
        assertEquals(20, second.offset());
        assertEquals(20, second.limit());
        assertEquals(List.of(new Sort("nameKana", true), new Sort("id", false)), second.sort());
        assertEquals(40, second.next().offset());
    }

    @Test
    void nextBeyondTheLargestOffsetIsRejected() {
        PageRequest last = new PageRequest(Integer.MAX_VALUE - 10, 20, null);
        ValidationException e = assertThrows(ValidationException.class, last::next);
        assertEquals("offset", e.errors().get(0).field());
    }

    @ParameterizedTest
    @CsvSource({"-1, 10, offset", "0, 0, limit", "0, 1001, limit", "0, -5, limit"})
    void rejectsBadBounds(int offset, int limit, String field) {
        ValidationException e =
                assertThrows(ValidationException.class, () -> new PageRequest(offset, limit, List.of()));
        assertEquals(field, e.errors().get(0).field());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1000})
    void acceptsTheLimitsBounds(int limit) {
        assertEquals(limit, PageRequest.first(limit).limit());
    }

    @Test
    void sortListIsCopied() {
        List<Sort> sort = new ArrayList<>(List.of(Sort.asc("name")));
        PageRequest request = new PageRequest(0, 10, sort);
        sort.clear();
        assertEquals(1, request.sort().size());
        assertThrows(ValidationException.class, () -> Sort.asc("  "));
        assertEquals("name", Sort.asc(" name ").property());
    }

    @ParameterizedTest
    @CsvSource({
        // offset, items on page, total, hasNext
        "0, 10, 25, true",
        "10, 10, 25, true",
        "20, 5, 25, false",
        "0, 10, 10, false",
        "0, 0, 0, false"
    })
    void hasNextWhenItemsFollow(int offset, int items, long total, boolean hasNext) {
        List<Integer> list = IntStream.range(0, items).boxed().toList();
        Page<Integer> page = new Page<>(list, total, new PageRequest(offset, 10, List.of()));
        assertEquals(hasNext, page.hasNext());
    }

    @Test
    void mapConvertsItemsAndKeepsTotalAndRequest() {
        PageRequest request = PageRequest.first(3);
        Page<Integer> page = new Page<>(List.of(1, 2, 3), 7, request);
        Page<String> mapped = page.map(i -> "団体" + i);
        assertEquals(List.of("団体1", "団体2", "団体3"), mapped.items());
        assertEquals(7, mapped.total());
        assertEquals(request, mapped.request());
        assertTrue(mapped.hasNext());
    }

    @Test
    void rejectsInconsistentPages() {
        PageRequest request = PageRequest.first(2);
        assertThrows(IllegalArgumentException.class, () -> new Page<>(List.of(1, 2, 3), 3, request));
        assertThrows(IllegalArgumentException.class, () -> new Page<>(List.of(1), -1, request));
    }

    @Test
    void emptyPage() {
        Page<String> empty = Page.empty(PageRequest.first(10));
        assertTrue(empty.items().isEmpty());
        assertEquals(0, empty.total());
        assertFalse(empty.hasNext());
    }
}
