package jp.kyodo.core.health;

/**
 * One thing a module must have done before it can serve: its search index built, a cache loaded, a
 * connection to another system made. Registered as an OSGi service by a bundle that declares the
 * {@value #MODULE_HEADER} manifest header; the check counts for that module (see the package
 * documentation).
 */
public interface ReadinessCheck {

    /** The manifest header naming the module a bundle belongs to, e.g. {@code Kyodo-Module: registry}. */
    String MODULE_HEADER = "Kyodo-Module";

    /** A short name, unique within the module, shown in the health report, e.g. {@code searchIndex}. */
    String name();

    /**
     * The current state. Called on every health request, also while the module starts or stops:
     * answer from what is already known (a flag, a counter), never wait or do I/O here, and never
     * throw.
     */
    Readiness check();
}
