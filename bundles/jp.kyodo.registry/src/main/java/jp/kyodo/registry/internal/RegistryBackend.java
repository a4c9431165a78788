package jp.kyodo.registry.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import javax.transaction.TransactionManager;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.audit.AuditLog;
import jp.kyodo.core.field.ActivityFieldTaxonomy;
import jp.kyodo.core.persistence.Schema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the registry's services share: the database (once the registry's schema is migrated), the
 * audit log, the city's areas and activity fields, and EventAdmin. Registered as a bundle-private
 * service so that each public service is a component of its own.
 */
@Component(service = RegistryBackend.class)
public class RegistryBackend {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryBackend.class);

    final Transactions tx;
    final RegistryStore store;
    final DetailStore details = new DetailStore();
    final AuditLog audit;

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile AreaHierarchy areas;

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ActivityFieldTaxonomy fields;

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EventAdmin eventAdmin;

    @Activate
    public RegistryBackend(
            @Reference(target = "(osgi.jndi.service.name=kyodo)") DataSource dataSource,
            @Reference TransactionManager transactionManager,
            @Reference(target = "(" + Schema.OWNER + "=jp.kyodo.registry)") Schema schema,
            @Reference AuditLog audit) {
        this(
                new JtaTransactions(transactionManager, dataSource),
                Clock.system(java.time.ZoneId.of("Asia/Tokyo")),
                audit);
        LOG.info("Registry ready on schema V{}", schema.version());
    }

    RegistryBackend(Transactions tx, Clock clock, AuditLog audit) {
        this.tx = tx;
        this.store = new RegistryStore(clock);
        this.audit = audit;
    }

    Optional<AreaHierarchy> areas() {
        return Optional.ofNullable(areas);
    }

    Optional<ActivityFieldTaxonomy> fields() {
        return Optional.ofNullable(fields);
    }

    Rules rules() {
        return new Rules(areas(), fields(), store.today());
    }

    /** Posts an event after the change was committed (the caller calls this after {@code tx.write}). */
    void post(String topic, long id) {
        EventAdmin events = eventAdmin;
        if (events != null) {
            events.postEvent(new Event(topic, Map.of(jp.kyodo.registry.RegistryEvents.ID, id)));
        }
    }
}
