/**
 * Funding (助成金・協働提案・基金): grant programmes per fiscal year, applications from registered organisations
 * through screening, review, decision, agreement, disbursement, report, evaluation and exit, and the city's
 * reserve funds with their ledger.
 *
 * <p>Services: {@link jp.kyodo.funding.GrantProgrammes} (programmes, reviewers, ward budgets, the open calls in
 * the national 支援制度情報 layout), {@link jp.kyodo.funding.GrantApplications} (the pipeline, reviews and the
 * ranking, attachments) and {@link jp.kyodo.funding.Funds} (fund ledgers, fiscal-year close, the old ledger's
 * CSV import, donation receipts as PDF); {@link jp.kyodo.funding.NeighbourCalls} lists the grant calls neighbouring
 * cities shared with this one. Every call runs as the user in {@link
 * jp.kyodo.core.security.SecurityContext}; permissions are decided here. Money is whole yen in {@code long},
 * never floating point. Changes are announced on EventAdmin ({@link jp.kyodo.funding.FundingEvents}).
 */
@Version("1.1.0")
package jp.kyodo.funding;

import org.osgi.annotation.versioning.Version;
