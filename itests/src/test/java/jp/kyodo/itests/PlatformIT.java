package jp.kyodo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.inject.Inject;
import javax.sql.DataSource;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.audit.AuditEntry;
import jp.kyodo.core.audit.AuditLog;
import jp.kyodo.core.audit.AuditQuery;
import jp.kyodo.core.field.ActivityFieldTaxonomy;
import jp.kyodo.core.municipality.LocalGovernmentCode;
import jp.kyodo.core.municipality.MunicipalityDirectory;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Authenticator;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/** The booted distribution: bundles, components, database, audit log, login, backup. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT extends KyodoTestSupport {

    private static final Actor COORDINATOR = new Actor("it-coordinator", Set.of(Role.COORDINATOR), "127.0.0.1");

    @Inject
    private ServiceComponentRuntime scr;

    @Inject
    // a filter has its own timeout (10 s by default), not pax.exam.service.timeout
    @Filter(value = "(osgi.jndi.service.name=kyodo)", timeout = 60_000)
    private DataSource dataSource;

    @Inject
    @Filter(value = "(osgi.unit.name=kyodo-core)", timeout = 60_000)
    private JpaTemplate coreUnit;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Authenticator authenticator;

    @Inject
    private MunicipalityDirectory municipalities;

    @Inject
    private ActivityFieldTaxonomy activityFields;

    @Inject
    private AreaHierarchy areas;

    @Test
    public void cityReferenceDataIsPublished() {
        assertEquals(
                "川口市",
                municipalities
                        .find(LocalGovernmentCode.parse("112038"))
                        .orElseThrow()
                        .name());
        assertFalse("default activity fields", activityFields.all().isEmpty());
        assertTrue("no etc/kyodo-areas.csv in a fresh install", areas.all().isEmpty());
    }

    @Test
    public void everyKyodoBundleIsActiveAndEveryComponentSatisfied() {
        long upMs = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.println("[kyodo-it] container JVM uptime when kyodo-base is up: " + upMs + " ms");
        assertNotNull(bundle("jp.kyodo.core"));
        assertTrue(
                "inactive: " + join(inactiveKyodoBundles()),
                inactiveKyodoBundles().isEmpty());
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            if (!d.bundle.symbolicName.startsWith("jp.kyodo")) {
                continue;
            }
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                assertTrue(
                        d.name + " is not satisfied (state " + c.state + ")",
                        c.state == ComponentConfigurationDTO.ACTIVE || c.state == ComponentConfigurationDTO.SATISFIED);
            }
        }
    }

    @Test
    public void databaseIsEmbeddedDerbyWithTheCoreSchemaApplied() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertEquals("Apache Derby", c.getMetaData().getDatabaseProductName());
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT MAX(VERSION) FROM KYODO_SCHEMA_HISTORY WHERE OWNER = 'jp.kyodo.core'");
                    ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertTrue("core schema at V" + rs.getInt(1), rs.getInt(1) >= 1);
            }
        }
        Path derby = Paths.get(System.getProperty("karaf.data"), "derby", "kyodo");
        assertTrue("database created under the data folder: " + derby, Files.isDirectory(derby));
    }

    @Test
    public void auditLogRecordsAndFindsEntries() {
        String recordId = UUID.randomUUID().toString();
        AuditEntry written = SecurityContext.callAs(
                COORDINATOR, () -> auditLog.record(AuditAction.UPDATE, "it.Thing", recordId, "changed name"));
        assertEquals("it-coordinator", written.actor());
        assertEquals("127.0.0.1", written.remoteAddress());

        List<AuditEntry> found = SecurityContext.callAs(
                COORDINATOR, () -> auditLog.query(AuditQuery.forRecord("it.Thing", recordId), PageRequest.first(10))
                        .items());
        assertEquals(1, found.size());
        assertEquals(AuditAction.UPDATE, found.get(0).action());
        assertEquals("changed name", found.get(0).detail());
    }

    @Test
    public void auditLogIsNotReadableByViewers() {
        Actor viewer = new Actor("it-viewer", Set.of(Role.VIEWER), null);
        assertThrows(
                AccessDeniedException.class,
                () -> SecurityContext.callAs(viewer, () -> auditLog.query(AuditQuery.all(), PageRequest.first(10))));
    }

    /** JTA through the XA pool: a rolled-back transaction leaves nothing behind. */
    @Test
    public void rolledBackTransactionLeavesNothingBehind() {
        String recordId = UUID.randomUUID().toString();
        RuntimeException boom = new IllegalStateException("rollback please");
        RuntimeException thrown = assertThrows(
                RuntimeException.class,
                () -> SecurityContext.runAs(
                        COORDINATOR,
                        () -> coreUnit.tx(TransactionType.Required, em -> {
                            auditLog.record(AuditAction.CREATE, "it.Rollback", recordId, "first write");
                            auditLog.record(AuditAction.UPDATE, "it.Rollback", recordId, "second write");
                            throw boom;
                        })));
        assertTrue(thrown == boom || thrown.getCause() == boom);

        long total = SecurityContext.callAs(
                COORDINATOR, () -> auditLog.query(AuditQuery.forRecord("it.Rollback", recordId), PageRequest.first(10))
                        .total());
        assertEquals("entries written in the rolled-back transaction", 0, total);
    }

    @Test
    public void adminLogsInWithTheInstallTimePasswordAndWrongPasswordsAreRejected() throws Exception {
        Actor admin = authenticator.login("admin", ADMIN_PASSWORD.toCharArray(), "192.0.2.10");
        assertTrue(admin.has(Role.ADMIN));

        assertThrows(
                AccessDeniedException.class,
                () -> authenticator.login("admin", "wrong-password".toCharArray(), "192.0.2.10"));
        assertThrows(
                AccessDeniedException.class,
                () -> authenticator.login("nobody", ADMIN_PASSWORD.toCharArray(), "192.0.2.10"));

        List<AuditEntry> logins = SecurityContext.callAs(COORDINATOR, () -> auditLog.query(
                        AuditQuery.forRecord("core.User", "admin")
                                .withActions(Set.of(AuditAction.LOGIN, AuditAction.LOGIN_FAILED)),
                        PageRequest.first(10))
                .items());
        assertTrue("a failed login is audited", logins.stream().anyMatch(e -> e.action() == AuditAction.LOGIN_FAILED));
        assertTrue(
                "a login is audited from its address",
                logins.stream()
                        .anyMatch(e -> e.action() == AuditAction.LOGIN && "192.0.2.10".equals(e.remoteAddress())));
    }

    @Test
    public void passwordsAreStoredHashedAndTheInstallFileIsGone() throws Exception {
        Path etc = Paths.get(System.getProperty("karaf.etc"));
        String users = Files.readString(etc.resolve("users.properties"), StandardCharsets.ISO_8859_1);
        assertTrue(users, users.contains("admin = {CRYPT}pbkdf2-sha256$"));
        assertFalse("clear password in users.properties", users.contains(ADMIN_PASSWORD));
        assertFalse("install-time password file removed", Files.exists(etc.resolve("kyodo-admin.password")));
    }

    @Test
    public void backupCommandWritesARestorableDerbyCopy() throws Exception {
        Path target = Files.createTempDirectory(Paths.get(System.getProperty("karaf.data")), "backup-it");
        String out = executeCommand("kyodo:backup " + target);
        assertTrue(out, out.contains("Backup written to"));
        try (var folders = Files.list(target)) {
            Path backup = folders.findFirst().orElseThrow();
            assertTrue("Derby backup layout in " + backup, Files.exists(backup.resolve("kyodo/service.properties")));
            assertTrue(Files.isDirectory(backup.resolve("kyodo/seg0")));
        }
    }

    @Test
    public void kyodoLogsGoToDataLog() throws Exception {
        Path log = Paths.get(System.getProperty("karaf.data"), "log", "karaf.log");
        assertTrue(Files.exists(log));
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue("INFO line of a kyodo bundle in " + log, text.contains("jp.kyodo.core"));
        assertEquals(Bundle.ACTIVE, bundle("jp.kyodo.core").getState());
    }
}
