/**
 * Several Kyodo nodes on one PostgreSQL database: what each node must hear of the others. A node keeps
 * in-memory state (search indexes, caches) that follows the changes it makes itself through EventAdmin; the
 * {@link jp.kyodo.core.cluster.ChangeFeed} carries those events to the other nodes through the database, so a
 * change saved on one node is found on every other within a second. On embedded Derby there is only one node
 * and the feed only posts locally.
 */
@Version("1.0.0")
package jp.kyodo.core.cluster;

import org.osgi.annotation.versioning.Version;
