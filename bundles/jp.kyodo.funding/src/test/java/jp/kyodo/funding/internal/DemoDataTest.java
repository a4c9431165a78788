package jp.kyodo.funding.internal;

import static jp.kyodo.funding.internal.FundingKit.COORDINATOR;
import static jp.kyodo.funding.internal.FundingKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.kyodo.core.PageRequest;
import jp.kyodo.funding.ApplicationQuery;
import jp.kyodo.funding.ApplicationStatus;
import jp.kyodo.funding.ApplicationSummary;
import jp.kyodo.funding.Fund;
import jp.kyodo.funding.FundYear;
import jp.kyodo.funding.ProgrammeKind;
import jp.kyodo.funding.ProgrammeQuery;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The demo stories load on organisations shaped like the registry's demo data, and show every state. */
@DatabaseTest
class DemoDataTest {

    private final FundingKit kit = new FundingKit();

    @AfterEach
    void close() {
        kit.close();
    }

    private List<PartnerSummary> registryLikeDemo() {
        List<PartnerSummary> result = new ArrayList<>();
        result.add(summary(kit.department));
        PartnerType[] types = {PartnerType.CIVIC, PartnerType.NEIGHBOURHOOD, PartnerType.BUSINESS, PartnerType.EDUCATION
        };
        for (int i = 0; i < 16; i++) {
            result.add(summary(kit.organisations.add(
                    types[i % 2 == 0 ? 0 : i % types.length], "デモ団体" + i, OrganisationStatus.REGISTERED, "urawa-n")));
        }
        return result;
    }

    private static PartnerSummary summary(Applicant a) {
        return new PartnerSummary(
                a.id(),
                a.type(),
                a.name(),
                "だんたい",
                a.status().name(),
                Set.of(),
                a.areaCodes(),
                false,
                false,
                false,
                true);
    }

    @Test
    void twoYearsOfProgrammesApplicationsInEveryStateAndTheFundsHistory() {
        as(COORDINATOR, () -> {
            new DemoDataLoader.Stories(kit.backend, kit.programmes, kit.applications, kit.funds, registryLikeDemo())
                    .load();
            return null;
        });
        assertEquals(
                EnumSet.allOf(ProgrammeKind.class),
                EnumSet.copyOf(
                        as(COORDINATOR, () -> kit.programmes.search(ProgrammeQuery.all(), PageRequest.first(50)))
                                .items()
                                .stream()
                                .map(p -> p.details().kind())
                                .toList()));
        assertEquals(
                8,
                as(COORDINATOR, () -> kit.programmes.search(ProgrammeQuery.all(), PageRequest.first(50)))
                        .total());
        List<ApplicationSummary> all = as(
                        COORDINATOR,
                        () -> kit.applications.search(ApplicationQuery.all(), new PageRequest(0, 1000, List.of())))
                .items();
        assertEquals(
                EnumSet.allOf(ApplicationStatus.class),
                EnumSet.copyOf(all.stream().map(ApplicationSummary::status).toList()));
        Fund fund = as(COORDINATOR, () -> kit.funds.funds()).get(0);
        List<FundYear> years = as(COORDINATOR, () -> kit.funds.years(fund.id()));
        assertEquals("平成24年度", years.get(0).label());
        assertEquals(2025, fund.lastClosedYear());
        assertTrue(years.get(years.size() - 1).donationsYen() > 0);
        for (int i = 1; i < years.size(); i++) {
            assertEquals(years.get(i - 1).closingYen(), years.get(i).openingYen());
        }
        // loaded once
        as(COORDINATOR, () -> {
            new DemoDataLoader.Stories(kit.backend, kit.programmes, kit.applications, kit.funds, registryLikeDemo())
                    .load();
            return null;
        });
        assertEquals(1, as(COORDINATOR, () -> kit.funds.funds()).size());
    }
}
