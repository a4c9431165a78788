/**
 * Readiness of the platform's modules, for {@code /api/v1/health/ready} and whoever waits on it (load
 * balancers, scripts, tests).
 *
 * <p>A module is one or more bundles that declare the same name in their {@value
 * jp.kyodo.core.health.ReadinessCheck#MODULE_HEADER} manifest header (in bnd: {@code Kyodo-Module: registry}).
 * Each module registers at least one {@link jp.kyodo.core.health.ReadinessCheck} service from one of those
 * bundles, from a component that can only activate when the module works (it references the module's
 * main service). The platform then reports the module ready only when every bundle of it is active,
 * its schema migrations (if it has any) are applied, at least one of its checks is registered, and every
 * check answers ready. A module whose checks are missing is not ready: that is how a component that never
 * activated (a failed migration, a missing service) shows from outside.
 */
@Version("1.0.0")
package jp.kyodo.core.health;

import org.osgi.annotation.versioning.Version;
