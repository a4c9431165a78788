package jp.kyodo.web.internal.security;

import java.util.Collection;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Role;

/** The shell's one rule for "may this user see this contribution". */
public final class Access {

    private Access() {}

    /**
     * True when {@code actor} is signed in and either {@code required} is empty or the actor has at
     * least one of the required roles or a role above it ({@link Actor#has}: an administrator passes
     * every check, a coordinator every staff check).
     */
    public static boolean allows(Actor actor, Collection<Role> required) {
        if (actor == null) {
            return false;
        }
        return required.isEmpty() || required.stream().anyMatch(actor::has);
    }
}
