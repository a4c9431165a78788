package jp.kyodo.funding.internal;

import static jp.kyodo.funding.internal.FundingBackend.MESSAGES;

import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.funding.NeighbourCall;
import jp.kyodo.funding.NeighbourCalls;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The grant calls neighbouring cities shared with this one ({@link SharedCalls} writes them). */
@Component(service = NeighbourCalls.class)
public final class NeighbourCallService implements NeighbourCalls {

    private final FundingBackend b;
    private final NeighbourCallStore store = new NeighbourCallStore();

    @Activate
    public NeighbourCallService(@Reference FundingBackend backend) {
        this.b = backend;
    }

    @Override
    public Page<NeighbourCall> search(String text, PageRequest page) {
        SecurityContext.require();
        if (!page.sort().isEmpty()) {
            throw ValidationException.of(
                    "sort", MESSAGES.get("check.sort", page.sort().get(0).property()));
        }
        return b.read(c -> store.search(c, text == null ? "" : text, b.today(), page));
    }
}
