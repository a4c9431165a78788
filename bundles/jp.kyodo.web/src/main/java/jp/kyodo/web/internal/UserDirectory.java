package jp.kyodo.web.internal;

import java.util.List;
import java.util.Optional;

/** Staff accounts of the login realm, read-only. */
public interface UserDirectory {

    /**
     * @param name user name
     * @param roles role names, directly or through groups
     * @param groups group names
     */
    record User(String name, List<String> roles, List<String> groups) {}

    /**
     * The users, by name; empty when the realm cannot be listed (LDAP): then {@link
     * #managedElsewhere()} says where accounts are managed.
     */
    List<User> users();

    /** A note for administrators when accounts are not managed in a file this shell can read. */
    Optional<String> managedElsewhere();
}
