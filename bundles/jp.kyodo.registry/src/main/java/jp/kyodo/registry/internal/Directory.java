package jp.kyodo.registry.internal;

import java.sql.Date;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.Sort;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.registry.PartnerDirectory;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.RegistryStatistics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PartnerDirectory.class)
public final class Directory implements PartnerDirectory {

    private final RegistryBackend b;

    @Activate
    public Directory(@Reference RegistryBackend backend) {
        this.b = backend;
    }

    @Override
    public Page<PartnerSummary> search(PartnerQuery query, PageRequest page) {
        Actor actor = SecurityContext.require();
        SearchSpec spec = b.searchSpec(query, actor, byUpdated(page));
        if (b.indexReady()) {
            return b.index.search(spec, page);
        }
        return b.tx.read(c -> b.store.search(c, spec, page));
    }

    private static boolean byUpdated(PageRequest page) {
        for (Sort s : page.sort()) {
            if (s.property().equals(SORT_UPDATED)) {
                return true;
            }
            if (!s.property().equals(SORT_READING)) {
                throw ValidationException.of("sort", "並べ替えは reading（よみ）か updated（更新日）です");
            }
        }
        return false;
    }

    @Override
    public RegistryStatistics statistics() {
        SecurityContext.require();
        FiscalYear fy = FiscalYear.of(b.store.today());
        if (b.indexReady()) {
            return b.index.statistics(fy);
        }
        return b.tx.read(c -> new RegistryStatistics(
                b.store.countByType(c),
                b.store.organisationsByField(c),
                b.store.countWhere(c, "ACTIVE = TRUE AND EXPERT = TRUE"),
                fy,
                b.store.countWhere(c, "ACTIVE = TRUE AND REGISTERED_ON >= ?", Date.valueOf(fy.start()))));
    }
}
