package jp.kyodo.exchange;

import java.time.Instant;

/**
 * A record opted in for the neighbours (or withdrawn since).
 *
 * @param revision the outbox position of its last change: a neighbour that acknowledged this revision has it
 */
public record SharedRecord(
        String type,
        String localId,
        String title,
        Instant sharedAt,
        String sharedBy,
        long revision,
        boolean withdrawn) {}
