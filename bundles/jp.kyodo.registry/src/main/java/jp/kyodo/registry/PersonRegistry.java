package jp.kyodo.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Individuals: citizens, volunteers and experts. Changed by coordinators. Reading a person's contact
 * details is audited ({@link jp.kyodo.core.audit.AuditAction#READ_PERSONAL}); viewers and staff get
 * them masked and see a person only while their {@link ConsentScope#PROFILE} consent is in force.
 */
@org.osgi.annotation.versioning.ProviderType
public interface PersonRegistry {

    /** @throws jp.kyodo.core.NotFoundException when there is no such person or the user may not see them */
    Person get(long id);

    Optional<Person> find(long id);

    Person create(PersonDraft draft);

    Person update(long id, int expectedVersion, PersonDraft draft);

    Person deactivate(long id, String reason);

    Person reactivate(long id);

    /**
     * Erases the person's personal data on request (name, reading, contacts, notes, skills, birth year,
     * expert profile, memberships); the record and the audit entry of the erasure remain, the consents
     * are withdrawn. Cannot be undone.
     */
    Person erase(long id, String reason);

    /** Active people with the same name and reading, or the same phone or e-mail. */
    List<PartnerSummary> possibleDuplicates(PersonDraft draft, Long exceptId);

    /** Every consent of the person, newest first (coordinators). */
    List<Consent> consents(long personId);

    Consent recordConsent(long personId, ConsentScope scope, String recipient, String purpose, LocalDate givenOn);

    /** Records the withdrawal; from that day the consent is no longer honoured anywhere. */
    Consent withdrawConsent(long consentId, LocalDate withdrawnOn);

    /** Whether a consent of the scope is in force today: other modules ask before using a person. */
    boolean hasConsent(long personId, ConsentScope scope);
}
