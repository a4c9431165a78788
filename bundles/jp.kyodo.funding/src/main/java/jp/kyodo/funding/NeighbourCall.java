package jp.kyodo.funding;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A grant call (公募) of a neighbouring city, received through the exchange between cities: reference information
 * for this city's groups, who may apply there — not a programme of this city. The texts are the neighbour's, as
 * its 支援制度情報 row writes them (the kind, the fiscal year and the subsidy rate as text); a field the row did
 * not carry is empty (null for amounts and dates).
 *
 * @param municipalityCode the neighbour's 全国地方公共団体コード
 * @param municipalityName the neighbour's name (川口市): the call is shown as 「川口市の公募」
 * @param remoteId the call's id in the neighbour's system
 * @param support the support in words (補助率 2/3、上限 300,000円)
 * @param url the neighbour's page of the call, as sent (show it as a link only when it is http or https)
 */
public record NeighbourCall(
        long id,
        String municipalityCode,
        String municipalityName,
        String remoteId,
        String title,
        String titleKana,
        String kind,
        String fiscalYear,
        String summary,
        String target,
        String support,
        Long maxAmountYen,
        String subsidyRate,
        Long budgetYen,
        LocalDate opensOn,
        LocalDate closesOn,
        String documents,
        String department,
        String contact,
        String url,
        Instant receivedAt,
        Instant updatedAt) {

    /** Where the call stands on the day. */
    public enum State {
        /** The day lies in the application period (or no period was given). */
        OPEN,
        /** Applications are taken from a later day. */
        UPCOMING,
        /** The application period has ended. */
        CLOSED
    }

    public State stateOn(LocalDate day) {
        if (closesOn != null && day.isAfter(closesOn)) {
            return State.CLOSED;
        }
        if (opensOn != null && day.isBefore(opensOn)) {
            return State.UPCOMING;
        }
        return State.OPEN;
    }
}
