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
import org.junit.jupiter.api.Test;

class DemoDataTest {

    /** The demo cities' areas that run.sh installs. */
    static AreaHierarchy demoAreas() throws IOException {
        try (Reader r =
                Files.newBufferedReader(Path.of("../../karaf-dist/src/main/resources/assembly/demo/kyodo-areas.csv"))) {
            return AreaCsv.read(r);
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
