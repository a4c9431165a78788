package jp.kyodo.exchange.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import jp.kyodo.exchange.LogEntry;
import jp.kyodo.exchange.Outcome;
import jp.kyodo.exchange.Peer;
import jp.kyodo.exchange.PeerState;
import jp.kyodo.exchange.ReceivedStatus;
import jp.kyodo.web.FieldErrors;
import jp.kyodo.web.TextLabels;
import jp.kyodo.web.Ui;

/**
 * How the exchange records read in pages and cards, in the user's language: the API's constants by {@code
 * exchange.<Enum>.<CONSTANT>}, their badges, provenance, and a service's refusal shown to the user.
 */
final class Texts extends TextLabels {

    /** Characters of a message digest shown in a list; the whole one is in the tooltip. */
    static final int DIGEST_SHOWN = 12;

    Texts(Component component) {
        super("exchange.", locale(component), component::getTranslation);
    }

    /** The component's language, also before it is attached (a page's constructor). */
    private static Locale locale(Component component) {
        UI ui = component.getUI().orElseGet(UI::getCurrent);
        return ui == null ? Locale.JAPANESE : ui.getLocale();
    }

    /** 最新 / 送信待ち / 再試行待ち / 停止中 as a badge. */
    Span badge(PeerState state) {
        return Ui.badge(
                of(state),
                switch (state) {
                    case UP_TO_DATE -> "success";
                    case SENDING -> "";
                    case RETRYING -> "error";
                    case PAUSED -> "contrast";
                });
    }

    Span badge(ReceivedStatus status) {
        return Ui.badge(
                of(status),
                switch (status) {
                    case CURRENT -> "success";
                    case CONFLICT -> "error";
                    case WITHDRAWN -> "contrast";
                });
    }

    Span badge(Outcome outcome) {
        return Ui.badge(
                of(outcome),
                switch (outcome) {
                    case ACCEPTED -> "success";
                    case REJECTED -> "error";
                    case FAILED -> "contrast";
                });
    }

    /** 「川崎市から」: where a received record came from. */
    String from(String peerName, String peerCode) {
        return text("exchange.from", peerName == null || peerName.isBlank() ? peerCode : peerName);
    }

    /** 「川崎市（141305）」, or the code alone when the name is unknown. */
    String peer(String peerName, String peerCode) {
        return peerName == null || peerName.isBlank() ? peerCode : peerName + "（" + peerCode + "）";
    }

    /** A time, or 「—」 before the first one. */
    String when(Instant at) {
        return at == null ? "—" : dateTime(at);
    }

    /** 「3回・次回 2026年11月29日 16:05」, empty when nothing failed. */
    String failures(Peer p) {
        if (p.failures() == 0) {
            return "";
        }
        String count = text("exchange.peer.failureCount", p.failures());
        return p.nextAttemptAt() == null ? count : count + text("exchange.peer.next", dateTime(p.nextAttemptAt()));
    }

    static String shortDigest(LogEntry e) {
        String d = e.digest() == null ? "" : e.digest();
        return d.length() <= DIGEST_SHOWN ? d : d.substring(0, DIGEST_SHOWN) + "…";
    }

    /**
     * Calls a service and shows its refusal: field errors at their fields (when {@code errors} is given), the rest
     * and any other refusal (a missing role, a conflict …) in a notice.
     *
     * @return whether the call went through
     */
    boolean attempt(FieldErrors errors, Runnable call) {
        try {
            call.run();
            return true;
        } catch (ValidationException e) {
            List<FieldError> unplaced = errors == null ? e.errors() : errors.show(e);
            if (!unplaced.isEmpty()) {
                List<String> lines = new ArrayList<>();
                unplaced.forEach(f -> lines.add(f.message(locale())));
                Ui.error(lines.toArray(String[]::new));
            }
            return false;
        } catch (DomainException e) {
            Ui.error(e.message(locale()));
            return false;
        }
    }

    boolean attempt(Runnable call) {
        return attempt(null, call);
    }
}
