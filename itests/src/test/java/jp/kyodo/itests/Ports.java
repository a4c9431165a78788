package jp.kyodo.itests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free TCP ports for a distribution under test. Taken below the kernel's range for outgoing connections
 * (32768 and up on Linux), where a port found free by binding {@code 0} can be taken by another connection
 * before Karaf binds it; and never the same port twice in one test JVM.
 */
public final class Ports {

    private static final int LOW = 20_000;
    private static final int HIGH = 32_000;
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    private Ports() {}

    public static int free() {
        for (int attempt = 0; attempt < 500; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOW, HIGH);
            if (!GIVEN.contains(port) && bindable(port) && GIVEN.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + LOW + " and " + HIGH);
    }

    /** Whether nothing listens on the port now (e.g. a distribution stopped before it starts again there). */
    public static boolean bindable(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"))) {
            s.setReuseAddress(true);
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
