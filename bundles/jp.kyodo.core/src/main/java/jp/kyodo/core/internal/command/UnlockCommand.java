package jp.kyodo.core.internal.command;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.LoginThrottle;
import jp.kyodo.core.security.LoginThrottle.Block;
import jp.kyodo.core.security.LoginThrottle.Key;
import jp.kyodo.core.security.SecurityContext;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code kyodo:unlock [account-or-address]}: lists the accounts and client addresses locked after
 * failed sign-ins or API tokens, or lifts the lock of one; see README "Users and roles".
 */
@Service
@Command(
        scope = "kyodo",
        name = "unlock",
        description = "List the accounts and client addresses locked after failed sign-ins, or unlock one")
public class UnlockCommand implements Action {

    private static final DateTimeFormatter UNTIL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

    @Argument(
            index = 0,
            name = "account-or-address",
            description = "User name or client address to unlock (both are tried); none: list the locks",
            required = false)
    String target;

    @Reference
    LoginThrottle throttle;

    @Reference
    Session session;

    @Override
    public Object execute() {
        Object user = session.get("USER");
        Actor operator = Actor.system("shell" + (user == null ? "" : ":" + user));
        String answer = SecurityContext.callAs(operator, () -> target == null || target.isBlank() ? list() : unlock());
        // printed, not returned: a batch session (bin/client -b, scripts) does not print results
        session.getConsole().println(answer);
        return null;
    }

    private String list() {
        List<Block> locks = throttle.locks();
        if (locks.isEmpty()) {
            return "No account or address is locked.";
        }
        StringBuilder out =
                new StringBuilder(String.format("%-8s %-40s %-17s %s%n", "Kind", "Locked", "Until", "Failures"));
        for (Block b : locks) {
            out.append(String.format(
                    "%-8s %-40s %-17s %d%n",
                    b.key().kind() == LoginThrottle.Kind.ACCOUNT ? "account" : "address",
                    b.key().value(),
                    UNTIL.format(b.until()),
                    b.failures()));
        }
        return out.toString().stripTrailing();
    }

    private String unlock() {
        List<String> done = new ArrayList<>();
        if (throttle.unlock(Key.account(target))) {
            done.add("account " + Key.account(target).value());
        }
        if (throttle.unlock(Key.address(target))) {
            done.add("address " + Key.address(target).value());
        }
        return done.isEmpty()
                ? "'" + target.strip() + "' is not locked (kyodo:unlock without argument lists the locks)"
                : "Unlocked " + String.join(" and ", done);
    }
}
