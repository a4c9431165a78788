package jp.kyodo.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentlyTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final Recently<String, String> layouts = Recently.keptFor(Duration.ofSeconds(10), nanos::get);
    private final List<String> loads = new ArrayList<>();

    private String load(String file) {
        loads.add(file);
        return file + "#" + loads.size();
    }

    @Test
    void aValueIsLoadedOncePerKeyWhileKeptAndAgainAfterwards() {
        assertEquals("a.csv#1", layouts.get("a.csv", this::load));
        nanos.addAndGet(Duration.ofSeconds(9).toNanos());
        assertEquals("a.csv#1", layouts.get("a.csv", this::load));
        assertEquals("b.csv#2", layouts.get("b.csv", this::load), "another key: loaded for itself");

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertEquals("a.csv#3", layouts.get("a.csv", this::load), "ten seconds on: read again");
        assertEquals(List.of("a.csv", "b.csv", "a.csv"), loads);
    }

    @Test
    void aForgottenValueIsLoadedAgainAtOnce() {
        layouts.get("a.csv", this::load);
        layouts.get("b.csv", this::load);
        layouts.forget("a.csv");
        assertEquals("a.csv#3", layouts.get("a.csv", this::load));
        assertEquals("b.csv#2", layouts.get("b.csv", this::load));
        layouts.forgetAll();
        assertEquals("b.csv#4", layouts.get("b.csv", this::load));
    }

    @Test
    void aValueLoadedWhileItWasForgottenIsUsedButNotKept() {
        String first = layouts.get("shared", key -> {
            // the table changes while it is read: the caller says so
            layouts.forget(key);
            return load(key);
        });
        assertEquals("shared#1", first);
        assertEquals("shared#2", layouts.get("shared", this::load), "what was read during the change is not kept");
        assertEquals("shared#2", layouts.get("shared", this::load));
    }

    @Test
    void aFailedLoadKeepsNothingAndIsThrownToTheCaller() {
        IOException missing = new IOException("no such file");
        assertEquals(
                missing,
                assertThrows(
                        IOException.class,
                        () -> layouts.get("x.csv", key -> {
                            throw missing;
                        })));
        assertEquals("x.csv#1", layouts.get("x.csv", this::load));
        assertThrows(IllegalArgumentException.class, () -> Recently.keptFor(Duration.ZERO));
    }
}
