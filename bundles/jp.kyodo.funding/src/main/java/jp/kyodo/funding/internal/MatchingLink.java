package jp.kyodo.funding.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional, dynamic link to the matching module: tracks its {@code CollaborationProjects} service by name
 * (no matching type is named here) and hands the application service a {@link MatchingProjects} while one is
 * there. A DS reference would do the same but leave an unsatisfied component — and the bundle "Waiting" —
 * in every city without matching; the package is imported optionally and, when matching comes later,
 * dynamically.
 */
final class MatchingLink implements ServiceTrackerCustomizer<Object, ProposalProjects> {

    static final String SERVICE = "jp.kyodo.matching.CollaborationProjects";
    private static final Logger LOG = LoggerFactory.getLogger(MatchingLink.class);

    private final BundleContext context;
    private final FundingBackend backend;
    private final ApplicationService applications;
    private final ServiceTracker<Object, ProposalProjects> tracker;

    MatchingLink(BundleContext context, FundingBackend backend, ApplicationService applications) {
        this.context = context;
        this.backend = backend;
        this.applications = applications;
        try {
            this.tracker = new ServiceTracker<>(context, context.createFilter("(objectClass=" + SERVICE + ")"), this);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    void open() {
        tracker.open();
    }

    void close() {
        tracker.close();
    }

    @Override
    public ProposalProjects addingService(ServiceReference<Object> reference) {
        Object service = context.getService(reference);
        if (service == null) {
            return null;
        }
        try {
            ProposalProjects projects = new MatchingProjects(service, backend);
            applications.projects = projects;
            LOG.info("Matching is installed: granted proposals become collaboration projects");
            return projects;
        } catch (NoClassDefFoundError | ClassCastException e) {
            LOG.warn("Matching's project register is not usable from funding (refresh jp.kyodo.funding)", e);
            context.ungetService(reference);
            return null;
        }
    }

    @Override
    public void modifiedService(ServiceReference<Object> reference, ProposalProjects service) {}

    @Override
    public void removedService(ServiceReference<Object> reference, ProposalProjects service) {
        if (applications.projects == service) {
            applications.projects = null;
            LOG.info("Matching is gone: granted proposals no longer become collaboration projects");
        }
        context.ungetService(reference);
    }
}
