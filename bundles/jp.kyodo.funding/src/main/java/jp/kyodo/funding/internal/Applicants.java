package jp.kyodo.funding.internal;

import java.util.Optional;

/** The registry's organisations as funding sees them; a bundle-private service. */
interface Applicants {

    Optional<Applicant> find(long organisationId);
}
