package jp.kyodo.core.security;

import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.MessageCatalog;

/**
 * Permission checks for services. Permissions are checked on the server side, in the service method,
 * whatever the UI showed: call {@link #requireRole} first thing in every operation that needs more than
 * being signed in.
 */
public final class Permissions {
    private static final MessageCatalog MESSAGES = MessageCatalog.of(Permissions.class, "jp.kyodo.core.messages");

    private Permissions() {}

    /**
     * Checks that the current actor has the role (or one that includes it).
     *
     * @return the current actor, for the operation to use
     * @throws AccessDeniedException 「ログインが必要です」 when nobody is signed in, or a message naming the
     *     role needed
     */
    public static Actor requireRole(Role role) {
        Actor actor = SecurityContext.require();
        if (!actor.has(role)) {
            throw new AccessDeniedException(MESSAGES.get("security.roleRequired", role.labelJa()));
        }
        return actor;
    }

    /** Whether someone is signed in with the role (or one that includes it). */
    public static boolean hasRole(Role role) {
        return SecurityContext.current().map(actor -> actor.has(role)).orElse(false);
    }
}
