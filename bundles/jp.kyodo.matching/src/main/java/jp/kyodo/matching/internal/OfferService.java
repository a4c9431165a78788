package jp.kyodo.matching.internal;

import static jp.kyodo.matching.internal.MatchingBackend.MESSAGES;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.matching.MatchingEvents;
import jp.kyodo.matching.Offer;
import jp.kyodo.matching.OfferDraft;
import jp.kyodo.matching.OfferKind;
import jp.kyodo.matching.OfferQuery;
import jp.kyodo.matching.OfferStatus;
import jp.kyodo.matching.Offers;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PartnerProfile;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = Offers.class)
public final class OfferService implements Offers {

    static final String RECORD_TYPE = "matching.offer";

    private final MatchingBackend b;
    private final MatchingIndex index;
    private final OfferStore offers = new OfferStore();

    @Activate
    public OfferService(@Reference MatchingBackend backend, @Reference MatchingIndex index) {
        this.b = backend;
        this.index = index;
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException(MESSAGES.get("offer.notFound", id));
    }

    @Override
    public Offer get(long id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    @Override
    public Optional<Offer> find(long id) {
        Actor actor = SecurityContext.require();
        return b.read(c -> offers.get(c, id)).map(row -> toOffer(row, actor));
    }

    @Override
    public Page<Offer> search(OfferQuery query, PageRequest page) {
        Actor actor = SecurityContext.require();
        Page<OfferStore.Row> rows = b.read(c -> offers.search(c, query, page));
        List<Offer> items = new ArrayList<>();
        rows.items().forEach(r -> items.add(toOffer(r, actor)));
        return new Page<>(items, rows.total(), page);
    }

    private Offer toOffer(OfferStore.Row row, Actor actor) {
        Optional<Entry> provider = index.partner(row.draft().providerId());
        boolean person = provider.map(e -> e.kind() == jp.kyodo.matching.CandidateKind.PERSON)
                .orElse(false);
        String name = provider.map(Entry::name).orElse("");
        if (person && !actor.has(Role.COORDINATOR)) {
            name = MESSAGES.get("candidate.privatePerson").toString();
        }
        return new Offer(
                row.id(), row.version(), row.draft(), name, person, row.status(), row.createdAt(), row.updatedAt());
    }

    @Override
    public Offer create(OfferDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        PartnerProfile provider = check(draft);
        long id = b.write(c -> {
            long newId = offers.insert(c, draft, b.now());
            b.audit(
                    AuditAction.CREATE,
                    RECORD_TYPE,
                    newId,
                    "申し出「" + draft.title() + "」を登録（提供者ID " + provider.id() + "）");
            b.post(MatchingEvents.OFFER_CREATED, newId);
            index.offerChanged(newId);
            return newId;
        });
        return get(id);
    }

    @Override
    public Offer update(long id, int expectedVersion, OfferDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        check(draft);
        b.write(c -> {
            offers.get(c, id).orElseThrow(() -> notFound(id));
            offers.update(c, id, expectedVersion, draft, b.now());
            b.audit(AuditAction.UPDATE, RECORD_TYPE, id, "申し出「" + draft.title() + "」を変更");
            b.post(MatchingEvents.OFFER_UPDATED, id);
            index.offerChanged(id);
            return null;
        });
        return get(id);
    }

    @Override
    public Offer withdraw(long id, int expectedVersion) {
        Permissions.requireRole(Role.COORDINATOR);
        b.write(c -> {
            OfferStore.Row row = offers.get(c, id).orElseThrow(() -> notFound(id));
            if (row.status() == OfferStatus.WITHDRAWN) {
                throw new ConflictException(MESSAGES.get("offer.alreadyWithdrawn"));
            }
            offers.setStatus(c, id, expectedVersion, OfferStatus.WITHDRAWN, b.now());
            b.audit(AuditAction.UPDATE, RECORD_TYPE, id, "申し出「" + row.draft().title() + "」を取り下げ");
            b.post(MatchingEvents.OFFER_UPDATED, id);
            index.offerChanged(id);
            return null;
        });
        return get(id);
    }

    private PartnerProfile check(OfferDraft d) {
        Checks checks = new Checks(b);
        if (d.kind() == null) {
            checks.error("kind", "offer.kindRequired");
        }
        checks.required("title", d.title(), 200)
                .max("description", d.description(), 4000)
                .max("skills", d.skills(), 1000)
                .fieldCodes("fieldCodes", d.fieldCodes())
                .areaCode("areaCode", d.areaCode())
                .positive("hours", d.hours(), 100_000)
                .yen("amountYen", d.amountYen());
        if (d.kind() == OfferKind.SPONSORSHIP && d.amountYen() == null) {
            checks.error("amountYen", "offer.amountRequired");
        }
        if (d.validUntil() != null && d.validUntil().isBefore(b.today())) {
            checks.error("validUntil", "offer.validPast");
        }
        Optional<PartnerProfile> provider = checks.partner("providerId", d.providerId());
        provider.filter(p -> p.kind() == PartnerKind.PERSON && !p.matchingConsent())
                .ifPresent(p -> checks.error("providerId", "offer.noConsent"));
        checks.throwIfAny();
        return provider.orElseThrow();
    }
}
