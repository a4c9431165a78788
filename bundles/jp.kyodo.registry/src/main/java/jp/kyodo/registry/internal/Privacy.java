package jp.kyodo.registry.internal;

import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Role;
import jp.kyodo.registry.Contact;
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.PersonDraft;

/**
 * Who sees which personal data (個人情報): coordinators and administrators everything; staff
 * organisations' public contacts; viewers no contacts or addresses at all. Applied in the services,
 * so every caller — views, REST, other modules — gets the same answer.
 */
final class Privacy {

    private Privacy() {}

    /** Coordinators and administrators: individuals' contacts, addresses and notes. */
    static boolean seesPersonalData(Actor actor) {
        return actor.has(Role.COORDINATOR);
    }

    /** Staff and above: organisations' public contacts. */
    static boolean seesPublicContacts(Actor actor) {
        return actor.has(Role.STAFF);
    }

    static OrganisationDraft mask(OrganisationDraft d, Actor actor) {
        if (seesPersonalData(actor)) {
            return d;
        }
        return d.withContacts(
                seesPublicContacts(actor) ? d.publicContact() : Contact.EMPTY,
                d.representative().withoutContact(),
                d.contactPerson().withoutContact());
    }

    static boolean masksSomething(OrganisationDraft d, Actor actor) {
        return !mask(d, actor).equals(d);
    }

    static PersonDraft mask(PersonDraft d, Actor actor) {
        if (seesPersonalData(actor)) {
            return d;
        }
        PersonDraft masked = new PersonDraft(
                d.name(),
                d.nameReading(),
                actor.has(Role.STAFF) ? d.birthYear() : null,
                d.areaCode(),
                Contact.EMPTY,
                d.skills(),
                d.availableDays(),
                d.availableTimes(),
                d.volunteer(),
                d.volunteerSince(),
                d.expert(),
                "");
        return masked;
    }

    /** Whether the organisation's details hold an individual's contact (what a read of it audits). */
    static boolean holdsPersonalContacts(OrganisationDraft d) {
        return !d.representative().contact().blank()
                || !d.contactPerson().contact().blank();
    }
}
