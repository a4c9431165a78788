package jp.kyodo.core.internal.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import jp.kyodo.core.internal.persistence.DatabaseCopy;
import jp.kyodo.core.internal.persistence.Migration;
import jp.kyodo.core.internal.persistence.SchemaMigrator;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * {@code kyodo:copy-database <jdbc-url>}: copies the running Kyodo database (embedded Derby) into an empty
 * PostgreSQL database, then compares every table; see README "Moving to PostgreSQL".
 */
@Service
@Command(
        scope = "kyodo",
        name = "copy-database",
        description = "Copy the Kyodo database into an empty PostgreSQL database and compare every table")
public class CopyDatabaseCommand implements Action {

    private static final String POSTGRESQL_DRIVER = "PostgreSQL JDBC Driver";

    @Argument(
            index = 0,
            name = "url",
            description = "The target, e.g. jdbc:postgresql://db.example.local:5432/kyodo",
            required = true)
    String url;

    @Option(name = "--user", description = "The target's user", required = true)
    String user;

    @Option(name = "--password", description = "The target user's password (asked for when not given)")
    String password;

    @Reference
    BundleContext bundleContext;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        ServiceReference<DataSourceFactory> driver = bundleContext
                .getServiceReferences(
                        DataSourceFactory.class,
                        "(" + DataSourceFactory.OSGI_JDBC_DRIVER_NAME + "=" + POSTGRESQL_DRIVER + ")")
                .stream()
                .findFirst()
                .orElse(null);
        if (driver == null) {
            session.getConsole().println("The PostgreSQL driver is not installed: feature:install kyodo-postgresql");
            return null;
        }
        DataSourceFactory postgresql = bundleContext.getService(driver);
        if (password == null) {
            password = session.readLine("Password of " + user + ": ", '*');
        }
        Properties props = new Properties();
        props.setProperty(DataSourceFactory.JDBC_URL, url);
        props.setProperty(DataSourceFactory.JDBC_USER, user);
        props.setProperty(DataSourceFactory.JDBC_PASSWORD, password);
        DataSource target;
        try {
            target = postgresql.createDataSource(props);
        } finally {
            bundleContext.ungetService(driver);
        }
        session.getConsole().println("Copying into " + url + " ...");
        ServiceReference<DataSource> kyodo =
                bundleContext.getServiceReferences(DataSource.class, "(osgi.jndi.service.name=kyodo)").stream()
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("the Kyodo DataSource is not running"));
        DatabaseCopy.Report report;
        try {
            report = new DatabaseCopy(bundleContext.getService(kyodo), target).copy(this::migrationsOf);
        } catch (IllegalStateException e) {
            session.getConsole().println("Nothing was copied: " + e.getMessage());
            return null;
        } finally {
            bundleContext.ungetService(kyodo);
        }
        session.getConsole().printf("%-32s %12s %12s  %s%n", "table", "rows here", "rows there", "checksum");
        for (DatabaseCopy.TableReport t : report.tables()) {
            session.getConsole()
                    .printf(
                            "%-32s %12d %12d  %s%n",
                            t.table(),
                            t.sourceRows(),
                            t.targetRows(),
                            t.matches() ? "same (" + t.sourceChecksum().substring(0, 16) + ")" : "DIFFERENT");
        }
        session.getConsole()
                .println(
                        report.matches()
                                ? "Copied " + report.rows() + " rows in "
                                        + report.tables().size()
                                        + " tables; every table is the same. Now point etc/org.ops4j.datasource-kyodo.cfg"
                                        + " at the target and restart."
                                : "Some tables differ: do not switch; see data/log/karaf.log and ask for support.");
        return null;
    }

    private List<Migration> migrationsOf(String owner) {
        for (Bundle b : bundleContext.getBundles()) {
            if (owner.equals(b.getSymbolicName())) {
                try {
                    return SchemaMigrator.migrationsOf(b);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("the bundle " + owner + " that owns tables in the source is not installed");
    }
}
