package jp.kyodo.web.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Operators read why a module has no readiness check: the cause, not the chain waiting on it. */
class StalledTest {

    private static final Stalled DIRECTORY =
            new Stalled("Directory", Set.of("PartnerDirectory"), Set.of("RegistryBackend"), null);
    private static final Stalled CHECK =
            new Stalled("SearchIndexReadiness", Set.of("ReadinessCheck"), Set.of("RegistryBackend"), null);
    private static final Stalled PAGE =
            new Stalled("SearchPage", Set.of("ViewContribution"), Set.of("PartnerDirectory"), null);

    @Test
    void aFailedMigrationIsNamedAsTheSchemaTheBackendWaitsFor() {
        Stalled backend = new Stalled("RegistryBackend", Set.of("RegistryBackend"), Set.of("Schema"), null);
        assertEquals(
                List.of("RegistryBackend (waiting for Schema)", "3 more components wait on them"),
                Stalled.explain(List.of(DIRECTORY, backend, CHECK, PAGE)));
    }

    @Test
    void aDisabledOrFailedComponentIsACause() {
        Stalled disabled = new Stalled("RegistryBackend", Set.of("RegistryBackend"), Set.of(), "disabled");
        assertEquals(
                List.of("RegistryBackend (disabled)", "1 more component waits on them"),
                Stalled.explain(List.of(disabled, CHECK)));
        Stalled failed =
                new Stalled("RegistryBackend", Set.of("RegistryBackend"), Set.of(), "failed to activate: boom");
        assertEquals(
                "RegistryBackend (failed to activate: boom)",
                Stalled.explain(List.of(failed, CHECK)).get(0));
    }

    @Test
    void onlyTheServicesNoStalledComponentWouldProvideAreNamed() {
        Stalled backend = new Stalled("RegistryBackend", Set.of("RegistryBackend"), Set.of("Schema"), null);
        Stalled services =
                new Stalled("RegistryServices", Set.of(), Set.of("PartnerDirectory", "MunicipalityDirectory"), null);
        assertEquals(
                List.of(
                        "RegistryBackend (waiting for Schema)",
                        "RegistryServices (waiting for MunicipalityDirectory)",
                        "1 more component waits on them"),
                Stalled.explain(List.of(backend, DIRECTORY, services)));
    }

    @Test
    void componentsWaitingOnEachOtherAreAllNamed() {
        Stalled a = new Stalled("A", Set.of("B1"), Set.of("A1"), null);
        Stalled b = new Stalled("B", Set.of("A1"), Set.of("B1"), null);
        assertEquals(List.of("A (waiting for A1)", "B (waiting for B1)"), Stalled.explain(List.of(a, b)));
    }
}
