package jp.kyodo.registry.internal;

import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.Sort;
import jp.kyodo.core.ValidationException;
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
        return b.search(b.searchSpec(query, actor, byUpdated(page)), page);
    }

    private static boolean byUpdated(PageRequest page) {
        for (Sort s : page.sort()) {
            if (s.property().equals(SORT_UPDATED)) {
                return true;
            }
            if (!s.property().equals(SORT_READING)) {
                throw ValidationException.of("sort", Messages.get("search.sort"));
            }
        }
        return false;
    }

    @Override
    public RegistryStatistics statistics() {
        SecurityContext.require();
        return b.statistics();
    }
}
