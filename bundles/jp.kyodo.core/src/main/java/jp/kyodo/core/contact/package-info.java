/**
 * Checks and clean-up for what staff type into contact and identity fields: 法人番号 (corporate number,
 * with its check digit), postal codes, telephone numbers, e-mail addresses and web addresses. Every
 * domain's forms, imports and APIs use the same rules and the same Japanese messages.
 */
@Version("2.0.0")
package jp.kyodo.core.contact;

import org.osgi.annotation.versioning.Version;
