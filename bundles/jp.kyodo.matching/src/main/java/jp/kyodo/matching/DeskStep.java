package jp.kyodo.matching;

import java.time.Instant;

/**
 * One step of a desk item's history.
 *
 * @param by the user (or {@code system:matching-desk} for an escalation)
 * @param departmentName the department it concerns (routed or forwarded to); empty otherwise
 * @param note the answer, the reason, or a remark
 */
public record DeskStep(DeskAction action, Instant at, String by, String departmentName, String note) {}
