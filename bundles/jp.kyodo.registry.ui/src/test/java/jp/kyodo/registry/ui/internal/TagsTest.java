package jp.kyodo.registry.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TagsTest {

    @Test
    void splitsOnCommasAndSemicolonsOfEitherWidthAndOnNewLines() {
        assertEquals(
                List.of("子ども食堂", "学習支援", "防災", "多文化", "見守り", "夏祭り"),
                List.copyOf(Tags.parse("子ども食堂, 学習支援;防災、多文化，見守り\n夏祭り")));
    }

    @Test
    void dropsEmptyPartsAndRepeatsAndKeepsTheOrderTyped() {
        assertEquals(List.of("b", "a"), List.copyOf(Tags.parse(" b ,, a ; b ;")));
        assertEquals(Set.of(), Tags.parse("  ,; "));
        assertEquals(Set.of(), Tags.parse(null));
    }

    @Test
    void formatReadsBackIntoTheSameTags() {
        Set<String> tags = Tags.parse("子ども食堂;学習支援");
        assertEquals("子ども食堂, 学習支援", Tags.format(tags));
        assertEquals(tags, Tags.parse(Tags.format(tags)));
        assertEquals("", Tags.format(null));
    }
}
