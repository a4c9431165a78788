package jp.kyodo.exchange.ui.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The exchange module's routes. */
final class Routes {

    static final String PEERS = "exchange";
    static final String SHARED = "exchange/shared";
    static final String RECEIVED = "exchange/received";
    static final String LOG = "exchange/log";

    private Routes() {}

    /** The received records whose titles match the text. */
    static String received(String text) {
        return RECEIVED + "?" + ReceivedView.TEXT + "="
                + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
