package jp.kyodo.funding;

import java.time.LocalDate;
import jp.kyodo.core.Records;

/** The exit decision that closes an application's file. @param decidedOn null = today */
public record ExitDecision(ExitStrategy strategy, String note, LocalDate decidedOn) {

    public ExitDecision {
        note = Records.text(note);
    }
}
