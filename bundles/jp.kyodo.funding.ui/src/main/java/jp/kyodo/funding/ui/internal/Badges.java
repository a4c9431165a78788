package jp.kyodo.funding.ui.internal;

import jp.kyodo.funding.ApplicationStatus;
import jp.kyodo.funding.ProgrammeStatus;

/** The Lumo badge variants of each state (besides {@code badge}), the same on every page. */
final class Badges {

    private Badges() {}

    static String theme(ProgrammeStatus status) {
        return switch (status) {
            case DRAFT -> "contrast";
            case PUBLISHED -> "success";
            case CLOSED -> "";
        };
    }

    static String theme(ApplicationStatus status) {
        return switch (status) {
            case SUBMITTED, SCREENED, REVIEWED -> "";
            case GRANTED, AGREED, REPORTED, EVALUATED -> "success";
            case CLOSED -> "success primary";
            case INELIGIBLE, REJECTED -> "error";
            case WITHDRAWN -> "contrast";
        };
    }
}
