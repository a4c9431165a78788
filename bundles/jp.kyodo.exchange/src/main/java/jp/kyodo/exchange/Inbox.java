package jp.kyodo.exchange;

import java.util.List;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;

/** What the neighbours sent: received records with their provenance, and the conflicts to decide. */
public interface Inbox {

    /** Received records, newest first (everyone signed in). */
    Page<ReceivedRecord> received(ReceivedQuery query, PageRequest page);

    /** The conflicts waiting for a decision, oldest first (everyone signed in). */
    List<Conflict> conflicts();

    /**
     * Decides a conflict (staff and above; audited).
     *
     * @throws jp.kyodo.core.NotFoundException when it was decided already or never existed
     */
    void resolve(long conflictId, Resolution resolution);

    /**
     * A message as a neighbour posted it (the public endpoint calls this; no user is signed in: the signature
     * decides). Verified, written in one transaction with its log entry, and answered with a signed receipt.
     *
     * @param message the JWS compact serialization
     * @param remoteAddress the sender's address, for the log
     * @return the signed receipt (JWS compact)
     * @throws ExchangeRefusedException when the message is refused — its reason is in the message log too
     */
    String accept(String message, String remoteAddress);

    /**
     * A message the endpoint refuses without reading it, as larger than it reads: noted in the message log like every
     * other refusal (since 1.1).
     *
     * @param bytes its size, as declared or as far as read
     * @param limit the most the endpoint reads
     * @param remoteAddress the sender's address
     * @return the refusal to answer with ({@code too-large}, 413)
     */
    ExchangeRefusedException tooLarge(long bytes, long limit, String remoteAddress);
}
