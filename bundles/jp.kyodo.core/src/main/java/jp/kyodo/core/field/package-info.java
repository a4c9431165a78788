/**
 * Activity fields (活動分野): a city's configurable taxonomy for tagging partners, projects and events,
 * and its mapping to the 20 fields of the NPO law used by national NPO data.
 */
@Version("1.0.0")
package jp.kyodo.core.field;

import org.osgi.annotation.versioning.Version;
