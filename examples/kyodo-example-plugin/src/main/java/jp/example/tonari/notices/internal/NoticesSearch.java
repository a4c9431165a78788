package jp.example.tonari.notices.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.web.SearchHit;
import jp.kyodo.web.SearchProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Notices in the shell's global search box. Matching uses the core's Japanese normalisation, so
 * 「カワグチ」, 「かわぐち」 and 「ｶﾜｸﾞﾁ」 find the same notice (readings of kanji are not guessed).
 */
@Component(service = SearchProvider.class)
public final class NoticesSearch implements SearchProvider {

    private final NoticeBoard board;

    @Activate
    public NoticesSearch(@Reference NoticeBoard board) {
        this.board = board;
    }

    @Override
    public List<SearchHit> search(String query, Locale locale, int limit) {
        String needle = JapaneseText.normalize(query);
        String subtitle = "en".equals(locale.getLanguage()) ? "Community notice" : "地域のお知らせ";
        return board.all().stream()
                .filter(n -> JapaneseText.normalize(n.headline()).contains(needle))
                .limit(limit)
                .map(n -> new SearchHit(n.headline(), subtitle + " " + n.posted(), "tonari/notices"))
                .toList();
    }

    @Override
    public Set<Role> requiredRoles() {
        return Set.of(Role.STAFF);
    }
}
