package jp.kyodo.matching.internal;

import static jp.kyodo.matching.internal.MatchingBackend.MESSAGES;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.kyodo.core.Message;
import jp.kyodo.core.field.ActivityFieldTaxonomy;
import jp.kyodo.matching.CandidateProfile;
import jp.kyodo.matching.NeedDraft;
import jp.kyodo.matching.Proximity;
import jp.kyodo.matching.ScoringRule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Kyodo's own scoring rules, each a {@link ScoringRule} service like a city's plugin rule. Points: skills up
 * to 40, fields up to 20, area up to 20, availability up to 15, an offer of the wanted kind 10, past outcomes
 * −6 to +9, load down to −16.
 */
final class Rules {

    private Rules() {}

    /** The need's skill words, split at the separators people type (、,;/・ and spaces). */
    static List<String> words(String skills) {
        return Arrays.stream(skills.split("[、，,;；/／・\\s\u3000]+"))
                .map(String::strip)
                .filter(w -> w.codePointCount(0, w.length()) >= 2)
                .distinct()
                .toList();
    }

    @Component(service = ScoringRule.class)
    public static final class Skills implements ScoringRule {
        @Override
        public String id() {
            return "skills";
        }

        @Override
        public Message label() {
            return MESSAGES.get("rule.skills");
        }

        @Override
        public double score(NeedDraft need, CandidateProfile c) {
            return c.skillCoverage() * 0.4;
        }

        @Override
        public Message reason(NeedDraft need, CandidateProfile c, double points) {
            String found = words(need.skills().isEmpty() ? need.title() : need.skills()).stream()
                    .filter(c::hasSkill)
                    .collect(Collectors.joining("、"));
            return found.isEmpty()
                    ? MESSAGES.get("rule.skills.partly", c.skillCoverage())
                    : MESSAGES.get("rule.skills.reason", c.skillCoverage(), found);
        }
    }

    @Component(service = ScoringRule.class)
    public static final class Fields implements ScoringRule {
        @Reference(
                cardinality = ReferenceCardinality.OPTIONAL,
                policy = ReferencePolicy.DYNAMIC,
                policyOption = ReferencePolicyOption.GREEDY)
        volatile ActivityFieldTaxonomy taxonomy;

        @Override
        public String id() {
            return "fields";
        }

        @Override
        public Message label() {
            return MESSAGES.get("rule.fields");
        }

        @Override
        public double score(NeedDraft need, CandidateProfile c) {
            return Math.min(2, c.sharedFieldCount()) * 10;
        }

        @Override
        public Message reason(NeedDraft need, CandidateProfile c, double points) {
            return MESSAGES.get(
                    "rule.fields.reason",
                    need.fieldCodes().stream()
                            .filter(c.fieldCodes()::contains)
                            .map(code -> {
                                ActivityFieldTaxonomy t = taxonomy;
                                return t == null ? code : t.label(code, Locale.JAPANESE);
                            })
                            .collect(Collectors.joining("、")));
        }
    }

    @Component(service = ScoringRule.class)
    public static final class Area implements ScoringRule {
        @Override
        public String id() {
            return "area";
        }

        @Override
        public Message label() {
            return MESSAGES.get("rule.area");
        }

        @Override
        public double score(NeedDraft need, CandidateProfile c) {
            return switch (c.proximity()) {
                case SAME_NEIGHBOURHOOD -> 20;
                case SAME_DISTRICT -> 15;
                case SAME_WARD -> 12;
                case SAME_CITY -> 8;
                case NEIGHBOURING_CITY -> 3;
                case UNKNOWN -> 0;
            };
        }

        @Override
        public Message reason(NeedDraft need, CandidateProfile c, double points) {
            Proximity p = c.proximity();
            return MESSAGES.get("rule.area." + p.name());
        }
    }

    @Component(service = ScoringRule.class)
    public static final class Availability implements ScoringRule {
        @Override
        public String id() {
            return "availability";
        }

        @Override
        public Message label() {
            return MESSAGES.get("rule.availability");
        }

        @Override
        public double score(NeedDraft need, CandidateProfile c) {
            if (need.days().isEmpty() && need.times().isEmpty()) {
                return 0;
            }
            return 15.0 * c.sharedSlots() / c.neededSlots();
        }

        @Override
        public Message reason(NeedDraft need, CandidateProfile c, double points) {
            return c.days().isEmpty() && c.times().isEmpty()
                    ? MESSAGES.get("rule.availability.any")
                    : MESSAGES.get("rule.availability.reason", c.sharedSlots(), c.neededSlots());
        }
    }

    @Component(service = ScoringRule.class)
    public static final class OfferKindRule implements ScoringRule {
        @Override
        public String id() {
            return "offer";
        }

        @Override
        public Message label() {
            return MESSAGES.get("rule.offer");
        }

        @Override
        public double score(NeedDraft need, CandidateProfile c) {
            return c.offerKind() != null
                            && !java.util.Collections.disjoint(c.offerKind().serves(), need.kinds())
                    ? 10
                    : 0;
        }

        @Override
        public Message reason(NeedDraft need, CandidateProfile c, double points) {
            return MESSAGES.get("rule.offer.reason", c.offerKind().labelJa());
        }
    }

    @Component(service = ScoringRule.class)
    public static final class Outcomes implements ScoringRule {
        @Override
        public String id() {
            return "outcomes";
        }

        @Override
        public Message label() {
            return MESSAGES.get("rule.outcomes");
        }

        @Override
        public double score(NeedDraft need, CandidateProfile c) {
            return Math.min(3, c.completedMatches()) * 3 - Math.min(3, c.declinedMatches()) * 2;
        }

        @Override
        public Message reason(NeedDraft need, CandidateProfile c, double points) {
            return MESSAGES.get("rule.outcomes.reason", c.completedMatches(), c.declinedMatches());
        }
    }

    @Component(service = ScoringRule.class)
    public static final class Load implements ScoringRule {
        @Override
        public String id() {
            return "load";
        }

        @Override
        public Message label() {
            return MESSAGES.get("rule.load");
        }

        @Override
        public double score(NeedDraft need, CandidateProfile c) {
            return -Math.min(4, c.openMatches()) * 4;
        }

        @Override
        public Message reason(NeedDraft need, CandidateProfile c, double points) {
            return MESSAGES.get("rule.load.reason", c.openMatches());
        }
    }
}
