package jp.kyodo.web.internal.health;

import java.util.List;

/**
 * What is known of one installed Kyodo module at one moment, before it is judged ready or not (see
 * {@link jp.kyodo.web.internal.rest.Health}).
 *
 * @param name the module's name from its bundles' {@code Kyodo-Module} header
 * @param bundles the bundles declaring it
 * @param checks the answers of its registered readiness checks
 * @param unsatisfied the module's DS components that cannot activate, with what they wait for; to tell
 *     operators why a check is missing
 */
public record ModuleFacts(String name, List<BundleFacts> bundles, List<CheckResult> checks, List<String> unsatisfied) {

    public ModuleFacts {
        bundles = List.copyOf(bundles);
        checks = List.copyOf(checks);
        unsatisfied = List.copyOf(unsatisfied);
    }

    /**
     * One bundle of a module.
     *
     * @param state {@code INSTALLED}, {@code RESOLVED}, {@code STARTING}, {@code ACTIVE} or {@code STOPPING}
     * @param fragment whether it is a fragment (never active; resolved is as good)
     * @param migrations whether it declares schema migrations ({@code Kyodo-Migrations})
     * @param schemaVersion the migrated schema version, or null while the migrations are not applied
     */
    public record BundleFacts(
            String symbolicName,
            String version,
            String state,
            boolean fragment,
            boolean migrations,
            Integer schemaVersion) {}

    /** A readiness check's answer. */
    public record CheckResult(String name, boolean ready, String detail) {}
}
