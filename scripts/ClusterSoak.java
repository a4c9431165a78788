import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Soak of several Kyodo nodes on one database: writers on every node create organisations and rename earlier
 * ones (also those another node made) through the REST API for the given minutes, while a checker searches a
 * sample of what was saved at least two seconds before on every node. At the end, after a pause, every node must
 * find all of it: the same count, and each current name on each node. Drift (a node that does not find what
 * another saved) is counted and reported, with late finds (found only on a second look a second later).
 *
 * <pre>
 * scripts/cluster-trial.sh start 2
 * java scripts/ClusterSoak.java 30 cluster-trial-token http://127.0.0.1:8281 http://127.0.0.1:8282
 * </pre>
 *
 * Only JDK classes. Arguments: minutes, an API token with the coordinator role, the nodes' base URLs;
 * {@code -Drate=2} writes per second per node.
 */
public final class ClusterSoak {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern DETAILS = Pattern.compile("\"details\"\\s*:\\s*(\\{.*\\})\\s*,\\s*\"masked\"");

    /** An organisation the soak saved: its current unique name token and when that was saved. */
    record Item(long id, String token, long savedAtNanos) {}

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;
    private final List<String> nodes;
    private final String tag;
    private final Map<Long, Item> items = new ConcurrentHashMap<>();
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger renamed = new AtomicInteger();
    private final AtomicInteger writeErrors = new AtomicInteger();
    private final AtomicInteger checks = new AtomicInteger();
    private final AtomicInteger late = new AtomicInteger();
    private final AtomicInteger missing = new AtomicInteger();
    private final AtomicInteger sequence = new AtomicInteger();

    ClusterSoak(String token, List<String> nodes) {
        this.token = token;
        this.nodes = nodes;
        this.tag = "soak" + (100_000 + new Random().nextInt(900_000));
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java scripts/ClusterSoak.java <minutes> <token> <node URL>...");
            System.exit(2);
        }
        double minutes = Double.parseDouble(args[0]);
        List<String> nodes = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            nodes.add(args[i].replaceAll("/$", ""));
        }
        new ClusterSoak(args[1], nodes).run(Duration.ofMillis((long) (minutes * 60_000)), Double.parseDouble(System.getProperty("rate", "2")));
    }

    void run(Duration length, double rate) throws Exception {
        long end = System.nanoTime() + length.toNanos();
        System.out.printf("soak %s: %s on %d nodes, %.1f writes/s per node%n", tag, length, nodes.size(), rate);
        List<Thread> threads = new ArrayList<>();
        for (String node : nodes) {
            Thread writer = new Thread(() -> write(node, end, rate), "writer " + node);
            writer.start();
            threads.add(writer);
        }
        Thread checker = new Thread(() -> check(end), "checker");
        checker.start();
        long nextReport = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < end) {
            Thread.sleep(1_000);
            if (System.nanoTime() > nextReport) {
                nextReport += Duration.ofMinutes(1).toNanos();
                System.out.printf(
                        "  created %d, renamed %d, write errors %d; checks %d: late %d, missing %d%n",
                        created.get(), renamed.get(), writeErrors.get(), checks.get(), late.get(), missing.get());
            }
        }
        for (Thread t : threads) {
            t.join();
        }
        checker.join();

        Thread.sleep(3_000);
        System.out.println("final comparison, 3 s after the last write:");
        boolean drift = false;
        for (String node : nodes) {
            int total = total(node, tag);
            System.out.printf("  %s finds %d of the %d organisations%n", node, total, created.get());
            drift |= total != created.get();
        }
        int notFound = 0;
        for (Item item : items.values()) {
            for (String node : nodes) {
                if (total(node, item.token()) != 1) {
                    notFound++;
                    System.out.printf("  DRIFT: %s does not find %s (id %d)%n", node, item.token(), item.id());
                }
            }
        }
        drift |= notFound > 0;
        System.out.printf(
                "created %d, renamed %d, write errors %d; during the run %d checks: %d late, %d missing; at the end"
                        + " %d current names looked up on each node: %d not found%n",
                created.get(), renamed.get(), writeErrors.get(), checks.get(), late.get(), missing.get(),
                items.size(), notFound);
        System.out.println(drift ? "RESULT: DRIFT" : "RESULT: no drift");
        System.exit(drift ? 1 : 0);
    }

    private void write(String node, long end, double rate) {
        Random random = new Random();
        long pause = (long) (1000 / rate);
        while (System.nanoTime() < end) {
            try {
                if (!items.isEmpty() && random.nextInt(3) == 0) {
                    rename(node, random);
                } else {
                    create(node);
                }
            } catch (Exception e) {
                writeErrors.incrementAndGet();
            }
            sleep(pause);
        }
    }

    private void create(String node) throws Exception {
        String token = tag + "n" + sequence.incrementAndGet() + "x";
        HttpResponse<String> r = call(node, "POST", "/api/v1/registry/organisations",
                "{\"type\":\"CIVIC\",\"name\":\"耐久試験の会 " + token + "\",\"nameReading\":\"たいきゅうしけんのかい\"}");
        if (r.statusCode() != 201) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        long id = find(ID, r.body());
        items.put(id, new Item(id, token, System.nanoTime()));
        created.incrementAndGet();
    }

    /** Renames an organisation saved earlier, possibly through another node. */
    private void rename(String node, Random random) throws Exception {
        List<Item> all = new ArrayList<>(items.values());
        Item item = all.get(random.nextInt(all.size()));
        HttpResponse<String> read = call(node, "GET", "/api/v1/registry/organisations/" + item.id(), null);
        Matcher details = DETAILS.matcher(read.body());
        if (read.statusCode() != 200 || !details.find()) {
            throw new IllegalStateException(read.statusCode() + " " + read.body());
        }
        String token = tag + "n" + sequence.incrementAndGet() + "x";
        String body = details.group(1).replace(item.token(), token);
        HttpResponse<String> r = call(
                node, "PUT", "/api/v1/registry/organisations/" + item.id() + "?version=" + find(VERSION, read.body()), body);
        if (r.statusCode() == 409) {
            return; // another writer renamed it first: fine, try another next time
        }
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        items.put(item.id(), new Item(item.id(), token, System.nanoTime()));
        renamed.incrementAndGet();
    }

    /** Every 5 s: ten names saved at least 2 s ago, looked up on every node. */
    private void check(long end) {
        Random random = new Random();
        while (System.nanoTime() < end) {
            sleep(5_000);
            long settled = System.nanoTime() - Duration.ofSeconds(2).toNanos();
            List<Item> ready = items.values().stream().filter(i -> i.savedAtNanos() < settled).toList();
            for (int k = 0; k < 10 && !ready.isEmpty(); k++) {
                Item item = ready.get(random.nextInt(ready.size()));
                if (items.get(item.id()) != item) {
                    continue; // renamed meanwhile
                }
                for (String node : nodes) {
                    checks.incrementAndGet();
                    try {
                        if (total(node, item.token()) != 1) {
                            sleep(1_000);
                            if (items.get(item.id()) != item) {
                                continue;
                            }
                            if (total(node, item.token()) == 1) {
                                late.incrementAndGet();
                            } else {
                                missing.incrementAndGet();
                                System.out.printf("  missing on %s: %s (id %d)%n", node, item.token(), item.id());
                            }
                        }
                    } catch (Exception e) {
                        writeErrors.incrementAndGet();
                    }
                }
            }
        }
    }

    private int total(String node, String text) throws Exception {
        HttpResponse<String> r = call(
                node, "GET", "/api/v1/registry/partners?limit=1&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8), null);
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return (int) find(TOTAL, r.body());
    }

    private HttpResponse<String> call(String node, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(node + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer: " + text);
        }
        return Long.parseLong(m.group(1));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
