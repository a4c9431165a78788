package jp.kyodo.registry.internal;

import static jp.kyodo.registry.internal.RegistryKit.COORDINATOR;
import static jp.kyodo.registry.internal.RegistryKit.STAFF;
import static jp.kyodo.registry.internal.RegistryKit.VIEWER;
import static jp.kyodo.registry.internal.RegistryKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.registry.Contact;
import jp.kyodo.registry.ContactPerson;
import jp.kyodo.registry.Organisation;
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@DatabaseTest
class OrganisationsTest {

    private final RegistryKit kit = new RegistryKit();

    @AfterEach
    void close() {
        kit.close();
    }

    static OrganisationDraft shokudo() {
        return OrganisationDraft.of(PartnerType.CIVIC, "川口子ども食堂ネットワーク", "かわぐちこどもしょくどうねっとわーく")
                .withCorporateNumber("7000012050002")
                .withContacts(
                        new Contact(
                                "3328601",
                                "埼玉県川口市本町1-1-1",
                                "048-222-1111",
                                "info@kodomo.example.jp",
                                "https://kodomo.example.jp/"),
                        new ContactPerson("川口 花子", "かわぐち はなこ", "代表理事", new Contact("", "", "090-1234-5678", "", "")),
                        new ContactPerson("芝 太郎", "しば たろう", "事務局長", new Contact("", "", "", "shiba@example.jp", "")))
                .withFieldsAndAreas(Set.of("children", "welfare"), Set.of("chuo"))
                .withProfile("市内の子ども食堂をつなぎ、食材の寄付を配分しています", "食品衛生の知識", "配送ボランティアが不足")
                .withCertification(LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31));
    }

    @Test
    void aCoordinatorRegistersAndReadsBackEveryDetail() {
        Organisation created = as(COORDINATOR, () -> kit.organisations.create(shokudo()));
        assertEquals(1, created.version());
        assertTrue(created.active());
        assertFalse(created.masked());
        OrganisationDraft d = created.details();
        assertEquals("332-8601", d.publicContact().postalCode(), "postal code stored with hyphen");
        assertEquals("090-1234-5678", d.representative().contact().phone());
        assertEquals(Set.of("children", "welfare"), d.fieldCodes());
        assertEquals(LocalDate.of(2028, 3, 31), d.certifiedUntil());
        assertEquals(1, kit.audit.of(AuditAction.CREATE).size());
        assertEquals(
                1,
                kit.audit.of(AuditAction.READ_PERSONAL).size(),
                "the coordinator's read of contact persons is audited");
    }

    @Test
    void anInvalidCorporateNumberIsRejectedAtItsFieldAndNothingIsSaved() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> as(COORDINATOR, () -> kit.organisations.create(shokudo().withCorporateNumber("1234567890123"))));
        assertEquals(
                Set.of("corporateNumber"),
                e.errors().stream().map(FieldError::field).collect(java.util.stream.Collectors.toSet()));
        assertTrue(e.errors().get(0).message().contains("チェックデジット"));
        assertEquals(
                0,
                as(COORDINATOR, () -> kit.directory.search(PartnerQuery.all(), PageRequest.first(10)))
                        .total());
    }

    @Test
    void everyFieldProblemIsReportedAtOnce() {
        OrganisationDraft bad = OrganisationDraft.of(PartnerType.CIVIC, "", "Kawaguchi")
                .withContacts(new Contact("33-8601", "", "12345", "nope", "www.example.jp"), null, null);
        ValidationException e =
                assertThrows(ValidationException.class, () -> as(COORDINATOR, () -> kit.organisations.create(bad)));
        Set<String> fields = e.errors().stream().map(FieldError::field).collect(java.util.stream.Collectors.toSet());
        assertEquals(
                Set.of(
                        "name",
                        "nameReading",
                        "publicContact.postalCode",
                        "publicContact.phone",
                        "publicContact.email",
                        "publicContact.website"),
                fields);
    }

    @Test
    void viewersSeeNoContactsStaffSeePublicContactsOnly() {
        long id = as(COORDINATOR, () -> kit.organisations.create(shokudo())).id();
        int readsBefore = kit.audit.of(AuditAction.READ_PERSONAL).size();

        Organisation viewer = as(VIEWER, () -> kit.organisations.get(id));
        assertTrue(viewer.masked());
        assertTrue(viewer.details().publicContact().blank());
        assertTrue(viewer.details().representative().contact().blank());
        assertEquals("川口 花子", viewer.details().representative().name(), "names of representatives stay visible");

        Organisation staff = as(STAFF, () -> kit.organisations.get(id));
        assertTrue(staff.masked());
        assertEquals("048-222-1111", staff.details().publicContact().phone());
        assertTrue(staff.details().representative().contact().blank());
        assertTrue(staff.details().contactPerson().contact().blank());

        assertEquals(
                readsBefore, kit.audit.of(AuditAction.READ_PERSONAL).size(), "masked reads are not personal reads");
    }

    @Test
    void onlyCoordinatorsChangeTheRegistry() {
        assertThrows(AccessDeniedException.class, () -> as(STAFF, () -> kit.organisations.create(shokudo())));
        assertThrows(AccessDeniedException.class, () -> as(VIEWER, () -> kit.organisations.create(shokudo())));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        Organisation o = as(COORDINATOR, () -> kit.organisations.create(shokudo()));
        as(
                COORDINATOR,
                () -> kit.organisations.update(
                        o.id(), o.version(), o.details().withStatus(OrganisationStatus.SUSPENDED)));
        assertThrows(
                ConflictException.class,
                () -> as(
                        COORDINATOR,
                        () -> kit.organisations.update(
                                o.id(), o.version(), o.details().withName("別名", "べつめい"))));
        Organisation now = as(COORDINATOR, () -> kit.organisations.get(o.id()));
        assertEquals("川口子ども食堂ネットワーク", now.details().name());
        assertEquals(OrganisationStatus.SUSPENDED, now.details().status());
        assertTrue(kit.audit.of(AuditAction.UPDATE).get(0).detail().contains("状態"));
    }

    @Test
    void deactivationHidesFromSearchButKeepsTheRecord() {
        long id = as(COORDINATOR, () -> kit.organisations.create(shokudo())).id();
        assertThrows(ValidationException.class, () -> as(COORDINATOR, () -> kit.organisations.deactivate(id, " ")));
        as(COORDINATOR, () -> kit.organisations.deactivate(id, "解散の届出"));
        assertEquals(
                0,
                as(COORDINATOR, () -> kit.directory.search(PartnerQuery.text("食堂"), PageRequest.first(10)))
                        .total());
        assertEquals(
                1,
                as(
                                COORDINATOR,
                                () -> kit.directory.search(
                                        PartnerQuery.text("食堂").withFlags(false, false, false, true),
                                        PageRequest.first(10)))
                        .total());
        assertFalse(as(COORDINATOR, () -> kit.organisations.get(id)).active());
        as(COORDINATOR, () -> kit.organisations.reactivate(id));
        assertTrue(as(COORDINATOR, () -> kit.organisations.get(id)).active());
    }

    @Test
    void messagesComeInTheUsersLanguage() {
        long id = as(COORDINATOR, () -> kit.organisations.create(shokudo())).id();
        ValidationException noReason = assertThrows(
                ValidationException.class, () -> as(COORDINATOR, () -> kit.organisations.deactivate(id, " ")));
        assertEquals(
                "Enter the reason for the deactivation",
                noReason.errors().get(0).message(Locale.ENGLISH));
        assertEquals("無効化の理由を入力してください", noReason.errors().get(0).message());
        ConflictException active =
                assertThrows(ConflictException.class, () -> as(COORDINATOR, () -> kit.organisations.reactivate(id)));
        assertEquals("This organisation is already active", active.message(Locale.ENGLISH));
        assertEquals("この団体はすでに有効です", active.getMessage());
        long other = id + 1000;
        NotFoundException missing =
                assertThrows(NotFoundException.class, () -> as(COORDINATOR, () -> kit.organisations.get(other)));
        assertEquals("The organisation (ID " + other + ") was not found", missing.message(Locale.ENGLISH));
        assertEquals("団体（ID " + other + "）は見つかりません", missing.getMessage());

        ValidationException tooLong = assertThrows(
                ValidationException.class,
                () -> as(COORDINATOR, () -> kit.organisations.create(shokudo().withName("会".repeat(201), "かい"))));
        assertEquals(
                "Enter at most 200 characters (201 entered)",
                tooLong.errors().get(0).message(Locale.ENGLISH));
        assertEquals("200文字以内で入力してください（201文字）", tooLong.errors().get(0).message());
    }

    @Test
    void possibleDuplicatesBySameNameOrCorporateNumberOrPhone() {
        long id = as(COORDINATOR, () -> kit.organisations.create(shokudo())).id();
        OrganisationDraft sameNumber =
                OrganisationDraft.of(PartnerType.CIVIC, "別の名前", "べつのなまえ").withCorporateNumber("7000012050002");
        assertEquals(
                id,
                as(COORDINATOR, () -> kit.organisations.possibleDuplicates(sameNumber, null))
                        .get(0)
                        .id());
        OrganisationDraft samePhone = OrganisationDraft.of(PartnerType.CIVIC, "別の名前", "べつのなまえ")
                .withContacts(new Contact("", "", "０４８－２２２－１１１１", "", ""), null, null);
        assertEquals(
                1,
                as(COORDINATOR, () -> kit.organisations.possibleDuplicates(samePhone, null))
                        .size());
        assertTrue(
                as(COORDINATOR, () -> kit.organisations.possibleDuplicates(shokudo(), id))
                        .isEmpty(),
                "not itself");
        assertTrue(as(
                        COORDINATOR,
                        () -> kit.organisations.possibleDuplicates(
                                OrganisationDraft.of(PartnerType.CIVIC, "別の名前", "べつのなまえ"), null))
                .isEmpty());
    }
}
