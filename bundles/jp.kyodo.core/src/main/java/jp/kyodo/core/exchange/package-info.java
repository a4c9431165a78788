/**
 * What a module offers to neighbouring cities through the exchange module (自治体間データ連携), without depending
 * on it. A module that has records worth sharing — public events, collaboration cases, programme calls —
 * registers a {@link jp.kyodo.core.exchange.ShareableType} service: it lists the records a person may opt in,
 * writes a record as a payload in its own codec (a row of a national open-data layout, JSON …) and reads a
 * neighbour's payload into a local record. The exchange module (optional) signs, sends, receives, keeps the
 * opt-ins, the provenance and the conflicts; a module never sees a message or a key. A neighbouring city's
 * plugin adds its own type the same way.
 */
@Version("1.1.0")
package jp.kyodo.core.exchange;

import org.osgi.annotation.versioning.Version;
