package jp.kyodo.core.internal.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.audit.AuditLog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backup of the embedded Derby database: a consistent copy taken while the platform keeps
 * serving (Derby blocks writes only for the moment it needs). On PostgreSQL the server's own tools
 * (pg_dump) are the way, and this says so.
 */
@Component(service = DatabaseBackup.class)
public final class DatabaseBackup {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DataSource dataSource;
    private final AuditLog auditLog;

    @Activate
    public DatabaseBackup(
            @Reference(target = "(osgi.jndi.service.name=kyodo)") DataSource dataSource, @Reference AuditLog auditLog) {
        this.dataSource = dataSource;
        this.auditLog = auditLog;
    }

    /**
     * Writes a backup into a new, time-stamped folder under {@code parent}.
     *
     * @return the folder holding the database copy
     */
    public Path backupTo(Path parent) {
        Path target =
                parent.toAbsolutePath().resolve("kyodo-" + LocalDateTime.now().format(STAMP));
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (!product.contains("Derby")) {
                throw new DomainException(
                        "unsupported",
                        "オンラインバックアップは組み込み Derby 専用です。" + product + " はそのサーバーのツール（pg_dump 等）でバックアップしてください。");
            }
            Files.createDirectories(target);
            try (CallableStatement cs = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                cs.setString(1, target.toString());
                cs.execute();
            }
        } catch (SQLException | java.io.IOException e) {
            throw new DomainException("backup-failed", "バックアップに失敗しました: " + e.getMessage(), e);
        }
        auditLog.record(AuditAction.ADMIN, "core.Database", null, "online backup to " + target);
        LOG.info("Database backup written to {}", target);
        return target;
    }
}
