package jp.kyodo.core.internal.command;

import java.nio.file.Path;
import java.nio.file.Paths;
import jp.kyodo.core.internal.persistence.DatabaseBackup;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code kyodo:backup [folder]}: online backup of the database; see README "Backup and restore". */
@Service
@Command(scope = "kyodo", name = "backup", description = "Online backup of the Kyodo database into a new folder")
public class BackupCommand implements Action {

    @Argument(
            index = 0,
            name = "folder",
            description = "Parent folder for the backup (default: ${karaf.data}/backup)",
            required = false)
    String folder;

    @Reference
    DatabaseBackup backup;

    @Reference
    Session session;

    @Override
    public Object execute() {
        Path parent =
                folder == null ? Paths.get(System.getProperty("karaf.data", "data"), "backup") : Paths.get(folder);
        Object user = session.get("USER");
        Actor operator = Actor.system("shell" + (user == null ? "" : ":" + user));
        Path written = SecurityContext.callAs(operator, () -> backup.backupTo(parent));
        return "Backup written to " + written;
    }
}
