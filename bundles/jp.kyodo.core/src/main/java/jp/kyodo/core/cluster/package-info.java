/**
 * Several Kyodo nodes on one PostgreSQL database: what each node must hear of the others, and what must happen
 * once per cluster rather than once per node. A node keeps in-memory state (search indexes, caches) that
 * follows the changes it makes itself through EventAdmin; the {@link jp.kyodo.core.cluster.ChangeFeed} carries
 * those events to the other nodes through the database, so a change saved on one node is found on every other
 * within a second. {@link jp.kyodo.core.cluster.ClusterJobs} lets periodic work claim its run for a period, so
 * that one node runs it. On embedded Derby there is one node: the feed only posts locally and every claim
 * succeeds once per period — nothing changes for a small city.
 */
@Version("1.0.0")
package jp.kyodo.core.cluster;

import org.osgi.annotation.versioning.Version;
