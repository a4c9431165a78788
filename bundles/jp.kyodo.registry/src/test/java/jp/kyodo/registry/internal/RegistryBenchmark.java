package jp.kyodo.registry.internal;

import static jp.kyodo.registry.internal.RegistryKit.COORDINATOR;
import static jp.kyodo.registry.internal.RegistryKit.STAFF;
import static jp.kyodo.registry.internal.RegistryKit.as;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.csv.CsvWriter;
import jp.kyodo.core.field.ActivityFieldCsv;
import jp.kyodo.registry.ImportReport;
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.PersonDraft;
import jp.kyodo.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The registry's performance targets, measured on embedded Derby on disk (not a unit test: it prints
 * figures and asserts nothing about time). Run:
 *
 * <pre>
 * ./mvnw -o -pl bundles/jp.kyodo.registry test -Dtest=RegistryBenchmark -Dkyodo.benchmark=true
 * </pre>
 *
 * It builds (once, kept in target/registry-bench) a registry of 100,000 people and 20,000
 * organisations from the demo generator, then measures search (bigram index) against a plain {@code
 * LIKE '%term%'} scan in the same run, opening an organisation page, and a 10,000-row CSV import.
 */
@EnabledIfSystemProperty(named = "kyodo.benchmark", matches = "true")
class RegistryBenchmark {

    private static final int PEOPLE = 100_000;
    private static final int ORGANISATIONS = 20_000;
    private static final int ROUNDS = 200;

    private static final List<String> TERMS =
            List.of("子ども食堂", "かわぐち", "カワグチ", "田中", "ねっとわーく", "防災", "税理士", "ｻｸﾗ", "見守り", "食", "鈴木 花子", "まちづくり協議会");

    @Test
    void searchAndOrganisationPageAndImport() throws Exception {
        Path folder = Path.of("target/registry-bench/db");
        Path loaded = folder.resolveSibling("db.loaded");
        boolean fresh = !Files.exists(loaded);
        if (fresh) {
            deleteTree(folder);
        }
        Files.createDirectories(folder.getParent());
        TestDatabase db = TestDatabase.derbyOnDisk(folder, "jp.kyodo.core", "jp.kyodo.registry");
        try (RegistryKit kit = new RegistryKit(db)) {
            kit.backend.areas = DemoDataTest.demoAreas(); // the demo cities: 74 areas, people spread over them
            if (fresh) {
                load(kit);
                Files.writeString(loaded, "100,000 people and 20,000 organisations\n");
            }
            long buildStart = System.nanoTime();
            kit.backend.rebuildIndex();
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.printf(
                    Locale.ROOT,
                    "search index built from the database in %.1f s (heap in use after GC: %d MB)%n",
                    (System.nanoTime() - buildStart) / 1e9,
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
            System.out.printf(
                    Locale.ROOT,
                    "%nRegistry benchmark: %,d partners on embedded Derby (%s)%n",
                    kit.db.transactions().read(c -> kit.backend.scans().count(c)),
                    folder.toAbsolutePath());
            System.out.printf(
                    Locale.ROOT,
                    "%-34s %9s %9s %9s %9s %8s%n",
                    "query (first page of 50 + count)",
                    "hits",
                    "p50 ms",
                    "p95 ms",
                    "LIKE p50",
                    "ratio");
            List<Double> allIndexed = new ArrayList<>();
            List<Double> allScan = new ArrayList<>();
            for (String term : TERMS) {
                row(kit, term, PartnerQuery.text(term), allIndexed, allScan);
            }
            row(
                    kit,
                    "防災 + 市民団体 + field",
                    PartnerQuery.text("防災").withTypes(Set.of(PartnerType.CIVIC)).withField("disaster-safety"),
                    allIndexed,
                    allScan);
            row(
                    kit,
                    "見守り + area 川口市中央地区 (incl.)",
                    PartnerQuery.text("見守り").withArea("kawaguchi-chuo"),
                    allIndexed,
                    allScan);
            row(kit, "(no text) area 蕨市 (incl.)", PartnerQuery.all().withArea("warabi"), allIndexed, allScan);
            row(
                    kit,
                    "(no text) type 市民団体",
                    PartnerQuery.all().withTypes(Set.of(PartnerType.CIVIC)),
                    allIndexed,
                    allScan);
            double p95 = percentile(allIndexed, 95);
            System.out.printf(
                    Locale.ROOT,
                    "ALL queries: indexed p50 %.2f ms, p95 %.2f ms; LIKE scan p50 %.2f ms, p95 %.2f ms; p95 ratio %.1fx%n",
                    percentile(allIndexed, 50),
                    p95,
                    percentile(allScan, 50),
                    percentile(allScan, 95),
                    percentile(allScan, 95) / p95);

            List<Long> ids = kit.db.transactions().read(c -> {
                List<Long> list = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT ID FROM REG_PARTNER WHERE PTYPE <> 'CITIZEN'");
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(rs.getLong(1));
                    }
                }
                return list;
            });
            List<Double> page = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                long id = ids.get((i * 7919) % ids.size());
                page.add(time(() -> as(COORDINATOR, () -> {
                    kit.organisations.get(id);
                    return kit.organisations.members(id);
                })));
            }
            System.out.printf(
                    Locale.ROOT,
                    "organisation page (details + members, coordinator, audited): p50 %.2f ms, p95 %.2f ms%n",
                    percentile(page, 50),
                    percentile(page, 95));
            List<Double> stats = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                stats.add(time(() -> as(STAFF, kit.directory::statistics)));
            }
            System.out.printf(
                    Locale.ROOT,
                    "dashboard statistics (counts by type and field, new this fiscal year): p50 %.2f ms, p95 %.2f ms%n",
                    percentile(stats, 50),
                    percentile(stats, 95));
        }
        db.close();
        importTenThousand();
    }

    private static void row(
            RegistryKit kit, String label, PartnerQuery query, List<Double> allIndexed, List<Double> allScan) {
        PageRequest first = PageRequest.first(50);
        long hits = as(STAFF, () -> kit.directory.search(query, first)).total();
        for (int i = 0; i < 20; i++) { // warm up
            as(STAFF, () -> kit.directory.search(query, first));
        }
        scan(kit, query);
        List<Double> indexed = new ArrayList<>();
        List<Double> scan = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            indexed.add(time(() -> as(STAFF, () -> kit.directory.search(query, first))));
            if (i % 10 == 0) { // the scan is slow: a sample of 20 is enough for its median
                scan.add(time(() -> scan(kit, query)));
            }
        }
        allIndexed.addAll(indexed);
        allScan.addAll(scan);
        System.out.printf(
                Locale.ROOT,
                "%-34s %9d %9.2f %9.2f %9.2f %7.1fx%n",
                label,
                hits,
                percentile(indexed, 50),
                percentile(indexed, 95),
                percentile(scan, 50),
                percentile(scan, 50) / percentile(indexed, 50));
    }

    /** The baseline: the same query by a plain SQL scan ({@code SEARCH_TEXT LIKE '%term%'}, filters, sort, count). */
    private static long scan(RegistryKit kit, PartnerQuery query) {
        SearchSpec spec = kit.backend.searchSpec(query, STAFF, false);
        return kit.db
                .transactions()
                .read(c -> kit.backend.scans().search(c, spec, PageRequest.first(50)))
                .total();
    }

    private static void load(RegistryKit kit) throws java.io.IOException {
        long start = System.nanoTime();
        DemoData data = new DemoData(7L, kit.backend.areas, ActivityFieldCsv.loadDefault(), RegistryKit.TODAY);
        List<OrganisationDraft> orgs = data.organisations(ORGANISATIONS);
        insert(kit, orgs, (c, d) -> kit.backend
                .organisations()
                .insert(c, kit.backend.rules().check(d)));
        for (int from = 0; from < PEOPLE; from += 10_000) {
            List<PersonDraft> people = data.people(10_000);
            insert(kit, people, (c, d) -> {
                long id = kit.backend.people().insert(c, kit.backend.rules().check(d));
                if (id % 10 != 0) { // 90% gave a PROFILE consent
                    kit.backend.partners().setProfileConsent(c, id, true);
                }
                return id;
            });
        }
        System.out.printf(
                Locale.ROOT,
                "loaded %,d organisations and %,d people in %.1f s%n",
                ORGANISATIONS,
                PEOPLE,
                (System.nanoTime() - start) / 1e9);
    }

    interface Insert<T> {
        long apply(Connection c, T draft) throws java.sql.SQLException;
    }

    private static <T> void insert(RegistryKit kit, List<T> drafts, Insert<T> insert) {
        for (int from = 0; from < drafts.size(); from += 1000) {
            int f = from;
            as(COORDINATOR, () -> kit.db.transactions().write(c -> {
                for (T d : drafts.subList(f, Math.min(f + 1000, drafts.size()))) {
                    insert.apply(c, d);
                }
                return null;
            }));
        }
    }

    /** 10,000 organisation rows as Excel would save them (Shift_JIS), validated and then imported. */
    private static void importTenThousand() throws Exception {
        DemoData data = new DemoData(11L, DemoDataTest.demoAreas(), ActivityFieldCsv.loadDefault(), RegistryKit.TODAY);
        Path folder = Path.of("target/registry-bench/import-" + System.currentTimeMillis());
        try (RegistryKit kit =
                new RegistryKit(TestDatabase.derbyOnDisk(folder, "jp.kyodo.core", "jp.kyodo.registry"))) {
            kit.backend.areas = DemoDataTest.demoAreas();
            OrganisationCsv layout = new OrganisationCsv(kit.backend.organisations());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CsvWriter csv = new CsvWriter(new OutputStreamWriter(bytes, Transfer.SHIFT_JIS));
            csv.row(layout.columns());
            for (OrganisationDraft d : data.organisations(10_000)) {
                csv.row(layout.row(d, java.util.Optional.of(ActivityFieldCsv.loadDefault())));
            }
            csv.flush();
            byte[] file = bytes.toByteArray();
            System.gc();
            long baseline = liveHeap();
            AtomicLong peak = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(liveHeap(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            long t0 = System.nanoTime();
            ImportReport dry = as(
                    COORDINATOR,
                    () -> kit.transfer.importCsv(
                            PartnerKind.ORGANISATION, new ByteArrayInputStream(file), false, null));
            long t1 = System.nanoTime();
            ImportReport done = as(
                    COORDINATOR,
                    () -> kit.transfer.importCsv(PartnerKind.ORGANISATION, new ByteArrayInputStream(file), true, null));
            long t2 = System.nanoTime();
            sampler.interrupt();
            System.out.printf(
                    Locale.ROOT,
                    "import of %,d rows (%s, %.1f MB, Derby on disk): dry run %.1f s, validate + commit %.1f s, %d errors; live heap after GC at most +%d MB over %d MB before%n",
                    done.imported(),
                    done.encoding(),
                    file.length / 1e6,
                    (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9,
                    dry.errors().size() + done.errors().size(),
                    (peak.get() - baseline) >> 20,
                    baseline >> 20);
            if (!done.committed()) {
                System.out.println("first errors: "
                        + done.errors().subList(0, Math.min(5, done.errors().size())));
            }
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The heap still in use after the most recent collection of each pool: what is really held. */
    private static long liveHeap() {
        long used = 0;
        for (java.lang.management.MemoryPoolMXBean pool :
                java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return used;
    }

    private static double time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1e6;
    }

    static double percentile(List<Double> values, int p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
