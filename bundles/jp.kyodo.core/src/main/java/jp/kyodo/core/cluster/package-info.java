/**
 * Several Kyodo nodes on one database: what must happen once per cluster rather than once per node.
 * {@link jp.kyodo.core.cluster.ClusterJobs} lets periodic work claim its run for a period, so that one node
 * runs it. On a single node every claim succeeds once per period: nothing changes for a small city.
 */
@Version("1.0.0")
package jp.kyodo.core.cluster;

import org.osgi.annotation.versioning.Version;
