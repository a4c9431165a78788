package jp.kyodo.matching.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.matching.ConsultationDesk;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the desk for items past their due date — at start and then every {@code escalationCheckMinutes} —
 * and raises them to the collaboration division, so that no routed item dies silently with one person.
 */
@Component(
        immediate = true,
        service = {},
        configurationPid = MatchingConfiguration.PID)
public final class DeskEscalation {

    private static final Logger LOG = LoggerFactory.getLogger(DeskEscalation.class);
    private static final Actor SYSTEM = Actor.system("matching-desk");

    private final ScheduledExecutorService timer;
    private final ConsultationDesk desk;
    private ScheduledFuture<?> checks;

    @Activate
    public DeskEscalation(@Reference ConsultationDesk desk, MatchingConfiguration config) {
        this.desk = desk;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kyodo-matching-desk-escalation");
            t.setDaemon(true);
            return t;
        });
        modified(config);
    }

    /** A changed interval (or a rehearsal's moved clock) takes effect at once, with a check now. */
    @Modified
    synchronized void modified(MatchingConfiguration config) {
        if (checks != null) {
            checks.cancel(false);
        }
        long every = Math.max(1, config.escalationCheckMinutes());
        checks = timer.scheduleWithFixedDelay(() -> check(desk), 1, every * 60, TimeUnit.SECONDS);
    }

    private static void check(ConsultationDesk desk) {
        try {
            int n = SecurityContext.callAs(SYSTEM, desk::escalateOverdue);
            if (n > 0) {
                LOG.info("Escalated {} overdue desk item(s) to the collaboration division", n);
            }
        } catch (RuntimeException e) {
            LOG.warn("Checking the desk for overdue items failed: {}", e.toString());
        }
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }
}
