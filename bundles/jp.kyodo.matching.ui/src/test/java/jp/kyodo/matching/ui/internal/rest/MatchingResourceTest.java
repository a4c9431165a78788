package jp.kyodo.matching.ui.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.core.ValidationException;
import jp.kyodo.matching.Candidate;
import jp.kyodo.matching.CandidateKind;
import jp.kyodo.matching.CandidateRef;
import jp.kyodo.matching.ScoreTerm;
import org.junit.jupiter.api.Test;

class MatchingResourceTest {

    private static final MessageCatalog TEXTS =
            MessageCatalog.of(MatchingResourceTest.class, "jp.kyodo.matching.ui.internal.rest.test-rule");

    @Test
    void aCandidateIsExplainedInTheClientsLanguage() {
        Candidate c = new Candidate(
                new CandidateRef(CandidateKind.PERSON, 12),
                "山田 花子",
                "会計, 税務",
                Set.of("welfare"),
                Set.of("11203-chuo"),
                true,
                42.5,
                List.of(new ScoreTerm("skills", TEXTS.get("label"), 30, TEXTS.get("reason", 80))));

        MatchingResource.CandidateView ja = MatchingResource.view(c, Locale.JAPANESE);
        MatchingResource.CandidateView en = MatchingResource.view(c, Locale.ENGLISH);

        assertEquals("PERSON:12", ja.candidate());
        assertEquals(42.5, ja.score());
        assertEquals(
                new MatchingResource.Term("skills", "スキルの一致", 30, "求めるスキルの80%が一致"),
                ja.terms().get(0));
        assertEquals(
                new MatchingResource.Term("skills", "Skills", 30, "80% of the wanted skills"),
                en.terms().get(0));
    }

    @Test
    void aCandidateIsGivenAsKindAndId() {
        assertEquals(new CandidateRef(CandidateKind.OFFER, 7), MatchingResource.candidate("OFFER:7"));
        ValidationException e = assertThrows(ValidationException.class, () -> MatchingResource.candidate("person 12"));
        assertEquals("candidate", e.errors().get(0).field());
    }
}
