package jp.kyodo.registry;

import java.util.List;
import java.util.Optional;

/**
 * Organisations: read by every signed-in user, changed by coordinators (and administrators).
 *
 * <p>Validation failures throw {@link jp.kyodo.core.ValidationException} with one {@link
 * jp.kyodo.core.FieldError} per field (field names are the {@link OrganisationDraft} components, nested
 * ones dotted: {@code publicContact.phone}); a stale version throws {@link
 * jp.kyodo.core.ConflictException}; an unknown id {@link jp.kyodo.core.NotFoundException}.
 */
@org.osgi.annotation.versioning.ProviderType
public interface OrganisationRegistry {

    /** @throws jp.kyodo.core.NotFoundException when there is no such organisation */
    Organisation get(long id);

    Optional<Organisation> find(long id);

    Organisation create(OrganisationDraft draft);

    /** Replaces the details; {@code expectedVersion} is the version the user edited. */
    Organisation update(long id, int expectedVersion, OrganisationDraft draft);

    /** Takes the organisation out of lists and searches; nothing is deleted. */
    Organisation deactivate(long id, String reason);

    Organisation reactivate(long id);

    /**
     * Active organisations that may be the same as the draft: the same name and reading, the same 法人番号,
     * or the same public phone or e-mail. {@code exceptId} (may be null) is the record being edited.
     */
    List<PartnerSummary> possibleDuplicates(OrganisationDraft draft, Long exceptId);

    /** The organisation's members, by reading. */
    List<Membership> members(long organisationId);

    /** Adds a person or changes their role. */
    Membership addMember(long organisationId, long personId, String role);

    void removeMember(long organisationId, long personId);
}
