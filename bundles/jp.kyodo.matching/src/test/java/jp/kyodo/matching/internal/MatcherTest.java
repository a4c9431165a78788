package jp.kyodo.matching.internal;

import static jp.kyodo.matching.internal.MatchingKit.COORDINATOR;
import static jp.kyodo.matching.internal.MatchingKit.STAFF;
import static jp.kyodo.matching.internal.MatchingKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.Message;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.matching.Candidate;
import jp.kyodo.matching.CandidateKind;
import jp.kyodo.matching.CandidateProfile;
import jp.kyodo.matching.CandidateRef;
import jp.kyodo.matching.Need;
import jp.kyodo.matching.NeedDraft;
import jp.kyodo.matching.NeedKind;
import jp.kyodo.matching.OfferDraft;
import jp.kyodo.matching.OfferKind;
import jp.kyodo.matching.ScoreTerm;
import jp.kyodo.matching.ScoringRule;
import jp.kyodo.registry.PartnerProfile;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.RegistryEvents;
import jp.kyodo.registry.TimeBand;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

@DatabaseTest
class MatcherTest {

    private final MatchingKit kit = new MatchingKit();

    @AfterEach
    void close() {
        kit.close();
    }

    private Need need(NeedDraft draft) {
        return as(COORDINATOR, () -> kit.needs.create(draft));
    }

    private NeedDraft accountingHelp() {
        return NeedDraft.of(kit.department.id(), "子ども食堂の会計を見てほしい", Set.of(NeedKind.EXPERT, NeedKind.PEOPLE))
                .withText("寄付金の管理と決算書の作成", "会計、決算")
                .withWhere(Set.of("children"), "honcho");
    }

    private List<Candidate> candidates(Need need) {
        return as(COORDINATOR, () -> kit.matcher.candidates(need.id(), 20));
    }

    private static List<String> names(List<Candidate> list) {
        return list.stream().map(Candidate::name).toList();
    }

    @Test
    void theExpertWithTheWantedSkillsNearbyComesFirstAndEveryTermIsExplained() {
        kit.profiles.person("山田 太郎", "会計、決算書の作成、税務（税理士）", "honcho", true, true);
        kit.profiles.person("佐藤 花子", "子どもの学習支援", "honcho", false, true);
        kit.profiles.person("鈴木 一郎", "会計", "warabi-c", true, true);
        kit.start();
        Need need = need(accountingHelp());

        List<Candidate> list = candidates(need);

        // 佐藤 shares neither a skill nor a field with the need: not a candidate at all
        assertEquals(List.of("山田 太郎", "鈴木 一郎"), names(list));
        Candidate first = list.get(0);
        assertEquals(
                first.score(),
                first.terms().stream().mapToDouble(ScoreTerm::points).sum(),
                1e-9);
        ScoreTerm skills = first.terms().stream()
                .filter(t -> t.rule().equals("skills"))
                .findFirst()
                .orElseThrow();
        assertEquals("求めるスキルの100%が一致（会計、決算）", skills.reason().toString());
        assertEquals("100% of the wanted skills match (会計、決算)", skills.reason().in(Locale.ENGLISH));
        ScoreTerm area = first.terms().stream()
                .filter(t -> t.rule().equals("area"))
                .findFirst()
                .orElseThrow();
        assertEquals("同じ町会・自治会", area.reason().toString());
        ScoreTerm far = list.get(1).terms().stream()
                .filter(t -> t.rule().equals("area"))
                .findFirst()
                .orElseThrow();
        assertEquals("近隣の市", far.reason().toString());
        assertEquals(1, kit.audit.of(AuditAction.READ_PERSONAL).size(), "showing people's profiles is audited");
    }

    @Test
    void nearerIsBetter_sameNeighbourhoodThenDistrictThenCityThenNeighbouringCity() {
        for (String area : List.of("warabi-c", "shiba-n", "sakaecho", "honcho")) {
            kit.profiles.person("会計の人 " + area, "会計", area, true, true);
        }
        kit.start();
        List<Candidate> list = candidates(need(accountingHelp()));
        assertEquals(List.of("会計の人 honcho", "会計の人 sakaecho", "会計の人 shiba-n", "会計の人 warabi-c"), names(list));
    }

    @Test
    void aPersonWithoutConsentToMatchingIsNeverProposedAndWithdrawingItTakesThemOutAtOnce() {
        kit.profiles.person("同意なし", "会計", "honcho", true, false);
        PartnerProfile consenting = kit.profiles.person("同意あり", "会計", "honcho", true, true);
        kit.start();
        Need need = need(accountingHelp());
        assertEquals(List.of("同意あり"), names(candidates(need)));

        kit.profiles.withConsent(consenting, false);
        // what the registry announces when the consent is withdrawn
        kit.index.handleEvent(new Event(RegistryEvents.PERSON_UPDATED, Map.of(RegistryEvents.ID, consenting.id())));

        assertEquals(List.of(), candidates(need));
        assertThrows(
                jp.kyodo.core.ValidationException.class,
                () -> as(
                        COORDINATOR,
                        () -> kit.pipeline.propose(
                                need.id(), new CandidateRef(CandidateKind.PERSON, consenting.id()), "")));
    }

    @Test
    void theSameExpertIsNotProposedForEverything_loadCountsAgainst() {
        PartnerProfile busy = kit.profiles.person("忙しい専門家", "会計", "honcho", true, true);
        kit.profiles.person("手の空いた専門家", "会計", "honcho", true, true);
        kit.start();
        for (int i = 0; i < 3; i++) {
            Need other = need(accountingHelp());
            as(
                    COORDINATOR,
                    () -> kit.pipeline.propose(other.id(), new CandidateRef(CandidateKind.PERSON, busy.id()), ""));
        }
        List<Candidate> list = candidates(need(accountingHelp()));
        assertEquals(List.of("手の空いた専門家", "忙しい専門家"), names(list));
        ScoreTerm load = list.get(1).terms().stream()
                .filter(t -> t.rule().equals("load"))
                .findFirst()
                .orElseThrow();
        assertEquals(-12, load.points());
        assertEquals("進行中のマッチが3件", load.reason().toString());
    }

    @Test
    void moneyIsFoundInSponsorshipOffersAndBusinessesNotInVolunteers() {
        kit.profiles.person("ボランティア", "会計", "honcho", false, true);
        PartnerProfile shop =
                kit.profiles.organisation(PartnerType.BUSINESS, "川口信用金庫", "地域貢献", Set.of("children"), "chuo");
        kit.start();
        as(
                COORDINATOR,
                () -> kit.offers.create(OfferDraft.of(shop.id(), OfferKind.SPONSORSHIP, "子ども食堂への協賛金", "")
                        .withAmounts("年間", null, 300_000L)));
        NeedDraft money = NeedDraft.of(kit.department.id(), "食材費の支援", Set.of(NeedKind.MONEY))
                .withWhere(Set.of("children"), "honcho")
                .withAmounts(null, 200_000L, null);
        List<Candidate> list = candidates(need(money));
        // the offer and the business tie (area + their kind of term); the volunteer is not a candidate
        assertEquals(
                Set.of(CandidateKind.OFFER, CandidateKind.ORGANISATION),
                Set.copyOf(list.stream().map(c -> c.ref().kind()).toList()));
        assertEquals(2, list.size());
        Candidate offer = list.stream()
                .filter(c -> c.ref().kind() == CandidateKind.OFFER)
                .findFirst()
                .orElseThrow();
        assertTrue(offer.terms().stream().anyMatch(t -> t.rule().equals("offer")));
    }

    @Test
    void availabilityCountsTheSharedWeekdaysAndTimeBands() {
        PartnerProfile weekend = kit.profiles.person("週末の人", "会計", "honcho", true, true);
        PartnerProfile weekday = kit.profiles.person("平日の人", "会計", "honcho", true, true);
        kit.profiles.with(weekend, Set.of(), Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of(TimeBand.MORNING));
        kit.profiles.with(weekday, Set.of(), Set.of(DayOfWeek.MONDAY), Set.of(TimeBand.EVENING));
        kit.start();
        NeedDraft saturday =
                accountingHelp().withWhen(Set.of(DayOfWeek.SATURDAY), Set.of(TimeBand.MORNING), null, null);
        List<Candidate> list = candidates(need(saturday));
        assertEquals(List.of("週末の人", "平日の人"), names(list));
        assertEquals(
                "希望の1枠のうち1枠で活動できる",
                list.get(0).terms().stream()
                        .filter(t -> t.rule().equals("availability"))
                        .findFirst()
                        .orElseThrow()
                        .reason()
                        .toString());
    }

    @Test
    void aCitysOwnRuleChangesTheOrderAndIsExplainedAndRulesCanBeSwitchedOff() {
        kit.profiles.person("地元の人", "会計", "honcho", true, true);
        kit.profiles.person("蕨の人", "会計", "warabi-c", true, true);
        kit.start();
        Need need = need(accountingHelp());
        assertEquals("地元の人", candidates(need).get(0).name());

        MessageCatalog texts = MessageCatalog.of(MatcherTest.class, "jp.kyodo.matching.internal.test-rule");
        ScoringRule neighbourFirst = new ScoringRule() {
            @Override
            public String id() {
                return "warabi.neighbours";
            }

            @Override
            public Message label() {
                return texts.get("label");
            }

            @Override
            public double score(NeedDraft n, CandidateProfile c) {
                return c.areaCodes().contains("warabi-c") ? 50 : 0;
            }

            @Override
            public Message reason(NeedDraft n, CandidateProfile c, double points) {
                return texts.get("reason");
            }
        };
        kit.matcher.addRule(neighbourFirst);
        List<Candidate> list = candidates(need);
        assertEquals("蕨の人", list.get(0).name());
        assertEquals("蕨市の協定による優先", list.get(0).terms().get(0).reason().toString());

        kit.matcher.removeRule(neighbourFirst);
        assertEquals("地元の人", candidates(need).get(0).name());

        try (MatchingKit noArea = new MatchingKit("area", "skills")) {
            assertFalse(noArea.matcher.rules().stream().anyMatch(r -> r.id().equals("area")));
            assertEquals(5, noArea.matcher.rules().size());
        }
    }

    @Test
    void theOwnerInactiveRecordsWithdrawnAndExpiredOffersAndThoseAlreadyProposedAreLeftOut() {
        PartnerProfile proposed = kit.profiles.person("提案済み", "会計", "honcho", true, true);
        PartnerProfile helper = kit.profiles.person("協力者", "会計", "honcho", true, true);
        kit.start();
        var offer = as(
                COORDINATOR,
                () -> kit.offers.create(OfferDraft.of(helper.id(), OfferKind.PRO_BONO, "会計のプロボノ", "会計")
                        .withWhen(Set.of(), Set.of(), MatchingKit.TODAY)));
        Need need = need(accountingHelp());
        as(
                COORDINATOR,
                () -> kit.pipeline.propose(need.id(), new CandidateRef(CandidateKind.PERSON, proposed.id()), ""));
        assertEquals(Set.of("協力者", "会計のプロボノ"), Set.copyOf(names(candidates(need))), "not the one proposed");

        kit.clock.advance(java.time.Duration.ofDays(1));
        assertEquals(List.of("協力者"), names(candidates(need)), "the offer's last day has passed");

        as(COORDINATOR, () -> kit.offers.withdraw(offer.id(), offer.version()));
        assertEquals(List.of("協力者"), names(candidates(need)));
    }

    @Test
    void onlyCoordinatorsRankPeople() {
        Need need = need(accountingHelp());
        assertThrows(AccessDeniedException.class, () -> as(STAFF, () -> kit.matcher.candidates(need.id(), 20)));
    }
}
