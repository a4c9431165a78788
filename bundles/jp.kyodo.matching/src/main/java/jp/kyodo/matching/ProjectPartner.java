package jp.kyodo.matching;

import jp.kyodo.core.Records;

/**
 * A partner organisation of a project and its part of the work (役割分担).
 *
 * @param organisationId the registry id
 * @param name the organisation's name (filled in from the registry when stored)
 * @param role what this partner does
 */
public record ProjectPartner(long organisationId, String name, String role) {

    public ProjectPartner {
        name = Records.text(name);
        role = Records.text(role);
    }
}
