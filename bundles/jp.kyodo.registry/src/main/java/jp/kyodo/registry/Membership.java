package jp.kyodo.registry;

import jp.kyodo.core.Records;

/**
 * A person's membership in an organisation.
 *
 * @param role e.g. 会長, 会員, 事務局
 */
public record Membership(long organisationId, String organisationName, long personId, String personName, String role) {

    public Membership {
        role = Records.text(role);
    }
}
