package jp.kyodo.registry.internal;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.contact.ContactFormats;
import jp.kyodo.core.contact.CorporateNumber;
import jp.kyodo.core.field.ActivityFieldTaxonomy;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.registry.Contact;
import jp.kyodo.registry.ContactPerson;
import jp.kyodo.registry.ExpertProfile;
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PersonDraft;

/**
 * Validates and cleans drafts: every problem of a draft at once, by field, in the words staff
 * understand; and the stored form of codes, phones and postal codes.
 */
final class Rules {

    private final Optional<AreaHierarchy> areas;
    private final Optional<ActivityFieldTaxonomy> fields;
    private final LocalDate today;

    Rules(Optional<AreaHierarchy> areas, Optional<ActivityFieldTaxonomy> fields, LocalDate today) {
        this.areas = areas;
        this.fields = fields;
        this.today = today;
    }

    /** The cleaned draft. @throws ValidationException with every problem */
    OrganisationDraft check(OrganisationDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.type() == null || d.type().kind() != PartnerKind.ORGANISATION) {
            errors.add(new FieldError("type", Messages.get("rules.organisationType")));
        }
        name(errors, "name", "nameReading", d.name(), d.nameReading(), true);
        max(errors, "nameEnglish", d.nameEnglish(), 200);
        max(errors, "legalForm", d.legalForm(), 60);
        CorporateNumber.error(d.corporateNumber()).ifPresent(m -> errors.add(new FieldError("corporateNumber", m)));
        max(errors, "stationNumber", d.stationNumber(), 32);
        Contact pub = contact(errors, "publicContact", d.publicContact(), true);
        ContactPerson rep = person(errors, "representative", d.representative());
        ContactPerson contact = person(errors, "contactPerson", d.contactPerson());
        codes(errors, d.fieldCodes(), d.areaCodes());
        max(errors, "description", d.description(), 2000);
        max(errors, "strengths", d.strengths(), 1000);
        max(errors, "needs", d.needs(), 1000);
        if (d.membersCount() != null && (d.membersCount() < 0 || d.membersCount() > 10_000_000)) {
            errors.add(new FieldError("membersCount", Messages.get("rules.membersCount")));
        }
        notFuture(errors, "foundedOn", d.foundedOn(), "rules.foundedOnFuture");
        notFuture(errors, "stationRegisteredOn", d.stationRegisteredOn(), "rules.stationRegisteredOnFuture");
        if (d.certifiedUntil() != null && d.certifiedOn() == null) {
            errors.add(new FieldError("certifiedOn", Messages.get("rules.certifiedOnRequired")));
        }
        if (d.certifiedOn() != null
                && d.certifiedUntil() != null
                && d.certifiedUntil().isBefore(d.certifiedOn())) {
            errors.add(new FieldError("certifiedUntil", Messages.get("rules.certifiedUntilBeforeOn")));
        }
        if (String.join(";", d.tags()).length() > 500) {
            errors.add(new FieldError("tags", Messages.get("rules.tagsTooLong")));
        }
        throwIfAny(errors);
        return new OrganisationDraft(
                d.type(),
                JapaneseText.normalizeWidth(d.name()),
                JapaneseText.normalizeWidth(d.nameReading()),
                JapaneseText.normalizeWidth(d.nameEnglish()),
                JapaneseText.normalizeWidth(d.legalForm()),
                CorporateNumber.normalize(d.corporateNumber()),
                JapaneseText.normalizeWidth(d.stationNumber()),
                d.stationRegisteredOn(),
                d.status(),
                pub,
                rep,
                contact,
                d.fieldCodes(),
                d.areaCodes(),
                d.description(),
                d.strengths(),
                d.needs(),
                d.membersCount(),
                d.foundedOn(),
                d.certifiedOn(),
                d.certifiedUntil(),
                d.tags());
    }

    /** The cleaned draft. @throws ValidationException with every problem */
    PersonDraft check(PersonDraft d) {
        List<FieldError> errors = new ArrayList<>();
        name(errors, "name", "nameReading", d.name(), d.nameReading(), true);
        if (d.birthYear() != null
                && (d.birthYear() < 1900 || d.birthYear() > Year.from(today).getValue())) {
            errors.add(new FieldError("birthYear", Messages.get("rules.birthYear")));
        }
        if (!d.areaCode().isEmpty()) {
            codes(errors, Set.of(), Set.of(d.areaCode()), "areaCode");
        }
        Contact contact = contact(errors, "contact", d.contact(), false);
        max(errors, "skills", d.skills(), 1000);
        max(errors, "notes", d.notes(), 2000);
        notFuture(errors, "volunteerSince", d.volunteerSince(), "rules.volunteerSinceFuture");
        ExpertProfile e = d.expert();
        if (e != null) {
            max(errors, "expert.qualifications", e.qualifications(), 500);
            max(errors, "expert.offeredSkills", e.offeredSkills(), 1000);
            if (e.qualifications().isEmpty() && e.offeredSkills().isEmpty()) {
                errors.add(new FieldError("expert.offeredSkills", Messages.get("rules.expertOffer")));
            }
        }
        throwIfAny(errors);
        return new PersonDraft(
                JapaneseText.normalizeWidth(d.name()),
                JapaneseText.normalizeWidth(d.nameReading()),
                d.birthYear(),
                d.areaCode(),
                contact,
                d.skills(),
                d.availableDays(),
                d.availableTimes(),
                d.volunteer(),
                d.volunteerSince(),
                d.expert(),
                d.notes());
    }

    private static void name(
            List<FieldError> errors,
            String nameField,
            String readingField,
            String name,
            String reading,
            boolean required) {
        if (required && name.isEmpty()) {
            errors.add(new FieldError(nameField, Messages.get("rules.nameRequired")));
        }
        max(errors, nameField, name, 200);
        if (required && reading.isEmpty()) {
            errors.add(new FieldError(readingField, Messages.get("rules.readingRequired")));
        } else if (!reading.isEmpty() && !JapaneseText.isReading(reading)) {
            errors.add(new FieldError(readingField, Messages.get("rules.readingKana")));
        }
        max(errors, readingField, reading, 200);
    }

    private static ContactPerson person(List<FieldError> errors, String prefix, ContactPerson p) {
        max(errors, prefix + ".name", p.name(), 100);
        if (!p.nameReading().isEmpty() && !JapaneseText.isReading(p.nameReading())) {
            errors.add(new FieldError(prefix + ".nameReading", Messages.get("rules.readingKana")));
        }
        max(errors, prefix + ".nameReading", p.nameReading(), 100);
        max(errors, prefix + ".title", p.title(), 60);
        Contact c = contact(errors, prefix + ".contact", p.contact(), false);
        return new ContactPerson(p.name(), p.nameReading(), p.title(), c);
    }

    private static Contact contact(List<FieldError> errors, String prefix, Contact c, boolean website) {
        ContactFormats.postalCodeError(c.postalCode())
                .ifPresent(m -> errors.add(new FieldError(prefix + ".postalCode", m)));
        ContactFormats.phoneError(c.phone()).ifPresent(m -> errors.add(new FieldError(prefix + ".phone", m)));
        ContactFormats.emailError(c.email()).ifPresent(m -> errors.add(new FieldError(prefix + ".email", m)));
        max(errors, prefix + ".address", c.address(), 300);
        if (website) {
            ContactFormats.urlError(c.website()).ifPresent(m -> errors.add(new FieldError(prefix + ".website", m)));
        } else if (!c.website().isEmpty()) {
            errors.add(new FieldError(prefix + ".website", Messages.get("rules.websiteOnlyPublic")));
        }
        return new Contact(
                ContactFormats.postalCode(c.postalCode()),
                c.address(),
                ContactFormats.phone(c.phone()),
                ContactFormats.email(c.email()),
                ContactFormats.clean(c.website()));
    }

    private void codes(List<FieldError> errors, Set<String> fieldCodes, Set<String> areaCodes) {
        codes(errors, fieldCodes, areaCodes, "areaCodes");
    }

    private void codes(List<FieldError> errors, Set<String> fieldCodes, Set<String> areaCodes, String areaField) {
        fields.ifPresent(t -> fieldCodes.stream()
                .filter(code -> t.find(code).isEmpty())
                .forEach(code -> errors.add(new FieldError("fieldCodes", Messages.get("rules.fieldUnknown", code)))));
        areas.ifPresent(h -> areaCodes.stream()
                .filter(code -> h.find(code).isEmpty())
                .forEach(code -> errors.add(new FieldError(areaField, Messages.get("rules.areaUnknown", code)))));
    }

    private void notFuture(List<FieldError> errors, String field, LocalDate date, String messageKey) {
        if (date != null && date.isAfter(today)) {
            errors.add(new FieldError(field, Messages.get(messageKey)));
        }
    }

    private static void max(List<FieldError> errors, String field, String value, int max) {
        if (value.length() > max) {
            errors.add(new FieldError(field, Messages.get("rules.tooLong", max, value.length())));
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
