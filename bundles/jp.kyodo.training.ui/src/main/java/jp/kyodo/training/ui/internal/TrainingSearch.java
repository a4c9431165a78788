package jp.kyodo.training.ui.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import jp.kyodo.core.PageRequest;
import jp.kyodo.training.CourseQuery;
import jp.kyodo.training.Training;
import jp.kyodo.web.SearchHit;
import jp.kyodo.web.SearchProvider;
import jp.kyodo.web.TextLabels;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Courses and staff trainings in the shell's global search box, by the services' text search (width, kana and
 * case insensitive); the two kinds take turns.
 */
@Component(service = SearchProvider.class)
public final class TrainingSearch implements SearchProvider {

    private final TrainingServices services;

    @Activate
    public TrainingSearch(@Reference TrainingServices services) {
        this.services = services;
    }

    @Override
    public List<SearchHit> search(String query, Locale locale, int limit) {
        var texts = TextLabels.shellTexts(locale);
        PageRequest first = PageRequest.first(Math.max(1, limit));
        List<SearchHit> courses =
                services.courses().search(new CourseQuery(query, null, null, null), first).items().stream()
                        .map(c -> new SearchHit(
                                c.details().title(),
                                texts.get("training.kind." + c.details().kind().name()) + " · "
                                        + c.details().fiscalYear() + " · "
                                        + texts.get(
                                                "training.status." + c.status().name()),
                                Routes.course(c.id())))
                        .toList();
        List<SearchHit> trainings = services.trainings().search(query, null, first).items().stream()
                .map((Training tr) -> new SearchHit(
                        tr.details().title(),
                        texts.get("training.search.training") + " · "
                                + tr.details().fiscalYear(),
                        Routes.training(tr.id())))
                .toList();
        List<SearchHit> out = new ArrayList<>();
        Iterator<SearchHit> c = courses.iterator();
        Iterator<SearchHit> t = trainings.iterator();
        while (out.size() < limit && (c.hasNext() || t.hasNext())) {
            if (c.hasNext()) {
                out.add(c.next());
            }
            if (t.hasNext() && out.size() < limit) {
                out.add(t.next());
            }
        }
        return out;
    }

    @Override
    public int order() {
        return 400;
    }
}
