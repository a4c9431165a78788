package jp.kyodo.training;

import java.time.Instant;

/** A stored survey. @param responses how many responses it has */
public record Survey(long id, SurveyDraft details, int invited, int responses, Instant createdAt) {

    public double responseRate() {
        return Percent.of(responses, invited);
    }
}
