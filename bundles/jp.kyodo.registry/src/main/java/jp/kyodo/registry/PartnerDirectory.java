package jp.kyodo.registry;

import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;

/** Finds partners of every kind. Any signed-in user may search; what they see depends on their role. */
@org.osgi.annotation.versioning.ProviderType
public interface PartnerDirectory {

    /** The sort keys {@link #search} accepts; the default is by reading (50音順). */
    String SORT_READING = "reading";

    String SORT_UPDATED = "updated";

    /**
     * Partners matching the query, sorted in 50音 order of their reading (or by {@value #SORT_UPDATED},
     * newest first). For viewers and staff, individuals appear only while their consent {@link
     * ConsentScope#PROFILE} is in force.
     */
    Page<PartnerSummary> search(PartnerQuery query, PageRequest page);

    /** Counts for the dashboard. */
    RegistryStatistics statistics();
}
