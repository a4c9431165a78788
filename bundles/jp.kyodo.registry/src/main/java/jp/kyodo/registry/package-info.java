/**
 * The registry of partners (担い手台帳): organisations of every kind, individual citizens, volunteers
 * and experts, their consents, and the search other modules use to find them.
 *
 * <p>Services: {@link jp.kyodo.registry.PartnerDirectory} (search and statistics across all
 * partners), {@link jp.kyodo.registry.OrganisationRegistry}, {@link jp.kyodo.registry.PersonRegistry}
 * and {@link jp.kyodo.registry.RegistryTransfer} (CSV import and export). Every call runs as the user
 * in {@link jp.kyodo.core.security.SecurityContext}: what that user may see is decided here, in the
 * service — viewers never get individuals' contacts or addresses, staff get organisations' public
 * contacts, coordinators and administrators get everything and each such read is audited.
 *
 * <p>Changes are announced on EventAdmin, see {@link jp.kyodo.registry.RegistryEvents}.
 */
@Version("1.3.0")
package jp.kyodo.registry;

import org.osgi.annotation.versioning.Version;
