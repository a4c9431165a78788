package jp.kyodo.matching.internal;

import static jp.kyodo.matching.internal.MatchingBackend.MESSAGES;

import java.util.Optional;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.matching.MatchingEvents;
import jp.kyodo.matching.Need;
import jp.kyodo.matching.NeedDraft;
import jp.kyodo.matching.NeedKind;
import jp.kyodo.matching.NeedQuery;
import jp.kyodo.matching.NeedStatus;
import jp.kyodo.matching.Needs;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = Needs.class)
public final class NeedService implements Needs {

    static final String RECORD_TYPE = "matching.need";

    private final MatchingBackend b;
    private final MatchingIndex index;
    private final NeedStore needs = new NeedStore();
    private final MatchStore matches = new MatchStore();

    @Activate
    public NeedService(@Reference MatchingBackend backend, @Reference MatchingIndex index) {
        this.b = backend;
        this.index = index;
    }

    @Override
    public Need get(long id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException(MESSAGES.get("need.notFound", id));
    }

    @Override
    public Optional<Need> find(long id) {
        SecurityContext.require();
        return b.read(c -> {
            Optional<NeedStore.Row> row = needs.get(c, id);
            return row.isEmpty() ? Optional.<Need>empty() : Optional.of(toNeed(row.get(), matches.openOf(c, id)));
        });
    }

    @Override
    public Page<Need> search(NeedQuery query, PageRequest page) {
        SecurityContext.require();
        return b.read(c -> {
            Page<NeedStore.Row> rows = needs.search(c, query, page);
            java.util.List<Need> items = new java.util.ArrayList<>();
            for (NeedStore.Row row : rows.items()) {
                items.add(toNeed(row, matches.openOf(c, row.id())));
            }
            return new Page<>(items, rows.total(), page);
        });
    }

    Need toNeed(NeedStore.Row row, int openMatches) {
        String owner = index.partner(row.draft().ownerId()).map(Entry::name).orElse("");
        return new Need(
                row.id(),
                row.version(),
                row.draft(),
                owner,
                row.status(),
                openMatches,
                row.createdAt(),
                row.updatedAt());
    }

    @Override
    public Need create(NeedDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        String owner = check(draft, true);
        long id = b.write(c -> {
            long newId = needs.insert(c, draft, b.now());
            b.audit(AuditAction.CREATE, RECORD_TYPE, newId, "ニーズ「" + draft.title() + "」を登録（" + owner + "）");
            b.post(MatchingEvents.NEED_CREATED, newId);
            return newId;
        });
        return get(id);
    }

    @Override
    public Need update(long id, int expectedVersion, NeedDraft draft) {
        Permissions.requireRole(Role.COORDINATOR);
        check(draft, false);
        b.write(c -> {
            needs.get(c, id).orElseThrow(() -> notFound(id));
            needs.update(c, id, expectedVersion, draft, b.now());
            b.audit(AuditAction.UPDATE, RECORD_TYPE, id, "ニーズ「" + draft.title() + "」を変更");
            b.post(MatchingEvents.NEED_UPDATED, id);
            return null;
        });
        return get(id);
    }

    @Override
    public Need setStatus(long id, int expectedVersion, NeedStatus status, String note) {
        Permissions.requireRole(Role.COORDINATOR);
        String why = note == null ? "" : note.strip();
        if (status == null) {
            throw ValidationException.of("status", MESSAGES.get("need.statusRequired"));
        }
        if ((status == NeedStatus.CANCELLED || status == NeedStatus.CLOSED) && why.isEmpty()) {
            throw ValidationException.of("note", MESSAGES.get("need.noteRequired"));
        }
        b.write(c -> {
            NeedStore.Row row = needs.get(c, id).orElseThrow(() -> notFound(id));
            needs.setStatus(c, id, expectedVersion, status, b.now());
            b.audit(
                    AuditAction.UPDATE,
                    RECORD_TYPE,
                    id,
                    "ニーズ「" + row.draft().title() + "」: " + row.status().labelJa() + " → " + status.labelJa()
                            + (why.isEmpty() ? "" : "（" + why + "）"));
            b.post(MatchingEvents.NEED_UPDATED, id);
            return null;
        });
        return get(id);
    }

    /** Every problem of the draft at once. @return the owner's name */
    private String check(NeedDraft d, boolean creating) {
        Checks checks = new Checks(b);
        checks.required("title", d.title(), 200).max("description", d.description(), 4000);
        if (d.kinds().isEmpty()) {
            checks.error("kinds", "need.kindsRequired");
        }
        checks.max("skills", d.skills(), 1000)
                .fieldCodes("fieldCodes", d.fieldCodes())
                .areaCode("areaCode", d.areaCode())
                .period("endsOn", d.startsOn(), d.endsOn())
                .positive("peopleNeeded", d.peopleNeeded(), 10_000)
                .yen("amountYen", d.amountYen());
        if (d.kinds().contains(NeedKind.MONEY) && d.amountYen() == null) {
            checks.error("amountYen", "need.amountRequired");
        }
        if (creating && d.dueOn() != null && d.dueOn().isBefore(b.today())) {
            checks.error("dueOn", "need.duePast");
        }
        String owner = checks.organisation("ownerId", d.ownerId());
        checks.throwIfAny();
        return owner;
    }
}
