package jp.kyodo.web.internal.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.web.internal.ModuleCatalog;
import jp.kyodo.web.internal.PlatformServices;

/** What {@code /api/v1/health} reports: the installed Kyodo modules and whether the platform is ready. */
public final class Health {

    /**
     * @param status {@code UP} while the server answers
     * @param ready whether the services a user needs (login, audit log) are available
     * @param checks each service: {@code UP} or {@code DOWN}
     * @param modules installed Kyodo modules with their versions
     */
    public record Report(String status, boolean ready, Map<String, String> checks, List<ModuleVersion> modules) {}

    /** An installed module. */
    public record ModuleVersion(String name, String version) {}

    private final PlatformServices platform;

    public Health(PlatformServices platform) {
        this.platform = platform;
    }

    public Report report() {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("authenticator", upDown(platform.authenticator().isPresent()));
        checks.put("auditLog", upDown(platform.auditLog().isPresent()));
        checks.put("modules", upDown(platform.modules().isPresent()));
        boolean ready =
                platform.authenticator().isPresent() && platform.auditLog().isPresent();
        List<ModuleVersion> modules = platform.modules()
                .map(m -> m.modules().stream()
                        .filter(ModuleCatalog.Module::installed)
                        .map(x -> new ModuleVersion(x.name(), x.version()))
                        .toList())
                .orElse(List.of());
        return new Report("UP", ready, checks, modules);
    }

    private static String upDown(boolean up) {
        return up ? "UP" : "DOWN";
    }
}
