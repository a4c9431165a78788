package jp.kyodo.web.internal.health;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A DS component that cannot start, and how the ones of a module are explained to operators: by the
 * few that cause the others to wait (a disabled backend, a missing database), not by the dozen views
 * and services waiting on them in a chain.
 *
 * @param name the component's simple name, e.g. {@code RegistryBackend}
 * @param provides the service interfaces it would register (simple names)
 * @param waitingFor the service interfaces it misses (simple names); empty when {@code reason} says why
 * @param reason {@code disabled}, {@code waiting for its configuration}, {@code failed to activate: …},
 *     or null when it waits for services
 */
record Stalled(String name, Set<String> provides, Set<String> waitingFor, String reason) {

    Stalled {
        provides = Set.copyOf(provides);
        waitingFor = Set.copyOf(waitingFor);
    }

    /**
     * The causes first: components that are disabled, failed, lack configuration, or wait for a service
     * none of the stalled ones would provide; then how many more wait on them.
     */
    static List<String> explain(List<Stalled> stalled) {
        Set<String> wouldProvide = new HashSet<>();
        stalled.forEach(s -> wouldProvide.addAll(s.provides()));
        List<String> causes = new ArrayList<>();
        for (Stalled s : stalled) {
            if (s.reason() != null) {
                causes.add(s.name() + " (" + s.reason() + ")");
            } else if (!wouldProvide.containsAll(s.waitingFor())) {
                List<String> outside = s.waitingFor().stream()
                        .filter(i -> !wouldProvide.contains(i))
                        .sorted()
                        .toList();
                causes.add(s.name() + " (waiting for " + String.join(", ", outside) + ")");
            }
        }
        if (causes.isEmpty()) {
            // waiting on each other in a circle: name them all
            stalled.forEach(s -> causes.add(s.name() + " (waiting for "
                    + String.join(", ", s.waitingFor().stream().sorted().toList()) + ")"));
            return causes;
        }
        int more = stalled.size() - causes.size();
        if (more > 0) {
            causes.add(more == 1 ? "1 more component waits on them" : more + " more components wait on them");
        }
        return causes;
    }
}
