package jp.kyodo.exchange;

import java.util.List;
import java.util.Optional;

/**
 * This city's identity and its neighbours. Everyone signed in reads the neighbours; administrators change them (each
 * change is audited). {@link #syncNow()} returns at once: the outbox does the work.
 */
public interface Peers {

    /** This city as neighbours see it: public, so anyone may read it (the public endpoint shows it). */
    Identity identity();

    /**
     * Sets this city's 全国地方公共団体コード (administrators): the name comes from the municipality list.
     *
     * @throws jp.kyodo.core.ValidationException for a wrong or unknown code (field {@code municipalityCode})
     */
    Identity configure(String municipalityCode);

    /**
     * Makes a new signing key (administrators). The old one signs an announcement of the new one to every active
     * neighbour, which then accepts both until it has heard of the new one.
     */
    Identity rotateKey();

    /** The neighbours by code. */
    List<Peer> peers();

    Optional<Peer> peer(String municipalityCode);

    /**
     * Registers a neighbour (administrators).
     *
     * @throws jp.kyodo.core.ValidationException at the field: a wrong code or check digit, this city's own code,
     *     a URL that is not http(s), a key that is not 32 bytes in base64url
     * @throws jp.kyodo.core.ConflictException when the code is registered already
     */
    Peer register(PeerDraft draft);

    /** Changes a neighbour's URL, key or activity (administrators); its code stays. */
    Peer update(String municipalityCode, PeerDraft draft);

    /**
     * Removes a neighbour (administrators): nothing more is sent to it or accepted from it. What was received from it
     * stays, with its provenance; the message log keeps its messages.
     */
    void remove(String municipalityCode);

    /** Sends what is waiting now, not at the next round; failed neighbours are tried again at once (staff). */
    void syncNow();
}
