package jp.kyodo.exchange.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import jp.kyodo.exchange.Direction;
import jp.kyodo.exchange.LogEntry;
import jp.kyodo.exchange.Outcome;
import org.junit.jupiter.api.Test;

class TextsTest {

    private static LogEntry digest(String digest) {
        return new LogEntry(
                1,
                Instant.EPOCH,
                Direction.IN,
                "141305",
                "川崎市",
                "m1",
                Outcome.ACCEPTED,
                "",
                1,
                10,
                digest,
                "192.0.2.7");
    }

    @Test
    void aDigestIsShortenedInTheListAndAShortOneStaysWhole() {
        String sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        assertEquals("9f86d081884c…", Texts.shortDigest(digest(sha256)));
        assertEquals("9f86", Texts.shortDigest(digest("9f86")));
        assertEquals("", Texts.shortDigest(digest(null)));
    }

    @Test
    void aSearchHitOpensTheReceivedRecordsWithItsTitle() {
        assertEquals("exchange/received?q=%E7%A5%AD%E3%82%8A%202026", Routes.received("祭り 2026"));
    }
}
