package jp.kyodo.registry.internal;

import static jp.kyodo.registry.internal.RegistryKit.COORDINATOR;
import static jp.kyodo.registry.internal.RegistryKit.STAFF;
import static jp.kyodo.registry.internal.RegistryKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.registry.Consent;
import jp.kyodo.registry.ConsentScope;
import jp.kyodo.registry.PartnerProfile;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@DatabaseTest
class ProfilesTest {

    private final RegistryKit kit = new RegistryKit();
    private final Profiles profiles = new Profiles(
            kit.db.transactions(),
            Clock.fixed(
                    RegistryKit.TODAY
                            .atStartOfDay(ZoneId.of("Asia/Tokyo"))
                            .plusHours(10)
                            .toInstant(),
                    ZoneId.of("Asia/Tokyo")));

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void aPersonsProfileCarriesSkillsAvailabilityAndTheConsentToMatchingInForceButNoContacts() {
        long person =
                as(COORDINATOR, () -> kit.people.create(PeopleTest.zeirishi())).id();
        PartnerProfile before = as(COORDINATOR, () -> profiles.profile(person)).orElseThrow();
        assertFalse(before.matchingConsent(), "no consent yet");
        assertTrue(before.expert());
        assertTrue(before.skills().contains("税理士"), before.skills());

        Consent consent =
                as(COORDINATOR, () -> kit.people.recordConsent(person, ConsentScope.MATCHING, "登録団体", "専門家の紹介", null));
        assertTrue(as(COORDINATOR, () -> profiles.profile(person)).orElseThrow().matchingConsent());

        as(COORDINATOR, () -> kit.people.withdrawConsent(consent.id(), null));
        assertFalse(
                as(COORDINATOR, () -> profiles.profile(person)).orElseThrow().matchingConsent(), "withdrawn today");
    }

    @Test
    void organisationsNeedNoConsentAndEveryPartnerIsVisitedOnceInIdOrder() {
        long org = as(COORDINATOR, () -> kit.organisations.create(OrganisationsTest.shokudo()))
                .id();
        long person =
                as(COORDINATOR, () -> kit.people.create(PeopleTest.zeirishi())).id();
        List<PartnerProfile> all = new ArrayList<>();
        as(COORDINATOR, () -> {
            profiles.forEach(all::add);
            return null;
        });
        assertEquals(List.of(org, person), all.stream().map(PartnerProfile::id).toList());
        PartnerProfile o = all.get(0);
        assertEquals(PartnerType.CIVIC, o.type());
        assertTrue(o.matchingConsent());
        assertTrue(o.certified());
        assertEquals("食品衛生の知識", o.skills());
        assertEquals(
                2, as(COORDINATOR, () -> profiles.changedSince(Instant.EPOCH)).size());
    }

    @Test
    void onlyCoordinatorsAndThePlatformReadProfiles() {
        assertThrows(AccessDeniedException.class, () -> as(STAFF, () -> profiles.profile(1)));
    }
}
