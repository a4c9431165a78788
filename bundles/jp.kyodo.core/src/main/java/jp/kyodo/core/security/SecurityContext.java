package jp.kyodo.core.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.MessageCatalog;

/**
 * The {@link Actor} the current thread works for. The web layer binds the signed-in user around each
 * request, background jobs bind {@link Actor#system}; services read it to check permissions and the
 * audit log to record who did what.
 *
 * <p>The binding is per thread and is <em>not</em> inherited by other threads: work handed to an
 * executor must bind its actor itself ({@code executor.submit(() -> SecurityContext.callAs(actor, task))}),
 * so that a pooled thread never keeps someone else's identity.
 */
public final class SecurityContext {
    private static final MessageCatalog MESSAGES = MessageCatalog.of(SecurityContext.class, "jp.kyodo.core.messages");

    private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();

    private SecurityContext() {}

    /** The actor bound to this thread, if any. */
    public static Optional<Actor> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * The actor bound to this thread.
     *
     * @throws AccessDeniedException 「ログインが必要です」 when none is bound
     */
    public static Actor require() {
        Actor actor = CURRENT.get();
        if (actor == null) {
            throw new AccessDeniedException(MESSAGES.get("security.loginRequired"));
        }
        return actor;
    }

    /**
     * Runs the task as the actor and then restores whichever actor was bound before (or none), also when
     * the task fails; calls may be nested.
     *
     * <p>Runtime exceptions and errors of the task pass unchanged. Checked exceptions are wrapped, since
     * this method declares none: an {@link IOException} in an {@link UncheckedIOException}, any other in
     * an {@link UndeclaredThrowableException} (after re-setting the interrupt flag for an {@link
     * InterruptedException}); the original is the cause.
     *
     * @return what the task returns
     */
    public static <T> T callAs(Actor actor, Callable<T> task) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(task, "task");
        Actor previous = CURRENT.get();
        CURRENT.set(actor);
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new UndeclaredThrowableException(e);
        } finally {
            restore(previous);
        }
    }

    /**
     * Runs the task as the actor and then restores whichever actor was bound before (or none), also when
     * the task fails; calls may be nested.
     */
    public static void runAs(Actor actor, Runnable task) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(task, "task");
        Actor previous = CURRENT.get();
        CURRENT.set(actor);
        try {
            task.run();
        } finally {
            restore(previous);
        }
    }

    private static void restore(Actor previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
