package jp.kyodo.exchange;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;

/**
 * What this city shares: opt-in per record. Everyone signed in reads; staff and above share and withdraw (audited).
 * A shared record goes to every active neighbour and again whenever it changes; a withdrawn one is withdrawn at
 * theirs.
 */
public interface Sharing {

    /** The kinds the installed modules offer, in the language. */
    List<ShareableKind> kinds(Locale language);

    /**
     * Records of a kind staff may share, matching the text.
     *
     * @throws jp.kyodo.core.NotFoundException for a kind no installed module offers
     */
    List<ShareCandidate> candidates(String type, String text, int limit);

    /** The shared records (withdrawn ones included), newest change first; of one kind, or all when type is empty. */
    Page<SharedRecord> shared(String type, PageRequest page);

    /**
     * Opts the records in: each is sent to every active neighbour. Records shared already stay as they are.
     *
     * @return how many were newly shared
     * @throws jp.kyodo.core.ValidationException when a record does not exist or may not be shared (field {@code
     *     localId}, naming it); nothing is shared then
     */
    int share(String type, Collection<String> localIds);

    /**
     * Withdraws the records: the neighbours are told, and keep their copy marked withdrawn.
     *
     * @return how many were withdrawn
     */
    int withdraw(String type, Collection<String> localIds);
}
