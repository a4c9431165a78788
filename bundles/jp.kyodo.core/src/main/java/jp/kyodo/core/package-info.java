/**
 * Types every Kyodo bundle shares: the domain exceptions (each with a stable machine-readable code and
 * a message for the user, in Japanese and English through a {@link jp.kyodo.core.MessageCatalog}) and
 * paging of result lists.
 */
@Version("1.2.0")
package jp.kyodo.core;

import org.osgi.annotation.versioning.Version;
