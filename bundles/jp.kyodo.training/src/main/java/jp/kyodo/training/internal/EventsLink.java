package jp.kyodo.training.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional, dynamic link to the events module: tracks its {@code Events} service by name (no events type is
 * named here) and hands the course service a {@link CoursePublisher} while one is there. A DS reference would do
 * the same but leave the bundle's component unsatisfied in every city without events; the package is imported
 * optionally and, when events comes later, dynamically.
 */
final class EventsLink implements ServiceTrackerCustomizer<Object, CoursePublisher> {

    static final String SERVICE = "jp.kyodo.events.Events";
    private static final Logger LOG = LoggerFactory.getLogger(EventsLink.class);

    private final BundleContext context;
    private final CourseService courses;
    private final ServiceTracker<Object, CoursePublisher> tracker;

    EventsLink(BundleContext context, CourseService courses) {
        this.context = context;
        this.courses = courses;
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
    public CoursePublisher addingService(ServiceReference<Object> reference) {
        Object service = context.getService(reference);
        if (service == null) {
            return null;
        }
        try {
            CoursePublisher publisher = new EventsCourses(service);
            courses.publisher = publisher;
            LOG.info("Events is installed: courses can be published as events");
            return publisher;
        } catch (NoClassDefFoundError | ClassCastException e) {
            LOG.warn("The events module's event list is not usable from training (refresh jp.kyodo.training)", e);
            context.ungetService(reference);
            return null;
        }
    }

    @Override
    public void modifiedService(ServiceReference<Object> reference, CoursePublisher service) {}

    @Override
    public void removedService(ServiceReference<Object> reference, CoursePublisher service) {
        if (courses.publisher == service) {
            courses.publisher = null;
            LOG.info("Events is gone: courses are no longer published as events");
        }
        context.ungetService(reference);
    }
}
