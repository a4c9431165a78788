package jp.example.tonari.notices.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;

/**
 * The notices, kept in memory (an example; a real module would store them in its own tables).
 * Shared by the page and the dashboard card.
 */
@Component(service = NoticeBoard.class)
public final class NoticeBoard {

    /** One notice. */
    public record Notice(String headline, LocalDate posted) {}

    private final List<Notice> notices = new CopyOnWriteArrayList<>();

    /** Newest first. */
    public List<Notice> all() {
        return notices.stream()
                .sorted((a, b) -> b.posted().compareTo(a.posted()))
                .toList();
    }

    public void post(String headline) {
        notices.add(new Notice(headline.strip(), LocalDate.now()));
    }
}
