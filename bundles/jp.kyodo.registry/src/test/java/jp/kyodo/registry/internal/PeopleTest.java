package jp.kyodo.registry.internal;

import static jp.kyodo.registry.internal.RegistryKit.COORDINATOR;
import static jp.kyodo.registry.internal.RegistryKit.STAFF;
import static jp.kyodo.registry.internal.RegistryKit.VIEWER;
import static jp.kyodo.registry.internal.RegistryKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.registry.Consent;
import jp.kyodo.registry.ConsentScope;
import jp.kyodo.registry.Contact;
import jp.kyodo.registry.ExpertProfile;
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.Person;
import jp.kyodo.registry.PersonDraft;
import jp.kyodo.registry.TimeBand;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@DatabaseTest
class PeopleTest {

    private final RegistryKit kit = new RegistryKit();

    @AfterEach
    void close() {
        kit.close();
    }

    static PersonDraft zeirishi() {
        return PersonDraft.of("青木 恵子", "あおき けいこ")
                .withArea("honcho", 1962)
                .withContact(new Contact("332-0012", "埼玉県川口市本町2-3-4", "090-1111-2222", "keiko@example.jp", ""))
                .withExpert(new ExpertProfile("税理士", "会計・税務の相談", true))
                .withVolunteer(true, LocalDate.of(2024, 4, 1), "会計、パソコン")
                .withAvailability(Set.of(DayOfWeek.SATURDAY, DayOfWeek.MONDAY), Set.of(TimeBand.MORNING));
    }

    @Test
    void aPersonRoundTripsAndACoordinatorsReadIsAudited() {
        Person p = as(COORDINATOR, () -> kit.people.create(zeirishi()));
        assertEquals("090-1111-2222", p.details().contact().phone());
        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), p.details().availableDays());
        assertTrue(p.details().expert().proBono());
        assertEquals(1, kit.audit.of(AuditAction.READ_PERSONAL).size());
        var experts = as(
                COORDINATOR,
                () -> kit.directory.search(
                        jp.kyodo.registry.PartnerQuery.text("税理士").withFlags(false, true, false, false),
                        jp.kyodo.core.PageRequest.first(5)));
        assertEquals(1, experts.total(), "experts are found by their qualifications");
    }

    @Test
    void consentDecidesWhetherStaffSeeThePersonAndTheyNeverSeeContacts() {
        long id = as(COORDINATOR, () -> kit.people.create(zeirishi())).id();
        assertThrows(NotFoundException.class, () -> as(STAFF, () -> kit.people.get(id)));
        Consent consent =
                as(COORDINATOR, () -> kit.people.recordConsent(id, ConsentScope.PROFILE, "協働推進課", "台帳への掲載", null));
        Person staff = as(STAFF, () -> kit.people.get(id));
        assertTrue(staff.masked());
        assertTrue(staff.details().contact().blank());
        assertEquals(1962, staff.details().birthYear());
        Person viewer = as(VIEWER, () -> kit.people.get(id));
        assertTrue(viewer.details().contact().blank());
        assertNull(viewer.details().birthYear());
        assertTrue(as(STAFF, () -> kit.people.hasConsent(id, ConsentScope.PROFILE)));

        as(COORDINATOR, () -> kit.people.withdrawConsent(consent.id(), null));
        assertThrows(NotFoundException.class, () -> as(STAFF, () -> kit.people.get(id)));
        assertFalse(as(STAFF, () -> kit.people.hasConsent(id, ConsentScope.PROFILE)));
        assertThrows(
                ConflictException.class, () -> as(COORDINATOR, () -> kit.people.withdrawConsent(consent.id(), null)));
    }

    @Test
    void erasureRemovesPersonalDataButKeepsTheRecordAndTheAuditEntry() {
        long person = as(COORDINATOR, () -> kit.people.create(zeirishi())).id();
        long org = as(
                        COORDINATOR,
                        () -> kit.organisations.create(
                                OrganisationDraft.of(PartnerType.CIVIC, "会計ボランティアの会", "かいけいぼらんてぃあのかい")))
                .id();
        as(COORDINATOR, () -> kit.organisations.addMember(org, person, "会計"));
        as(COORDINATOR, () -> kit.people.recordConsent(person, ConsentScope.MATCHING, "登録団体", "専門家の紹介", null));
        assertThrows(ValidationException.class, () -> as(COORDINATOR, () -> kit.people.erase(person, "")));

        Person erased = as(COORDINATOR, () -> kit.people.erase(person, "2026年11月20日 本人から申出"));
        assertTrue(erased.erased());
        assertFalse(erased.active());
        assertEquals(People.ERASED_NAME, erased.details().name());
        assertTrue(erased.details().contact().blank());
        assertNull(erased.details().expert());
        assertTrue(erased.memberships().isEmpty());
        assertTrue(as(COORDINATOR, () -> kit.organisations.members(org)).isEmpty());
        assertTrue(as(COORDINATOR, () -> kit.people.consents(person)).stream().allMatch(c -> c.withdrawnOn() != null));
        assertFalse(as(COORDINATOR, () -> kit.people.hasConsent(person, ConsentScope.MATCHING)));
        assertEquals(
                0,
                as(
                                COORDINATOR,
                                () -> kit.directory.search(
                                        jp.kyodo.registry.PartnerQuery.text("青木")
                                                .withFlags(false, false, false, true),
                                        jp.kyodo.core.PageRequest.first(5)))
                        .total(),
                "the name is gone from the search index too");
        assertEquals(1, kit.audit.of(AuditAction.ERASE).size());
        assertFalse(
                kit.audit.of(AuditAction.ERASE).get(0).detail().contains("青木"), "the audit log holds no personal data");
        assertThrows(ConflictException.class, () -> as(COORDINATOR, () -> kit.people.erase(person, "again")));
        assertThrows(
                ConflictException.class,
                () -> as(COORDINATOR, () -> kit.people.update(person, erased.version(), zeirishi())));
    }

    @Test
    void duplicatesByNameOrPhone() {
        long id = as(COORDINATOR, () -> kit.people.create(zeirishi())).id();
        assertEquals(
                id,
                as(COORDINATOR, () -> kit.people.possibleDuplicates(PersonDraft.of("青木 恵子", "あおき けいこ"), null))
                        .get(0)
                        .id());
        PersonDraft samePhone = PersonDraft.of("別人", "べつじん").withContact(new Contact("", "", "０９０－１１１１－２２２２", "", ""));
        assertEquals(
                1,
                as(COORDINATOR, () -> kit.people.possibleDuplicates(samePhone, null))
                        .size());
    }

    @Test
    void messagesComeInTheUsersLanguage() {
        PersonDraft bad = PersonDraft.of("山田 花子", "yamada").withArea("nowhere", 1850);
        ValidationException e =
                assertThrows(ValidationException.class, () -> as(COORDINATOR, () -> kit.people.create(bad)));
        Map<String, FieldError> byField =
                e.errors().stream().collect(Collectors.toMap(FieldError::field, Function.identity()));
        assertEquals("There is no area \"nowhere\"", byField.get("areaCode").message(Locale.ENGLISH));
        assertEquals("地域「nowhere」はありません", byField.get("areaCode").message());
        assertEquals(
                "Enter the year of birth as a year from 1900 to this year",
                byField.get("birthYear").message(Locale.ENGLISH));
        assertEquals("生まれ年は1900年から今年までの西暦で入力してください", byField.get("birthYear").message(Locale.JAPANESE));
        assertEquals(
                "Write the reading (furigana) in hiragana or katakana",
                byField.get("nameReading").message(Locale.ENGLISH));
        assertTrue(e.message(Locale.ENGLISH).contains("areaCode: There is no area"), e.message(Locale.ENGLISH));

        NotFoundException missing =
                assertThrows(NotFoundException.class, () -> as(COORDINATOR, () -> kit.people.get(4711)));
        assertEquals("The person (ID 4711) was not found", missing.message(Locale.ENGLISH));
        assertEquals("個人（ID 4711）は見つかりません", missing.getMessage());
        assertEquals(missing.getMessage(), missing.message(Locale.JAPAN));
        NotFoundException noConsent = assertThrows(
                NotFoundException.class, () -> as(COORDINATOR, () -> kit.people.withdrawConsent(815, null)));
        assertEquals("The consent (ID 815) was not found", noConsent.message(Locale.ENGLISH));
        assertEquals("同意（ID 815）は見つかりません", noConsent.getMessage());
    }

    @Test
    void validationOfPeople() {
        PersonDraft bad = PersonDraft.of("山田 花子", "やまだ はなこ").withArea("nowhere", 1850);
        ValidationException e =
                assertThrows(ValidationException.class, () -> as(COORDINATOR, () -> kit.people.create(bad)));
        assertEquals(
                Set.of("areaCode", "birthYear"),
                e.errors().stream().map(jp.kyodo.core.FieldError::field).collect(java.util.stream.Collectors.toSet()));
    }
}
