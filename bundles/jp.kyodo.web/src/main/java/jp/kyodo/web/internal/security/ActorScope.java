package jp.kyodo.web.internal.security;

import jakarta.servlet.ServletException;
import java.io.IOException;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;

/** Runs request handling with the signed-in user in the core's {@link SecurityContext}. */
public final class ActorScope {

    /** Request handling that may throw what servlets throw. */
    @FunctionalInterface
    public interface Work {
        void run() throws IOException, ServletException;
    }

    private ActorScope() {}

    /** Runs {@code work} as {@code actor}, or as nobody when {@code actor} is null. */
    public static void run(Actor actor, Work work) throws IOException, ServletException {
        if (actor == null) {
            work.run();
            return;
        }
        Exception[] failure = new Exception[1];
        SecurityContext.runAs(actor, () -> {
            try {
                work.run();
            } catch (IOException | ServletException e) {
                failure[0] = e;
            }
        });
        if (failure[0] instanceof IOException io) {
            throw io;
        }
        if (failure[0] instanceof ServletException se) {
            throw se;
        }
    }
}
