package jp.kyodo.matching;

import java.util.Objects;

/**
 * Who or what is proposed for a need.
 *
 * @param id the registry id (a person or an organisation) or the offer's id
 */
public record CandidateRef(CandidateKind kind, long id) {

    public CandidateRef {
        Objects.requireNonNull(kind, "kind");
    }

    /** {@code PERSON:12}, {@code ORGANISATION:3}, {@code OFFER:7}. */
    @Override
    public String toString() {
        return kind.name() + ":" + id;
    }

    /** Parses {@link #toString()}'s form. @throws IllegalArgumentException for any other text */
    public static CandidateRef parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a candidate: " + text);
        }
        return new CandidateRef(
                CandidateKind.valueOf(text.substring(0, colon).strip()),
                Long.parseLong(text.substring(colon + 1).strip()));
    }
}
