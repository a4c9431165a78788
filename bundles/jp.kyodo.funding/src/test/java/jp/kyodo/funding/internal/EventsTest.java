package jp.kyodo.funding.internal;

import static jp.kyodo.funding.internal.FundingKit.COORDINATOR;
import static jp.kyodo.funding.internal.FundingKit.STAFF;
import static jp.kyodo.funding.internal.FundingKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.kyodo.core.ValidationException;
import jp.kyodo.funding.Application;
import jp.kyodo.funding.ApplicationDraft;
import jp.kyodo.funding.BudgetLine;
import jp.kyodo.funding.Fund;
import jp.kyodo.funding.FundDraft;
import jp.kyodo.funding.FundingEvents;
import jp.kyodo.funding.LedgerEntryDraft;
import jp.kyodo.funding.Programme;
import jp.kyodo.funding.ProgrammeDraft;
import jp.kyodo.funding.ProgrammeKind;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Events go out after commit, with ids; a rolled-back change posts nothing. */
@DatabaseTest
class EventsTest {

    private final FundingKit kit = new FundingKit();
    private final List<Event> events = new CopyOnWriteArrayList<>();

    EventsTest() {
        kit.backend.eventAdmin = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                events.add(event);
            }

            @Override
            public void sendEvent(Event event) {
                events.add(event);
            }
        };
    }

    @AfterEach
    void close() {
        kit.close();
    }

    private List<String> topics() {
        return events.stream().map(Event::getTopic).toList();
    }

    @Test
    void changesAreAnnouncedWithTheirIds() {
        Programme p = as(
                COORDINATOR,
                () -> kit.programmes.create(ProgrammeDraft.of(
                        2026,
                        ProgrammeKind.CITIZEN_ACTIVITY,
                        "補助金",
                        1_000,
                        LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 6, 30))));
        as(COORDINATOR, () -> kit.programmes.publish(p.id(), p.version()));
        Application a = as(
                STAFF,
                () -> kit.applications.submit(
                        ApplicationDraft.of(p.id(), kit.npo.id(), "活動", List.of(BudgetLine.expense("費用", 900)), 600)));
        as(COORDINATOR, () -> kit.applications.screen(a.id(), a.version()));
        assertEquals(
                List.of(
                        FundingEvents.PROGRAMME_CREATED,
                        FundingEvents.PROGRAMME_UPDATED,
                        FundingEvents.APPLICATION_CREATED,
                        FundingEvents.APPLICATION_UPDATED),
                topics());
        Event screened = events.get(3);
        assertEquals(a.id(), screened.getProperty(FundingEvents.ID));
        assertEquals(p.id(), screened.getProperty(FundingEvents.PROGRAMME_ID));
        events.clear();
        Fund f = as(COORDINATOR, () -> kit.funds.open(new FundDraft("f", "基金", "", 2026, 0)));
        assertThrows(
                ValidationException.class,
                () -> as(
                        COORDINATOR,
                        () -> kit.funds.record(
                                LedgerEntryDraft.donation(f.id(), LocalDate.of(2026, 5, 1), 1, "", "", ""))));
        as(COORDINATOR, () -> kit.funds.record(LedgerEntryDraft.interest(f.id(), LocalDate.of(2026, 5, 1), 1)));
        assertEquals(List.of(FundingEvents.FUND_CREATED, FundingEvents.LEDGER_ENTRY_CREATED), topics());
        assertEquals(f.id(), events.get(1).getProperty(FundingEvents.FUND_ID));
    }
}
