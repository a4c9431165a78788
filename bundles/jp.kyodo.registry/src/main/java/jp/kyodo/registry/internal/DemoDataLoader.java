package jp.kyodo.registry.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.field.ActivityFieldTaxonomy;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.registry.ConsentScope;
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.PersonDraft;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo-data switch: when the environment variable {@value #SWITCH} is {@code true} and the registry
 * is empty, fills it in the background with {@link DemoData} for the city's areas (two neighbouring
 * cities with the demo areas file that {@code run.sh} installs). A production start never sets the
 * variable; nothing of this runs then.
 */
@Component(
        immediate = true,
        service = {})
public final class DemoDataLoader {

    static final String SWITCH = "KYODO_DEMO";
    static final long SEED = 20261123L;
    static final int ORGANISATIONS = 600;
    static final int PEOPLE = 4000;
    private static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final ExecutorService worker;

    @Activate
    public DemoDataLoader(
            @Reference RegistryBackend backend,
            @Reference AreaHierarchy areas,
            @Reference ActivityFieldTaxonomy fields) {
        if (!"true".equalsIgnoreCase(System.getenv(SWITCH))) {
            worker = null;
            return;
        }
        worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "kyodo-registry-demo-data"));
        worker.execute(() -> SecurityContext.runAs(Actor.system("demo-data"), () -> load(backend, areas, fields)));
    }

    static void load(RegistryBackend b, AreaHierarchy areas, ActivityFieldTaxonomy fields) {
        try {
            if (b.read(c -> b.scans().count(c)) > 0) {
                LOG.info("Demo data: the registry already has data; nothing loaded");
                return;
            }
            long start = System.nanoTime();
            DemoData data = new DemoData(SEED, areas, fields, b.today());
            List<OrganisationDraft> organisations = data.organisations(ORGANISATIONS);
            List<PersonDraft> people = data.people(PEOPLE);
            // the same checks as staff input: demo data must be data a user could have entered
            Rules rules = b.rules();
            organisations.replaceAll(rules::check);
            people.replaceAll(rules::check);
            long[] orgIds = new long[organisations.size()];
            for (int from = 0; from < organisations.size(); from += BATCH) {
                int f = from;
                b.write(c -> {
                    for (int i = f; i < Math.min(f + BATCH, organisations.size()); i++) {
                        orgIds[i] = b.organisations().insert(c, organisations.get(i));
                    }
                    return null;
                });
            }
            for (int from = 0; from < people.size(); from += BATCH) {
                int f = from;
                b.write(c -> {
                    for (int i = f; i < Math.min(f + BATCH, people.size()); i++) {
                        long id = b.people().insert(c, people.get(i));
                        relate(b, c, id, i, orgIds);
                    }
                    return null;
                });
            }
            b.rebuildIndex();
            b.write(c -> {
                b.audit(
                        AuditAction.IMPORT,
                        OrganisationStore.RECORD_TYPE,
                        null,
                        "デモデータ: 団体 " + organisations.size() + "件、個人 " + people.size() + "件");
                return null;
            });
            LOG.info(
                    "Demo data: {} organisations and {} people loaded in {} ms",
                    organisations.size(),
                    people.size(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.error("Demo data could not be loaded", e);
        }
    }

    /** Consents for most people, memberships for some, a few deactivated: what real data looks like. */
    private static void relate(RegistryBackend b, Connection c, long personId, int i, long[] orgIds)
            throws SQLException {
        LocalDate given = b.today().minusDays(30 + i % 900);
        // registered over the last five years, like a register kept for a while
        b.partners().setRegisteredOn(c, personId, b.today().minusDays((i * 37L) % 1800));
        if (i % 10 < 8) {
            b.consents().insert(c, personId, ConsentScope.PROFILE, "協働推進課", "担い手台帳への掲載と職員による活動の紹介", given);
            b.partners().setProfileConsent(c, personId, true);
        }
        if (i % 3 == 0) {
            b.consents().insert(c, personId, ConsentScope.MATCHING, "市内の登録団体", "ボランティア・専門家としての紹介", given);
        }
        if (i % 4 == 0) {
            long org = orgIds[(i * 7) % orgIds.length];
            b.memberships().put(c, org, personId, i % 20 == 0 ? "役員" : "会員");
        }
        if (i % 97 == 5) {
            b.partners().setActive(c, personId, false);
            b.people().setDeactivationReason(c, personId, "転出");
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (worker != null) {
            worker.shutdownNow();
            worker.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
