package jp.kyodo.matching.ui.internal;

import jp.kyodo.matching.DeskStatus;
import jp.kyodo.matching.MatchStage;
import jp.kyodo.matching.NeedStatus;
import jp.kyodo.matching.OfferStatus;

/** The Lumo badge variants of each state (besides {@code badge}), the same on every page. */
final class Badges {

    private Badges() {}

    static String theme(NeedStatus status) {
        return switch (status) {
            case OPEN -> "";
            case MATCHED -> "success";
            case CLOSED -> "contrast";
            case CANCELLED -> "error";
        };
    }

    static String theme(OfferStatus status) {
        return status == OfferStatus.AVAILABLE ? "success" : "contrast";
    }

    static String theme(MatchStage stage) {
        return switch (stage) {
            case PROPOSED, CONTACTED -> "";
            case AGREED, IN_PROGRESS -> "success";
            case COMPLETED -> "success primary";
            case DECLINED -> "contrast";
        };
    }

    static String theme(DeskStatus status) {
        return switch (status) {
            case RECEIVED -> "";
            case ROUTED -> "";
            case ACCEPTED -> "success";
            case DECLINED -> "contrast";
        };
    }
}
