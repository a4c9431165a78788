/**
 * Who is acting and what they may do: Kyodo's roles and their hierarchy, the actor bound to the current
 * thread, permission checks for services, and the {@link jp.kyodo.core.security.Authenticator} that signs
 * staff in.
 */
@Version("1.0.0")
package jp.kyodo.core.security;

import org.osgi.annotation.versioning.Version;
