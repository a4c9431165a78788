package jp.kyodo.core.health;

import java.util.Objects;

/**
 * The answer of a {@link ReadinessCheck}.
 *
 * @param ready whether the module may serve as far as this check is concerned
 * @param detail a short explanation for operators (e.g. {@code 4,600 partners indexed}, {@code being
 *     built}); no personal data
 */
public record Readiness(boolean ready, String detail) {

    public Readiness {
        Objects.requireNonNull(detail, "detail");
    }

    public static Readiness ready(String detail) {
        return new Readiness(true, detail);
    }

    public static Readiness notReady(String detail) {
        return new Readiness(false, detail);
    }
}
