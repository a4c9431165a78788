/**
 * The audit log: an append-only record of every change and of every read of personal data
 * (個人情報), with who, when, what, which record and from where. Domains call {@link
 * jp.kyodo.core.audit.AuditLog#record} inside the transaction of the change they audit, so a
 * rolled-back change leaves no audit entry either.
 */
@Version("1.1.0")
package jp.kyodo.core.audit;

import org.osgi.annotation.versioning.Version;
