package jp.kyodo.web.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API tokens of machine clients. Only SHA-256 hashes are configured, so the configuration file
 * does not hold usable secrets; a presented token is hashed and compared in constant time.
 */
public final class ApiTokens {

    /**
     * One configured client.
     *
     * @param client a name for the audit log; the actor is {@code api:<client>}
     * @param roles what the client may do
     * @param sha256 the token's hash
     */
    public record Client(String client, Set<Role> roles, byte[] sha256) {}

    private static final Logger LOG = LoggerFactory.getLogger(ApiTokens.class);

    private final List<Client> clients;

    private ApiTokens(List<Client> clients) {
        this.clients = List.copyOf(clients);
    }

    /**
     * Parses entries {@code client:role+role:sha256hex}; an entry may hold several, comma separated.
     * Malformed entries are logged and skipped.
     */
    public static ApiTokens parse(String... entries) {
        List<Client> clients = new ArrayList<>();
        for (String entry : entries == null ? new String[0] : entries) {
            for (String token : entry.split(",")) {
                String t = token.strip();
                if (t.isEmpty()) {
                    continue;
                }
                parseOne(t)
                        .ifPresentOrElse(
                                clients::add,
                                () -> LOG.error(
                                        "Ignoring malformed API token entry '{}' (expected client:roles:sha256hex)",
                                        t.replaceAll(":[0-9A-Fa-f]{8,}$", ":…")));
            }
        }
        return new ApiTokens(clients);
    }

    private static Optional<Client> parseOne(String entry) {
        String[] parts = entry.split(":");
        if (parts.length != 3 || parts[0].isBlank() || !parts[2].strip().matches("[0-9A-Fa-f]{64}")) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : parts[1].split("\\+")) {
            Optional<Role> role = Role.fromRoleName(r.strip());
            if (role.isEmpty()) {
                return Optional.empty();
            }
            roles.add(role.get());
        }
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Client(
                parts[0].strip(),
                roles,
                HexFormat.of().parseHex(parts[2].strip().toLowerCase(Locale.ROOT))));
    }

    /** The actor of the client owning {@code token}, if any. */
    public Optional<Actor> authenticate(String token, String remoteAddress) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        byte[] hash = sha256(token.strip());
        Client match = null;
        for (Client c : clients) {
            // no early exit: the time taken does not tell which entry matched
            if (MessageDigest.isEqual(c.sha256(), hash)) {
                match = c;
            }
        }
        return match == null
                ? Optional.empty()
                : Optional.of(new Actor("api:" + match.client(), match.roles(), remoteAddress));
    }

    public int size() {
        return clients.size();
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
