package jp.kyodo.core.cluster;

import java.util.Map;

/**
 * Announces a committed change to every node: on this node it is posted to EventAdmin once the transaction has
 * committed (as before), and the same event is recorded in the database in that transaction, so each other node
 * posts it to its own EventAdmin, with {@value #REMOTE} {@code true} and {@value #ORIGIN}, within a second of
 * the commit (the feed polls the table; a rolled-back change is never announced anywhere).
 *
 * <p>Subscribers that keep state in memory (an index, a cache) follow remote events like local ones; work that
 * must happen once per change (a notice, a message to another system) must ignore events with {@value
 * #REMOTE}, or it would run on every node.
 */
public interface ChangeFeed {

    /** Event property: {@code Boolean.TRUE} on events another node made. */
    String REMOTE = "kyodo.remote";

    /** Event property: the name of the node that made the change. */
    String ORIGIN = "kyodo.origin";

    /**
     * Announces the change in the caller's transaction (or at once, posted locally, without one).
     *
     * @param properties the event's properties: String, Long, Integer or Boolean values (the record's id, never
     *     the record)
     * @throws IllegalArgumentException for another type of value
     */
    void publish(String topic, Map<String, ?> properties);

    /** This node's name in the feed (unique per start). */
    String node();
}
