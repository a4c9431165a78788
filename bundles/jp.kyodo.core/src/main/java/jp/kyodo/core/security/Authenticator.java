package jp.kyodo.core.security;

/**
 * Checks a staff member's user name and password against the configured JAAS realm (Karaf's
 * properties realm by default, LDAP / Active Directory in production) and tells who they are.
 * Every attempt is written to the audit log; repeated failures are slowed down and then locked by the
 * {@link LoginThrottle}.
 */
public interface Authenticator {

    /**
     * @param remoteAddress the client's address, for the audit log
     * @return the signed-in actor with their Kyodo roles
     * @throws jp.kyodo.core.AccessDeniedException when the password is wrong, the user is unknown
     *     or has no Kyodo role (the message does not tell which, so names cannot be probed)
     * @throws TooManyAttemptsException when the account or the address failed too often (see {@link
     *     LoginThrottle}): the password was not checked, or this failure began a wait or a lock
     */
    Actor login(String userName, char[] password, String remoteAddress);
}
