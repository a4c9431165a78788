package jp.kyodo.itests;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape every Kyodo module keeps (architecture.md), checked on the bundles the distribution ships —
 * every {@code jp.kyodo.*} jar in its {@code system/} repository, so a new module is checked the moment
 * its feature is in the build:
 *
 * <ul>
 *   <li>a domain bundle ({@code jp.kyodo.<domain>}: API + {@code .internal}) imports nothing of the web
 *       runtime, so updating the web bundle never restarts a domain and a domain runs headless;
 *   <li>an API package never uses an {@code .internal} type; no bundle reaches into another bundle's
 *       {@code .internal} packages (a web-facing {@code .ui} bundle uses only its domain's API);
 *   <li>the core depends on no domain and not on the web runtime.
 * </ul>
 */
class ArchitectureTest {

    /** Packages only the web runtime provides. */
    private static final List<String> WEB_RUNTIME = List.of("jp.kyodo.web", "jakarta.ws.rs", "com.vaadin");

    /** Bundles that are not domains: the platform's own. */
    private static final List<String> PLATFORM = List.of("jp.kyodo.core", "jp.kyodo.web");

    private static Map<String, Path> bundles;
    private static JavaClasses classes;

    @BeforeAll
    static void unpackTheDistributionsBundles() throws Exception {
        String archive = System.getProperty("kyodo.dist.archive");
        assertNotNull(archive, "system property kyodo.dist.archive is not set (see itests/pom.xml)");
        Path dir = Path.of("target", "architecture");
        Files.createDirectories(dir);
        Process tar = new ProcessBuilder(
                        "tar", "xzf", archive, "-C", dir.toString(), "--wildcards", "*/system/jp/kyodo/jp.kyodo.*")
                .redirectErrorStream(true)
                .start();
        String out = new String(tar.getInputStream().readAllBytes());
        assertEquals(0, tar.waitFor(), out);
        bundles = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).toList()) {
                bundles.put(symbolicName(jar), jar);
            }
        }
        classes = new ClassFileImporter()
                .importJars(
                        bundles.values().stream().map(ArchitectureTest::jarFile).toList());
    }

    private static JarFile jarFile(Path jar) {
        try {
            return new JarFile(jar.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Manifest manifest(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest();
        }
    }

    private static String symbolicName(Path jar) throws IOException {
        return manifest(jar)
                .getMainAttributes()
                .getValue("Bundle-SymbolicName")
                .split(";")[0]
                .strip();
    }

    /** {@code jp.kyodo.registry}, not {@code jp.kyodo.registry.ui}, {@code jp.kyodo.core} or the web bundle. */
    private static boolean isDomain(String bundle) {
        return !PLATFORM.contains(bundle) && !bundle.endsWith(".ui") && !bundle.endsWith(".web");
    }

    @Test
    void theDistributionShipsTheBundlesChecked() {
        assertTrue(
                bundles.keySet().containsAll(List.of("jp.kyodo.core", "jp.kyodo.web", "jp.kyodo.registry")),
                "" + bundles.keySet());
        assertTrue(bundles.keySet().stream().anyMatch(ArchitectureTest::isDomain));
    }

    @Test
    void domainBundlesImportNothingOfTheWebRuntime() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, Path> b : bundles.entrySet()) {
            if (!isDomain(b.getKey())) {
                continue;
            }
            var main = manifest(b.getValue()).getMainAttributes();
            for (String header : List.of("Import-Package", "DynamicImport-Package", "Require-Bundle")) {
                String value = main.getValue(header);
                for (String pkg : packages(value)) {
                    if (WEB_RUNTIME.stream().anyMatch(w -> pkg.equals(w) || pkg.startsWith(w + "."))) {
                        violations.add(b.getKey() + " " + header + ": " + pkg);
                    }
                }
            }
        }
        assertEquals(List.of(), violations, "move REST resources, views and widgets to the domain's .ui bundle");
    }

    /** The names in a manifest header, without their attributes (commas inside quotes are not separators). */
    static List<String> packages(String header) {
        List<String> names = new ArrayList<>();
        if (header == null) {
            return names;
        }
        boolean quoted = false;
        StringBuilder clause = new StringBuilder();
        for (char ch : (header + ",").toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            }
            if (ch == ',' && !quoted) {
                String name = clause.toString().split(";")[0].strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
                clause.setLength(0);
            } else {
                clause.append(ch);
            }
        }
        return names;
    }

    @Test
    void domainClassesUseNothingOfTheWebRuntime() {
        List<String> violations = new ArrayList<>();
        for (JavaClass c : classes) {
            if (!isDomain(bundleOf(c))) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getPackageName();
                if (WEB_RUNTIME.stream().anyMatch(w -> target.equals(w) || target.startsWith(w + "."))) {
                    violations.add(d.getDescription());
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void apiPackagesNeverUseInternalTypes() {
        noClasses()
                .that(not(resideInAPackage("..internal..")))
                .and(resideInAPackage("jp.kyodo.."))
                .should()
                .dependOnClassesThat(resideInAPackage("jp.kyodo..internal.."))
                .because("an exported API must not expose a bundle's private types")
                .check(classes);
    }

    @Test
    void noBundleReachesIntoAnotherBundlesInternals() {
        List<String> violations = new ArrayList<>();
        for (JavaClass c : classes) {
            String from = bundleOf(c);
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass().getBaseComponentType();
                if (target.getPackageName().contains(".internal")
                        && target.getPackageName().startsWith("jp.kyodo.")) {
                    String to = bundleOf(target);
                    if (!from.equals(to)) {
                        violations.add(from + " → " + to + ": " + d.getDescription());
                    }
                }
            }
        }
        assertEquals(List.of(), violations, "use the other bundle's API services instead");
    }

    @Test
    void theCoreDependsOnNoDomainAndNotOnTheWeb() {
        noClasses()
                .that(resideInAPackage("jp.kyodo.core.."))
                .should()
                .dependOnClassesThat(resideInAPackage("jp.kyodo..").and(not(resideInAPackage("jp.kyodo.core.."))))
                .check(classes);
    }

    /** The bundle a class was imported from (its jar's symbolic name). */
    private static String bundleOf(JavaClass c) {
        String location = c.getSource().map(s -> s.getUri().toString()).orElse("");
        for (Map.Entry<String, Path> b : bundles.entrySet()) {
            if (location.contains(b.getValue().getFileName().toString())) {
                return b.getKey();
            }
        }
        return "(outside the bundles: " + c.getName() + ")";
    }

    @Test
    void theHelperThatSplitsHeadersKeepsQuotedVersionRanges() {
        assertEquals(
                List.of("jp.kyodo.core", "org.slf4j"),
                packages("jp.kyodo.core;version=\"[1.0,2)\",org.slf4j;version=\"[1.7,2)\""));
        assertFalse(packages(null).iterator().hasNext());
    }
}
