/**
 * Exchange between cities (自治体間データ連携): each installation signs what it sends with its own Ed25519 key
 * and knows its neighbours by 全国地方公共団体コード, base URL and public key, registered by an administrator.
 * Staff opt records in one by one ({@link jp.kyodo.exchange.Sharing}); an outbox sends them to every active
 * peer, with retries and backoff, and sends them again when they change. Received records are written through the
 * contributing module ({@link jp.kyodo.core.exchange.ShareableType}), once however often they arrive, with their
 * provenance, and never over a local edit: that becomes a {@link jp.kyodo.exchange.Conflict} for a person to
 * decide. Every message in or out — accepted, refused or failed — is in the {@link jp.kyodo.exchange.MessageLog}.
 * The wire format is described in the module's README.
 */
@Version("1.1.0")
package jp.kyodo.exchange;

import org.osgi.annotation.versioning.Version;
