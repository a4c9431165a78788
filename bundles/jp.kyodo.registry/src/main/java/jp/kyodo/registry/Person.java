package jp.kyodo.registry;

import java.time.Instant;
import java.util.List;

/**
 * A stored individual as the calling user may see it.
 *
 * @param details what was entered; contacts and address are empty unless the user may see them
 * @param memberships the organisations the person belongs to
 * @param erased true once the personal data was erased on request (name shows 「消去済み」)
 * @param masked true when personal data was withheld from this user
 */
public record Person(
        long id,
        int version,
        boolean active,
        boolean erased,
        Instant createdAt,
        Instant updatedAt,
        PersonDraft details,
        List<Membership> memberships,
        boolean masked) {

    public Person {
        memberships = List.copyOf(memberships);
    }
}
