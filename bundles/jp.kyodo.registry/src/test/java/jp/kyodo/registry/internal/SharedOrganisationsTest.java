package jp.kyodo.registry.internal;

import static jp.kyodo.registry.internal.RegistryKit.COORDINATOR;
import static jp.kyodo.registry.internal.RegistryKit.STAFF;
import static jp.kyodo.registry.internal.RegistryKit.VIEWER;
import static jp.kyodo.registry.internal.RegistryKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.exchange.ShareableType.Candidate;
import jp.kyodo.core.exchange.ShareableType.Outgoing;
import jp.kyodo.core.exchange.ShareableType.Provenance;
import jp.kyodo.core.exchange.ShareableType.Received;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.registry.Contact;
import jp.kyodo.registry.Organisation;
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.PersonDraft;
import jp.kyodo.registry.RegistryEvents;
import jp.kyodo.testing.DatabaseTest;
import jp.kyodo.testing.StatementLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Organisations as the exchange module sends and receives them: Kawaguchi's into a second city's registry. */
@DatabaseTest
class SharedOrganisationsTest {

    /** The exchange calls as the platform. */
    private static final Actor EXCHANGE = Actor.system("exchange");

    private static final Provenance KAWAGUCHI = new Provenance("112038", "川口市");

    private final RegistryKit kit = new RegistryKit();
    /** The neighbouring city, on a database of its own. */
    private final RegistryKit neighbour = new RegistryKit();

    private final SharedOrganisations shared = new SharedOrganisations(kit.backend);
    private final SharedOrganisations there = new SharedOrganisations(neighbour.backend);

    @AfterEach
    void close() {
        neighbour.close();
        kit.close();
    }

    private static <T> T asExchange(Callable<T> task) {
        return SecurityContext.callAs(EXCHANGE, task);
    }

    /** 川口子ども食堂ネットワーク with its representative's and contact person's own phone and e-mail. */
    private Organisation shokudo() {
        return as(COORDINATOR, () -> kit.organisations.create(OrganisationsTest.shokudo()));
    }

    private Outgoing exported(Organisation o) {
        String id = Long.toString(o.id());
        return asExchange(() -> shared.export(List.of(id))).get(id);
    }

    private Received receive(Outgoing out, String remoteId, String localId) {
        return asExchange(() -> there.receive(KAWAGUCHI, remoteId, 1, out.payload(), localId));
    }

    @Test
    void anExportedOrganisationIsReceivedWithItsPublicContentAndWhereItCameFromAndNoPersonalData() {
        Organisation o = shokudo();
        String id = Long.toString(o.id());
        Outgoing out = exported(o);
        assertEquals("川口子ども食堂ネットワーク", out.title());
        assertTrue(out.payload().startsWith("種別,名称,ふりがな,法人格,法人番号,活動分野,活動内容,ホームページ,活動地域\r\n"), out.payload());
        assertTrue(
                out.payload()
                        .contains("CIVIC,川口子ども食堂ネットワーク,かわぐちこどもしょくどうねっとわーく,,7000012050002,children;welfare,"
                                + "市内の子ども食堂をつなぎ、食材の寄付を配分しています,https://kodomo.example.jp/,中央地区"),
                out.payload());
        // no person: neither the representative nor the contact person, not even by name; no contact at all
        for (String personal : List.of(
                "川口 花子",
                "かわぐち はなこ",
                "090-1234-5678",
                "芝 太郎",
                "しば たろう",
                "shiba@example.jp",
                "事務局長",
                "048-222-1111",
                "info@kodomo.example.jp",
                "埼玉県川口市本町",
                "配送ボランティア")) {
            assertFalse(out.payload().contains(personal), personal + " in " + out.payload());
        }
        assertEquals(asExchange(() -> shared.fingerprints(List.of(id))).get(id), out.fingerprint());
        assertEquals("川口子ども食堂ネットワーク", shared.fields(out.payload()).get("名称"));
        assertEquals("中央地区", shared.fields(out.payload()).get("活動地域"));
        assertEquals(
                List.copyOf(SharedOrganisations.COLUMNS),
                List.copyOf(shared.fields(out.payload()).keySet()));
        assertTrue(shared.fields("not an organisation").isEmpty());
        assertEquals("registry.organisation", shared.type());
        assertEquals("市域を越えて活動する団体", shared.title(Locale.JAPANESE));
        assertEquals("Organisations across city borders", shared.title(Locale.ENGLISH));
        assertEquals(
                List.of(RegistryEvents.ORGANISATION_CREATED, RegistryEvents.ORGANISATION_UPDATED),
                shared.changeTopics());
        assertEquals(RegistryEvents.ID, shared.idProperty());

        Received received = receive(out, id, null);
        assertEquals(out.title(), received.title());
        assertEquals(out.fingerprint(), received.fingerprint(), "the same content, the same digest in both cities");
        Organisation copy = as(COORDINATOR, () -> neighbour.organisations.get(Long.parseLong(received.localId())));
        OrganisationDraft d = copy.details();
        assertEquals(PartnerType.CIVIC, d.type());
        assertEquals(o.details().name(), d.name());
        assertEquals(o.details().nameReading(), d.nameReading());
        assertEquals("7000012050002", d.corporateNumber());
        assertEquals(Set.of("children", "welfare"), d.fieldCodes());
        assertEquals(o.details().description(), d.description());
        assertEquals("https://kodomo.example.jp/", d.publicContact().website());
        assertEquals("", d.publicContact().phone());
        assertEquals("", d.representative().name());
        assertEquals("", d.contactPerson().name());
        assertEquals(Set.of(), d.areaCodes(), "Kawaguchi's area codes mean nothing here");
        assertEquals("川口市", copy.sourceCity());
        assertTrue(copy.received());
        assertTrue(copy.active());
        assertEquals("", as(COORDINATOR, () -> kit.organisations.get(o.id())).sourceCity());
        assertEquals(1, neighbour.audit.of(AuditAction.IMPORT).size());
        assertTrue(neighbour.audit.of(AuditAction.IMPORT).get(0).detail().contains("川口市（112038）から団体「川口子ども食堂ネットワーク」"));
        assertFalse(neighbour.audit.of(AuditAction.IMPORT).get(0).detail().contains("花子"));
    }

    @Test
    void aReceivedOrganisationIsFoundByTheRegistrysSearch() {
        Received r = receive(exported(shokudo()), "1", null);
        List<Long> hits = as(
                        VIEWER, () -> neighbour.directory.search(PartnerQuery.text("子ども食堂"), PageRequest.first(10)))
                .items()
                .stream()
                .map(PartnerSummary::id)
                .toList();
        assertEquals(List.of(Long.parseLong(r.localId())), hits);
        // and by the SQL search the index stands in for
        SearchSpec spec = neighbour.backend.searchSpec(PartnerQuery.text("食材の寄付"), COORDINATOR, false);
        assertEquals(
                1,
                neighbour
                        .backend
                        .read(c -> neighbour.backend.scans().search(c, spec, PageRequest.first(10)))
                        .total());
    }

    @Test
    void theSamePayloadAgainUpdatesTheOrganisationAndAnEditChangesTheFingerprint() {
        Organisation o = shokudo();
        String id = Long.toString(o.id());
        Outgoing first = exported(o);
        Received r = receive(first, id, null);
        Received again = receive(first, id, r.localId());
        assertEquals(r.localId(), again.localId());
        assertEquals(r.fingerprint(), again.fingerprint());
        // without the local id (the exchange lost it) the source key finds the organisation: still one
        assertEquals(r.localId(), receive(first, id, null).localId());
        assertEquals(
                1,
                as(VIEWER, () -> neighbour.directory.search(PartnerQuery.all(), PageRequest.first(10)))
                        .total());

        // an edit in Kawaguchi: another fingerprint, and the neighbour's copy follows
        Organisation current = as(COORDINATOR, () -> kit.organisations.get(o.id()));
        as(
                COORDINATOR,
                () -> kit.organisations.update(
                        o.id(), current.version(), current.details().withProfile("県内の子ども食堂もつなぎます", "", "")));
        Outgoing changed = exported(o);
        assertNotEquals(first.fingerprint(), changed.fingerprint());
        Received updated = receive(changed, id, r.localId());
        assertNotEquals(r.fingerprint(), updated.fingerprint());
        long copyId = Long.parseLong(r.localId());
        Organisation copy = as(COORDINATOR, () -> neighbour.organisations.get(copyId));
        assertEquals("県内の子ども食堂もつなぎます", copy.details().description());
        assertEquals("川口市", copy.sourceCity());

        // a local edit of the received organisation shows in its fingerprint and keeps its provenance; what was
        // added here (a phone) stays when the neighbour sends again
        Organisation edited = as(
                COORDINATOR,
                () -> neighbour.organisations.update(
                        copyId,
                        copy.version(),
                        copy.details()
                                .withProfile("県内全域", "", "")
                                .withContacts(
                                        new Contact("", "", "044-200-1111", "", "https://kodomo.example.jp/"),
                                        null,
                                        null)));
        assertEquals("川口市", edited.sourceCity());
        assertNotEquals(
                updated.fingerprint(),
                asExchange(() -> there.fingerprints(List.of(r.localId()))).get(r.localId()));
        receive(changed, id, r.localId());
        Organisation taken = as(COORDINATOR, () -> neighbour.organisations.get(copyId));
        assertEquals("県内の子ども食堂もつなぎます", taken.details().description());
        assertEquals("044-200-1111", taken.details().publicContact().phone());
        assertEquals(5, neighbour.audit.of(AuditAction.IMPORT).size(), "five receipts, each audited once");
    }

    @Test
    void inactiveUnregisteredMissingReceivedAndOtherKindsAreNotExported() {
        Organisation open = shokudo();
        Organisation closed = as(
                COORDINATOR,
                () -> kit.organisations.create(OrganisationDraft.of(PartnerType.BUSINESS, "芝川商店", "しばかわしょうてん")));
        as(COORDINATOR, () -> kit.organisations.deactivate(closed.id(), "廃業"));
        Organisation resting = as(
                COORDINATOR,
                () -> kit.organisations.create(OrganisationDraft.of(PartnerType.CIVIC, "休止中の会", "きゅうしちゅうのかい")
                        .withStatus(OrganisationStatus.SUSPENDED)));
        Organisation chokai = as(
                COORDINATOR,
                () -> kit.organisations.create(OrganisationDraft.of(PartnerType.NEIGHBOURHOOD, "本町町会", "ほんちょうちょうかい")));
        Organisation department = as(
                COORDINATOR,
                () -> kit.organisations.create(OrganisationDraft.of(PartnerType.CITY, "協働推進課", "きょうどうすいしんか")));
        long person = as(COORDINATOR, () -> kit.people.create(PersonDraft.of("川口 一郎", "かわぐち いちろう")))
                .id();
        Organisation university = as(
                COORDINATOR,
                () -> kit.organisations.create(OrganisationDraft.of(PartnerType.EDUCATION, "川口大学", "かわぐちだいがく")));
        // an organisation Kawaguchi received from 蕨市 is 蕨市's to share
        Received fromWarabi = asExchange(() -> shared.receive(
                new Provenance("112241", "蕨市"), "7", 1, exported(open).payload(), null));

        List<String> ids = List.of(
                Long.toString(open.id()),
                Long.toString(closed.id()),
                Long.toString(resting.id()),
                Long.toString(chokai.id()),
                Long.toString(department.id()),
                Long.toString(person),
                Long.toString(university.id()),
                fromWarabi.localId(),
                "999999",
                "not-a-number");
        Map<String, Outgoing> exported = asExchange(() -> shared.export(ids));
        assertEquals(Set.of(Long.toString(open.id()), Long.toString(university.id())), exported.keySet());
        // fingerprints name every organisation that exists, never a person
        Map<String, String> fingerprints = asExchange(() -> shared.fingerprints(ids));
        assertEquals(7, fingerprints.size(), fingerprints.toString());
        assertFalse(fingerprints.containsKey(Long.toString(person)));
        assertEquals(Map.of(), asExchange(() -> shared.export(List.of())));

        // candidates: this city's own shareable ones only
        assertEquals(
                Set.of(Long.toString(open.id()), Long.toString(university.id())),
                Set.copyOf(asExchange(() -> shared.candidates("", 10)).stream()
                        .map(Candidate::localId)
                        .toList()));
        List<Candidate> found = asExchange(() -> shared.candidates("こども しょくどう", 10));
        assertEquals(1, found.size());
        assertEquals("川口子ども食堂ネットワーク", found.get(0).title());
        assertTrue(found.get(0).detail().startsWith("市民団体"), found.get(0).detail());
        assertEquals(1, asExchange(() -> shared.candidates("", 1)).size());
        assertEquals(List.of(), asExchange(() -> shared.candidates("", 0)));

        // deactivated later: withdrawn at the next export
        as(COORDINATOR, () -> kit.organisations.deactivate(open.id(), "解散"));
        assertEquals(Map.of(), asExchange(() -> shared.export(List.of(Long.toString(open.id())))));
    }

    @Test
    void aPayloadOfAnotherVersionOrUnreadableIsRefusedWithAClearMessage() {
        Organisation o = shokudo();
        String id = Long.toString(o.id());
        String payload = exported(o).payload();

        ValidationException v2 = assertThrows(
                ValidationException.class, () -> asExchange(() -> there.receive(KAWAGUCHI, id, 2, payload, null)));
        assertEquals("version", v2.errors().get(0).field());
        assertTrue(v2.getMessage().contains("市域を越えて活動する団体のデータ形式バージョン2は読めません"), v2.getMessage());
        assertTrue(
                v2.message(Locale.ENGLISH).contains("data format version 2 cannot be read"),
                v2.message(Locale.ENGLISH));

        ValidationException garbage = assertThrows(
                ValidationException.class,
                () -> asExchange(() -> there.receive(KAWAGUCHI, id, 1, "\u0000garbage\"x", null)));
        assertEquals("payload", garbage.errors().get(0).field());
        assertTrue(garbage.getMessage().contains("受信した団体のデータ"), garbage.getMessage());

        ValidationException empty = assertThrows(
                ValidationException.class, () -> asExchange(() -> there.receive(KAWAGUCHI, id, 1, null, null)));
        assertEquals("payload", empty.errors().get(0).field());

        ValidationException number = assertThrows(
                ValidationException.class,
                () -> asExchange(() ->
                        there.receive(KAWAGUCHI, id, 1, payload.replace("7000012050002", "7000012050003"), null)));
        assertEquals("payload", number.errors().get(0).field());
        assertEquals("corporateNumber", number.errors().get(1).field());

        ValidationException chokai = assertThrows(
                ValidationException.class,
                () -> asExchange(() -> there.receive(KAWAGUCHI, id, 1, payload.replace("CIVIC,", "CITY,"), null)));
        assertTrue(chokai.getMessage().contains("種別「CITY」の団体は受信できません"), chokai.getMessage());

        String twoRows = payload + payload.substring(payload.indexOf("\r\n") + 2);
        ValidationException rows = assertThrows(
                ValidationException.class, () -> asExchange(() -> there.receive(KAWAGUCHI, id, 1, twoRows, null)));
        assertTrue(rows.getMessage().contains("団体1行ではありません（2行）"), rows.getMessage());

        ValidationException header = assertThrows(
                ValidationException.class,
                () -> asExchange(() -> there.receive(KAWAGUCHI, id, 1, payload.replace("法人番号", "代表者氏名"), null)));
        assertTrue(header.getMessage().contains("見出し行が「種別,名称"), header.getMessage());

        ValidationException gone = assertThrows(
                ValidationException.class, () -> asExchange(() -> there.receive(KAWAGUCHI, id, 1, payload, "424242")));
        assertEquals("localId", gone.errors().get(0).field());

        // a local id that is this city's own organisation is never overwritten by a neighbour's
        Organisation own = as(COORDINATOR, () -> kit.organisations.get(o.id()));
        ValidationException local = assertThrows(
                ValidationException.class, () -> asExchange(() -> shared.receive(KAWAGUCHI, "1", 1, payload, id)));
        assertTrue(local.getMessage().contains("他の市から受信した団体の中にありません"), local.getMessage());
        assertEquals(own, as(COORDINATOR, () -> kit.organisations.get(o.id())));
        assertEquals(0, neighbour.audit.of(AuditAction.IMPORT).size());
        assertEquals(0, kit.audit.of(AuditAction.IMPORT).size());
        assertEquals(
                0,
                as(STAFF, () -> neighbour.directory.search(PartnerQuery.all(), PageRequest.first(10)))
                        .total());
    }

    @Test
    void fiveHundredOrganisationsAreExportedWithOneQueryPerTable() {
        List<String> ids = new ArrayList<>();
        OrganisationStore store = kit.backend.organisations();
        kit.backend.write(c -> {
            for (int i = 0; i < 500; i++) {
                ids.add(Long.toString(store.insert(
                        c,
                        OrganisationDraft.of(PartnerType.CIVIC, "団体 " + i, "だんたい")
                                .withFieldsAndAreas(Set.of("welfare"), Set.of("shiba")))));
            }
            return null;
        });
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        RegistryBackend counted = new RegistryBackend(
                StatementLog.recording(kit.db.transactions(), statements), Clock.systemUTC(), kit.audit);
        counted.areas = RegistryKit.AREAS;
        SharedOrganisations countedShared = new SharedOrganisations(counted);
        statements.clear();

        Map<String, Outgoing> out = asExchange(() -> countedShared.export(ids));
        assertEquals(500, out.size());
        assertTrue(out.values().iterator().next().payload().endsWith(",芝地区\r\n"));
        assertEquals(1, statements.size(), statements.toString());
        statements.clear();
        assertEquals(500, asExchange(() -> countedShared.fingerprints(ids)).size());
        assertEquals(1, statements.size(), statements.toString());
    }
}
