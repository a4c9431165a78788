package jp.kyodo.matching.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import jp.kyodo.core.cluster.ClusterJobs;
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
 * Checks the desk for items past their due date once every {@code escalationCheckMinutes} and raises them
 * to the collaboration division, so that no routed item dies silently with one person. The periods are
 * counted on the module's clock from the epoch; of several nodes on one database, the one that claims a
 * period's run ({@link ClusterJobs}) checks, so escalations and their audit entries are not doubled. Each
 * node looks every minute whether the current period has run: a period runs within a minute of its start,
 * or of a start when it has not run yet.
 */
@Component(
        immediate = true,
        service = {},
        configurationPid = MatchingConfiguration.PID)
public final class DeskEscalation {

    /** The job's name in {@code KYODO_JOB_RUN}. */
    static final String JOB = "matching.desk-escalation";

    private static final Logger LOG = LoggerFactory.getLogger(DeskEscalation.class);
    private static final Actor SYSTEM = Actor.system("matching-desk");
    private static final long LOOK_EVERY_SECONDS = 60;

    private final ScheduledExecutorService timer;
    private final ConsultationDesk desk;
    private final ClusterJobs jobs;
    private final MatchingBackend backend;
    private volatile Duration period;
    private ScheduledFuture<?> looks;

    @Activate
    public DeskEscalation(
            @Reference ConsultationDesk desk,
            @Reference ClusterJobs jobs,
            @Reference MatchingBackend backend,
            MatchingConfiguration config) {
        this.desk = desk;
        this.jobs = jobs;
        this.backend = backend;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kyodo-matching-desk-escalation");
            t.setDaemon(true);
            return t;
        });
        modified(config);
    }

    /**
     * A changed interval (or a rehearsal's moved clock) takes effect at once: a look in a second, which
     * checks when the period it falls in has not run.
     */
    @Modified
    synchronized void modified(MatchingConfiguration config) {
        if (looks != null) {
            looks.cancel(false);
        }
        period = periodOf(config);
        looks = timer.scheduleWithFixedDelay(this::lookNow, 1, LOOK_EVERY_SECONDS, TimeUnit.SECONDS);
    }

    static Duration periodOf(MatchingConfiguration config) {
        Duration p = Duration.ofMinutes(Math.max(1, config.escalationCheckMinutes()));
        return p.compareTo(ClusterJobs.LONGEST_PERIOD) > 0 ? ClusterJobs.LONGEST_PERIOD : p;
    }

    private void lookNow() {
        try {
            Instant slot = ClusterJobs.slotOf(backend.now(), period);
            if (jobs.claim(JOB, slot)) {
                check(desk);
            }
        } catch (RuntimeException e) {
            LOG.warn("Checking the desk for overdue items failed: {}", e.toString());
        }
    }

    private static void check(ConsultationDesk desk) {
        int n = SecurityContext.callAs(SYSTEM, desk::escalateOverdue);
        if (n > 0) {
            LOG.info("Escalated {} overdue desk item(s) to the collaboration division", n);
        }
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }
}
