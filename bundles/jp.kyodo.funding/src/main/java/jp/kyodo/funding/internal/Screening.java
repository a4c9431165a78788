package jp.kyodo.funding.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kyodo.core.area.Area;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.calendar.Wareki;
import jp.kyodo.funding.EligibilityRules;

/**
 * The eligibility check of screening: every rule of the programme, the application period, the amounts and the
 * required documents, each failed rule one reason (a message key {@code screen.<rule>} with its arguments,
 * stored so that each reader sees it in their own language).
 */
final class Screening {

    private final FundingBackend b;
    private final ApplicationStore applications;

    Screening(FundingBackend b, ApplicationStore applications) {
        this.b = b;
        this.applications = applications;
    }

    List<ReasonRow> check(Connection c, ProgrammeEntity p, ApplicationEntity a, List<String> attachedDocuments)
            throws SQLException {
        List<ReasonRow> reasons = new ArrayList<>();
        LocalDate day = a.submittedOn;
        if (day.isBefore(p.opensOn) || day.isAfter(p.closesOn)) {
            reasons.add(reason(
                    "period", Wareki.formatDate(day), Wareki.formatDate(p.opensOn), Wareki.formatDate(p.closesOn)));
        }
        EligibilityRules rules = p.draft().eligibility();
        Optional<Applicant> found = b.organisation(a.organisationId);
        if (found.isEmpty() || !found.get().active()) {
            reasons.add(reason("registry", a.organisationName));
        } else {
            Applicant o = found.get();
            if (!rules.organisationTypes().isEmpty()
                    && !rules.organisationTypes().contains(o.type())) {
                reasons.add(reason(
                        "organisationType", ReasonRow.LABEL + "type." + o.type().name()));
            }
            if (!rules.statuses().contains(o.status())) {
                reasons.add(reason(
                        "status", ReasonRow.LABEL + "orgStatus." + o.status().name()));
            }
            if (rules.certifiedOnly() && !o.certifiedOn(day)) {
                reasons.add(reason("certification"));
            }
            if (!rules.areaCode().isEmpty() && !inArea(rules.areaCode(), o)) {
                reasons.add(reason("area", areaName(rules.areaCode())));
            }
            if (rules.minMonthsActive() != null
                    && (o.foundedOn() == null
                            || o.foundedOn().plusMonths(rules.minMonthsActive()).isAfter(day))) {
                reasons.add(reason("monthsActive", Integer.toString(rules.minMonthsActive())));
            }
        }
        if (rules.firstTimeOnly() && applications.grantedBefore(c, a.organisationId, p.kind, a.id)) {
            reasons.add(reason("firstTime", ReasonRow.LABEL + "kind." + p.kind.name()));
        }
        long cap = Limits.maxGrant(p, a.requestedYen, a.eligibleCostYen);
        if (a.requestedYen > cap) {
            reasons.add(reason("requested", Money.yen(a.requestedYen), Money.yen(cap)));
        }
        for (String document : p.documents) {
            if (!attachedDocuments.contains(document)) {
                reasons.add(reason("document", document));
            }
        }
        return reasons;
    }

    private boolean inArea(String required, Applicant o) {
        Optional<AreaHierarchy> areas = b.areas();
        return o.areaCodes().stream()
                .anyMatch(code -> areas.map(h -> h.contains(required, code)).orElse(required.equals(code)));
    }

    private String areaName(String code) {
        return b.areas().flatMap(h -> h.find(code)).map(Area::name).orElse(code);
    }

    private static ReasonRow reason(String rule, String... args) {
        return new ReasonRow(rule, List.of(args));
    }
}
