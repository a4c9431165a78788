package jp.kyodo.exchange.ui.internal.rest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.exchange.Conflict;
import jp.kyodo.exchange.ExchangeRefusedException;
import jp.kyodo.exchange.Identity;
import jp.kyodo.exchange.Inbox;
import jp.kyodo.exchange.LogEntry;
import jp.kyodo.exchange.LogQuery;
import jp.kyodo.exchange.MessageLog;
import jp.kyodo.exchange.Peer;
import jp.kyodo.exchange.PeerDraft;
import jp.kyodo.exchange.PeerState;
import jp.kyodo.exchange.Peers;
import jp.kyodo.exchange.ReceivedQuery;
import jp.kyodo.exchange.ReceivedRecord;
import jp.kyodo.exchange.Resolution;
import jp.kyodo.exchange.ShareCandidate;
import jp.kyodo.exchange.ShareableKind;
import jp.kyodo.exchange.SharedRecord;
import jp.kyodo.exchange.Sharing;
import jp.kyodo.exchange.ui.internal.ExchangeServices;

/** The exchange API by hand: what the resources asked for, and answers or refusals set by the test. */
final class FakeExchange implements Peers, Sharing, Inbox, MessageLog {

    Identity identity = new Identity("112038", "川口市", "k1", "AAAA", null, null);
    final List<String> calls = new ArrayList<>();
    final List<Object> arguments = new ArrayList<>();
    String receipt = "receipt.jws.sig";
    ExchangeRefusedException refusal;

    ExchangeServices services() {
        return new ExchangeServices(this, this, this, this);
    }

    private void called(String name, Object... args) {
        calls.add(name);
        arguments.addAll(List.of(args));
    }

    static Peer neighbour(String code) {
        return new Peer(
                code,
                "川崎市",
                "https://k.example",
                "BBBB",
                "k2",
                true,
                null,
                PeerState.UP_TO_DATE,
                0,
                null,
                null,
                0,
                null,
                "");
    }

    // ---- Peers

    @Override
    public Identity identity() {
        called("identity");
        return identity;
    }

    @Override
    public Identity configure(String municipalityCode) {
        called("configure", municipalityCode);
        return identity;
    }

    @Override
    public Identity rotateKey() {
        called("rotateKey");
        return identity;
    }

    @Override
    public List<Peer> peers() {
        return List.of(neighbour("141305"));
    }

    @Override
    public Optional<Peer> peer(String municipalityCode) {
        return Optional.of(neighbour(municipalityCode));
    }

    @Override
    public Peer register(PeerDraft draft) {
        called("register", draft);
        return neighbour(draft.municipalityCode());
    }

    @Override
    public Peer update(String municipalityCode, PeerDraft draft) {
        called("update", municipalityCode, draft);
        return neighbour(municipalityCode);
    }

    @Override
    public void remove(String municipalityCode) {
        called("remove", municipalityCode);
    }

    @Override
    public void syncNow() {
        called("syncNow");
    }

    // ---- Sharing

    @Override
    public List<ShareableKind> kinds(Locale language) {
        called("kinds", language);
        return List.of(
                new ShareableKind("events.event", language.getLanguage().equals("en") ? "Public events" : "公開イベント"));
    }

    @Override
    public List<ShareCandidate> candidates(String type, String text, int limit) {
        called("candidates", type, text, limit);
        return List.of();
    }

    @Override
    public Page<SharedRecord> shared(String type, PageRequest page) {
        called("shared", type, page);
        return Page.empty(page);
    }

    @Override
    public int share(String type, Collection<String> localIds) {
        called("share", type, List.copyOf(localIds));
        return localIds.size();
    }

    @Override
    public int withdraw(String type, Collection<String> localIds) {
        called("withdraw", type, List.copyOf(localIds));
        return localIds.size();
    }

    // ---- Inbox

    @Override
    public Page<ReceivedRecord> received(ReceivedQuery query, PageRequest page) {
        called("received", query, page);
        return Page.empty(page);
    }

    @Override
    public List<Conflict> conflicts() {
        return List.of();
    }

    @Override
    public void resolve(long conflictId, Resolution resolution) {
        called("resolve", conflictId, resolution);
    }

    @Override
    public String accept(String message, String remoteAddress) {
        called("accept", message, remoteAddress);
        if (refusal != null) {
            throw refusal;
        }
        return receipt;
    }

    @Override
    public ExchangeRefusedException tooLarge(long bytes, long limit, String remoteAddress) {
        called("tooLarge", bytes, limit, remoteAddress);
        return new ExchangeRefusedException("too-large", 413, "大きすぎます");
    }

    // ---- MessageLog

    @Override
    public Page<LogEntry> entries(LogQuery query, PageRequest page) {
        called("entries", query, page);
        return Page.empty(page);
    }
}
