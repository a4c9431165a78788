package jp.kyodo.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import jp.kyodo.core.AccessDeniedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SecurityContextTest {

    private static final Actor SUZUKI = new Actor("suzuki", Set.of(Role.COORDINATOR), "192.0.2.10");
    private static final Actor SATO = new Actor("sato", Set.of(Role.VIEWER), "192.0.2.11");

    @AfterEach
    void nothingLeaksIntoTheNextTest() {
        assertTrue(SecurityContext.current().isEmpty());
    }

    @Test
    void nobodyIsBoundByDefault() {
        assertEquals(Optional.empty(), SecurityContext.current());
        AccessDeniedException e = assertThrows(AccessDeniedException.class, SecurityContext::require);
        assertEquals("ログインが必要です", e.getMessage());
    }

    @Test
    void runAsBindsTheActorOnlyWhileRunning() {
        SecurityContext.runAs(SUZUKI, () -> {
            assertEquals(Optional.of(SUZUKI), SecurityContext.current());
            assertSame(SUZUKI, SecurityContext.require());
        });
        assertTrue(SecurityContext.current().isEmpty());
    }

    @Test
    void callAsReturnsTheResult() {
        assertEquals("suzuki", SecurityContext.callAs(SUZUKI, () -> SecurityContext.require()
                .userName()));
    }

    @Test
    void nestedCallsRestoreTheOuterActor() {
        SecurityContext.runAs(SUZUKI, () -> {
            String inner = SecurityContext.callAs(SATO, () -> {
                assertSame(SATO, SecurityContext.require());
                SecurityContext.runAs(
                        Actor.system("core"),
                        () -> assertTrue(SecurityContext.require().isSystem()));
                assertSame(SATO, SecurityContext.require());
                return SecurityContext.require().userName();
            });
            assertEquals("sato", inner);
            assertSame(SUZUKI, SecurityContext.require());
        });
    }

    @Test
    void restoresAfterAFailure() {
        SecurityContext.runAs(SUZUKI, () -> {
            IllegalStateException e = assertThrows(
                    IllegalStateException.class,
                    () -> SecurityContext.runAs(SATO, () -> {
                        throw new IllegalStateException("boom");
                    }));
            assertEquals("boom", e.getMessage());
            assertSame(SUZUKI, SecurityContext.require());
            assertThrows(
                    AccessDeniedException.class,
                    () -> SecurityContext.callAs(SATO, () -> {
                        throw new AccessDeniedException();
                    }),
                    "runtime exceptions pass unchanged");
            assertSame(SUZUKI, SecurityContext.require());
        });
    }

    @Test
    void wrapsCheckedExceptions() {
        IOException io = new IOException("disk full");
        UncheckedIOException unchecked = assertThrows(
                UncheckedIOException.class,
                () -> SecurityContext.callAs(SUZUKI, () -> {
                    throw io;
                }));
        assertSame(io, unchecked.getCause());

        TimeoutException timeout = new TimeoutException("slow");
        UndeclaredThrowableException undeclared = assertThrows(
                UndeclaredThrowableException.class,
                () -> SecurityContext.callAs(SUZUKI, () -> {
                    throw timeout;
                }));
        assertSame(timeout, undeclared.getCause());
    }

    @Test
    void keepsTheInterruptFlag() {
        try {
            UndeclaredThrowableException e = assertThrows(
                    UndeclaredThrowableException.class,
                    () -> SecurityContext.callAs(SUZUKI, () -> {
                        throw new InterruptedException();
                    }));
            assertInstanceOf(InterruptedException.class, e.getCause());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void otherThreadsDoNotSeeTheActor() throws Exception {
        Optional<Actor> seenElsewhere =
                SecurityContext.callAs(SUZUKI, () -> CompletableFuture.supplyAsync(SecurityContext::current)
                        .get());
        assertFalse(seenElsewhere.isPresent());
    }
}
