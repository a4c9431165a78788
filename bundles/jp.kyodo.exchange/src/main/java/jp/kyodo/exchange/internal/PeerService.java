package jp.kyodo.exchange.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.municipality.LocalGovernmentCode;
import jp.kyodo.core.municipality.Municipality;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.security.SecurityContext;
import jp.kyodo.exchange.ExchangeTopics;
import jp.kyodo.exchange.Identity;
import jp.kyodo.exchange.Peer;
import jp.kyodo.exchange.PeerDraft;
import jp.kyodo.exchange.PeerState;
import jp.kyodo.exchange.Peers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** This city's identity and its neighbours. */
@Component(service = {Peers.class, PeerService.class})
public final class PeerService implements Peers {

    static final String CODE = "municipalityCode";
    static final String KEY_ID = "keyId";

    private final ExchangeBackend b;
    private final ExchangeStore store = new ExchangeStore();

    @Activate
    public PeerService(@Reference ExchangeBackend backend) {
        this.b = backend;
        // the first node to start records the city's key; another node with another key neither sends nor accepts
        b.write(c -> {
            if (store.setting(c, KEY_ID).isEmpty()) {
                store.putSetting(c, KEY_ID, b.keys().current().keyId());
            }
            return null;
        });
    }

    @Override
    public Identity identity() {
        return identityNow();
    }

    Identity identityNow() {
        String code = b.read(c -> store.setting(c, CODE))
                .orElse(b.config().municipalityCode().strip());
        String name = code.isEmpty() ? "" : nameOf(code);
        SigningKeys.Key key = b.keys().current();
        SigningKeys.Key previous = b.keys().previous();
        return new Identity(
                code, name, key.keyId(), key.publicKey(), key.createdAt(), previous == null ? null : previous.keyId());
    }

    /** Whether this node holds the key the city's neighbours know (the one recorded in the database). */
    boolean holdsCityKey() {
        return b.read(c -> store.setting(c, KEY_ID))
                .map(b.keys().current().keyId()::equals)
                .orElse(true);
    }

    @Override
    public Identity configure(String municipalityCode) {
        Permissions.requireRole(Role.ADMIN);
        LocalGovernmentCode code = LocalGovernmentCode.parse(municipalityCode == null ? "" : municipalityCode);
        String name = b.municipalities()
                .find(code)
                .map(Municipality::name)
                .orElseThrow(() -> ValidationException.of(CODE, "団体コード " + code + " は団体一覧にありません"));
        b.write(c -> {
            store.putSetting(c, CODE, code.value());
            b.audit(AuditAction.ADMIN, "exchange.identity", code.value(), "自治体間連携の団体コードを設定: " + code + " " + name);
            return null;
        });
        return identityNow();
    }

    @Override
    public Identity rotateKey() {
        Permissions.requireRole(Role.ADMIN);
        SigningKeys.Key key = b.keys().rotate();
        b.write(c -> {
            store.putSetting(c, KEY_ID, key.keyId());
            store.announceKeyToAll(c);
            b.audit(AuditAction.ADMIN, "exchange.identity", key.keyId(), "署名鍵を更新（連携先へ旧鍵の署名で通知）");
            return null;
        });
        return identityNow();
    }

    @Override
    public List<Peer> peers() {
        SecurityContext.require();
        return b.read(c -> {
            Map<String, Long> backlogs = store.backlogs(c);
            List<Peer> peers = new ArrayList<>();
            for (ExchangeStore.PeerRow row : store.peers(c)) {
                peers.add(toPeer(row, backlogs.getOrDefault(row.code(), 0L)));
            }
            return peers;
        });
    }

    @Override
    public Optional<Peer> peer(String municipalityCode) {
        return peers().stream()
                .filter(p -> p.municipalityCode().equals(municipalityCode))
                .findFirst();
    }

    @Override
    public Peer register(PeerDraft draft) {
        Permissions.requireRole(Role.ADMIN);
        Checked checked = check(draft);
        String code = checked.code().value();
        b.write(c -> {
            if (store.peer(c, code).isPresent()) {
                throw new ConflictException("団体コード " + code + "（" + checked.name() + "）は登録済みです");
            }
            store.insertPeer(
                    c,
                    code,
                    checked.name(),
                    draft.baseUrl(),
                    draft.publicKey(),
                    SigningKeys.keyId(draft.publicKey()),
                    draft.active(),
                    b.now());
            b.audit(AuditAction.CREATE, "exchange.peer", code, "連携先を登録: " + checked.name() + " " + draft.baseUrl());
            b.post(ExchangeTopics.PEER_CHANGED, code);
            return null;
        });
        return peer(code).orElseThrow();
    }

    @Override
    public Peer update(String municipalityCode, PeerDraft draft) {
        Permissions.requireRole(Role.ADMIN);
        Checked checked = check(draft);
        if (!checked.code().value().equals(municipalityCode)) {
            throw ValidationException.of(CODE, "連携先の団体コードは変更できません（" + municipalityCode + "）");
        }
        b.write(c -> {
            store.peer(c, municipalityCode).orElseThrow(() -> notFound(municipalityCode));
            store.updatePeer(
                    c,
                    municipalityCode,
                    draft.baseUrl(),
                    draft.publicKey(),
                    SigningKeys.keyId(draft.publicKey()),
                    draft.active());
            b.audit(
                    AuditAction.UPDATE,
                    "exchange.peer",
                    municipalityCode,
                    "連携先を変更: " + checked.name() + " " + draft.baseUrl() + (draft.active() ? "" : "（停止）"));
            b.post(ExchangeTopics.PEER_CHANGED, municipalityCode);
            return null;
        });
        return peer(municipalityCode).orElseThrow();
    }

    @Override
    public void remove(String municipalityCode) {
        Permissions.requireRole(Role.ADMIN);
        b.write(c -> {
            ExchangeStore.PeerRow row = store.peer(c, municipalityCode).orElseThrow(() -> notFound(municipalityCode));
            store.deletePeer(c, municipalityCode);
            b.audit(AuditAction.DELETE, "exchange.peer", municipalityCode, "連携先を削除: " + row.name());
            b.post(ExchangeTopics.PEER_CHANGED, municipalityCode);
            return null;
        });
    }

    @Override
    public void syncNow() {
        Permissions.requireRole(Role.STAFF);
        b.write(c -> {
            store.retryAll(c);
            return null;
        });
        b.afterCommit(b::wakeOutbox);
    }

    private record Checked(LocalGovernmentCode code, String name) {}

    private Checked check(PeerDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        LocalGovernmentCode code = null;
        String name = "";
        try {
            code = LocalGovernmentCode.parse(draft.municipalityCode());
            Optional<Municipality> found = b.municipalities().find(code);
            if (found.isEmpty()) {
                errors.add(new FieldError(CODE, "団体コード " + code + " は団体一覧にありません"));
            } else {
                name = found.get().name();
            }
            if (code.value().equals(identityNow().municipalityCode())) {
                errors.add(new FieldError(CODE, "この自治体自身の団体コードです"));
            }
        } catch (ValidationException e) {
            e.errors().forEach(error -> errors.add(new FieldError(CODE, error.message())));
        }
        try {
            URI uri = new URI(draft.baseUrl());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                errors.add(new FieldError("baseUrl", "http:// または https:// で始まる URL を入力してください"));
            }
        } catch (URISyntaxException e) {
            errors.add(new FieldError("baseUrl", "URL として読めません: " + e.getReason()));
        }
        if (draft.baseUrl().length() > 400) {
            errors.add(new FieldError("baseUrl", "URL は400文字以内で入力してください"));
        }
        try {
            SigningKeys.publicKey(draft.publicKey());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("publicKey", "公開鍵は連携先の画面に表示される43文字（Ed25519, base64url）です: " + e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Checked(code, name);
    }

    private String nameOf(String code) {
        try {
            return b.municipalities()
                    .find(new LocalGovernmentCode(code))
                    .map(Municipality::name)
                    .orElse(code);
        } catch (ValidationException e) {
            return code;
        }
    }

    private static NotFoundException notFound(String code) {
        return new NotFoundException("連携先 " + code + " は登録されていません");
    }

    Peer toPeer(ExchangeStore.PeerRow row, long backlog) {
        PeerState state = !row.active()
                ? PeerState.PAUSED
                : row.failures() > 0
                        ? PeerState.RETRYING
                        : backlog > 0 || row.announceKey() ? PeerState.SENDING : PeerState.UP_TO_DATE;
        return new Peer(
                row.code(),
                row.name(),
                row.baseUrl(),
                row.publicKey(),
                row.keyId(),
                row.active(),
                row.registeredAt(),
                state,
                backlog,
                row.lastSentAt(),
                row.lastReceivedAt(),
                row.failures(),
                row.nextAttemptAt(),
                row.lastError());
    }
}
