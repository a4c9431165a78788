package jp.kyodo.exchange;

import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;

/** Every message in and out, newest first. Staff and above read it. */
public interface MessageLog {

    Page<LogEntry> entries(LogQuery query, PageRequest page);
}
