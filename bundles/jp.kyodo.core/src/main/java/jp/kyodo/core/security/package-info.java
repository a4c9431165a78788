/**
 * Who is acting and what they may do: Kyodo's roles and their hierarchy, the actor bound to the current
 * thread, permission checks for services, and the {@link jp.kyodo.core.security.Authenticator} that signs
 * staff in, and the {@link jp.kyodo.core.security.LoginThrottle} that slows down and then locks the
 * guessing of passwords and API tokens.
 */
@Version("1.1.0")
package jp.kyodo.core.security;

import org.osgi.annotation.versioning.Version;
