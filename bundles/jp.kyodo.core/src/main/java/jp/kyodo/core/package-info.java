/**
 * Types every Kyodo bundle shares: the domain exceptions (each with a stable machine-readable code and
 * a Japanese message for the user) and paging of result lists.
 */
@Version("1.0.0")
package jp.kyodo.core;

import org.osgi.annotation.versioning.Version;
