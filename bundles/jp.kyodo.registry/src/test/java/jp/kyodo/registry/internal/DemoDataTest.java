package jp.kyodo.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.core.area.AreaCsv;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.field.ActivityFieldCsv;
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.PersonDraft;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

@DatabaseTest
class DemoDataTest {

    /** The demo cities' areas that run.sh installs. */
    static AreaHierarchy demoAreas() throws IOException {
        try (Reader r =
                Files.newBufferedReader(Path.of("../../karaf-dist/src/main/resources/assembly/demo/kyodo-areas.csv"))) {
            return AreaCsv.read(r);
        }
    }

    @Test
    void theLoaderFillsAnEmptyRegistryOnceWithSearchableRelatedData() throws IOException {
        try (RegistryKit kit = new RegistryKit()) {
            AreaHierarchy areas = demoAreas();
            kit.backend.areas = areas;
            jp.kyodo.core.security.SecurityContext.runAs(
                    jp.kyodo.core.security.Actor.system("demo-data"),
                    () -> DemoDataLoader.load(kit.backend, areas, ActivityFieldCsv.loadDefault()));
            var stats = RegistryKit.as(RegistryKit.COORDINATOR, kit.directory::statistics);
            assertEquals(
                    DemoDataLoader.ORGANISATIONS, stats.total() - stats.byType().get(PartnerType.CITIZEN));
            assertTrue(
                    stats.byType().get(PartnerType.CITIZEN) > DemoDataLoader.PEOPLE * 0.95,
                    "a few people are deactivated");
            assertTrue(
                    stats.newThisFiscalYear() < stats.total() / 2,
                    "registrations spread over years: " + stats.newThisFiscalYear());
            var staffView = RegistryKit.as(
                    RegistryKit.STAFF,
                    () -> kit.directory.search(
                            jp.kyodo.registry.PartnerQuery.all().withTypes(java.util.Set.of(PartnerType.CITIZEN)),
                            jp.kyodo.core.PageRequest.first(1)));
            assertTrue(
                    staffView.total() < stats.byType().get(PartnerType.CITIZEN), "staff see only people with consent");
            assertTrue(
                    RegistryKit.as(
                                            RegistryKit.COORDINATOR,
                                            () -> kit.directory.search(
                                                    jp.kyodo.registry.PartnerQuery.text("子ども食堂")
                                                            .withArea("kawaguchi"),
                                                    jp.kyodo.core.PageRequest.first(1)))
                                    .total()
                            > 0,
                    "searchable by text and area");

            jp.kyodo.core.security.SecurityContext.runAs(
                    jp.kyodo.core.security.Actor.system("demo-data"),
                    () -> DemoDataLoader.load(kit.backend, areas, ActivityFieldCsv.loadDefault()));
            assertEquals(
                    stats,
                    RegistryKit.as(RegistryKit.COORDINATOR, kit.directory::statistics),
                    "a second start adds nothing");
        }
    }

    @Test
    void theDemoDataIsDeterministicAndPassesTheSameChecksAsStaffInput() throws IOException {
        AreaHierarchy areas = demoAreas();
        assertEquals(2, areas.roots().stream().filter(a -> !a.overlay()).count(), "two neighbouring cities");
        DemoData a = new DemoData(DemoDataLoader.SEED, areas, ActivityFieldCsv.loadDefault(), RegistryKit.TODAY);
        DemoData b = new DemoData(DemoDataLoader.SEED, areas, ActivityFieldCsv.loadDefault(), RegistryKit.TODAY);
        List<OrganisationDraft> orgs = a.organisations(DemoDataLoader.ORGANISATIONS);
        List<PersonDraft> people = a.people(DemoDataLoader.PEOPLE);
        assertEquals(orgs, b.organisations(DemoDataLoader.ORGANISATIONS));
        assertEquals(people, b.people(DemoDataLoader.PEOPLE));

        Rules rules = new Rules(Optional.of(areas), Optional.of(ActivityFieldCsv.loadDefault()), RegistryKit.TODAY);
        orgs.forEach(rules::check);
        people.forEach(rules::check);
        Set<String> names = new HashSet<>();
        orgs.forEach(o -> assertTrue(names.add(o.name()), "unique names: " + o.name()));
        for (PartnerType t : PartnerType.organisationTypes()) {
            assertTrue(orgs.stream().anyMatch(o -> o.type() == t), "every type: " + t);
        }
        long experts = people.stream().filter(p -> p.expert() != null).count();
        assertTrue(experts >= 80 && experts <= 120, "about a hundred experts: " + experts);
        assertTrue(orgs.stream().anyMatch(o -> o.certifiedOn() != null));
    }
}
