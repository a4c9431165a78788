package jp.kyodo.matching;

import java.util.Optional;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;

/** Offers (申し出) of people and organisations. Staff and above read; coordinators record and change. */
public interface Offers {

    /** Sort keys of {@link #search} ({@link PageRequest#sort()}); without one, recently changed first. */
    String SORT_UPDATED = "updated";

    String SORT_TITLE = "title";

    String SORT_VALID_UNTIL = "validUntil";

    Offer get(long id);

    Optional<Offer> find(long id);

    Page<Offer> search(OfferQuery query, PageRequest page);

    Offer create(OfferDraft draft);

    Offer update(long id, int expectedVersion, OfferDraft draft);

    /** The offer no longer stands; it is kept for the record. */
    Offer withdraw(long id, int expectedVersion);
}
