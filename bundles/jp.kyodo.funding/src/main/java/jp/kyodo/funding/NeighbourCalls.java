package jp.kyodo.funding;

import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;

/**
 * Grant calls (公募) received from neighbouring cities (近隣自治体の公募), for this city's groups to know where else
 * they may apply. They arrive through the exchange module (the shareable type {@code funding.call}); nobody here
 * edits them. Everyone signed in reads them.
 */
@org.osgi.annotation.versioning.ProviderType
public interface NeighbourCalls {

    /**
     * The received calls matching the text (title, reading, summary, target, the city's name; width, kana and
     * case insensitive; empty: all): those taking applications today first (closing soonest first), then those
     * opening later (soonest first), then the ended ones (latest first). No sort keys are taken.
     *
     * @throws ValidationException for a sort key
     */
    Page<NeighbourCall> search(String text, PageRequest page);
}
