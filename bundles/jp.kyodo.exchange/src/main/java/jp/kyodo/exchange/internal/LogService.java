package jp.kyodo.exchange.internal;

import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.exchange.LogEntry;
import jp.kyodo.exchange.LogQuery;
import jp.kyodo.exchange.MessageLog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The message log, for staff. */
@Component(service = MessageLog.class)
public final class LogService implements MessageLog {

    private final ExchangeBackend b;
    private final ExchangeStore store = new ExchangeStore();

    @Activate
    public LogService(@Reference ExchangeBackend backend) {
        this.b = backend;
    }

    @Override
    public Page<LogEntry> entries(LogQuery query, PageRequest page) {
        Permissions.requireRole(Role.STAFF);
        return b.read(c -> store.logPage(c, query, store.peerNames(c), page));
    }
}
