package jp.kyodo.itests;

import static org.junit.Assert.assertNotNull;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.karaf.features.BootFinished;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Base of every Pax Exam test: boots the distribution this build produced (karaf-dist), on free
 * ports, with a known administrator password, and keeps its folder under {@code target/exam/} so a
 * failure can be investigated from its {@code data/log/karaf.log}.
 *
 * <p>Pax Exam calls {@code @Configuration} more than once in the test JVM, so ports and files are
 * chosen once, in static fields.
 */
public abstract class KyodoTestSupport {

    /** The administrator's password handed to the distribution at install time. */
    protected static final String ADMIN_PASSWORD = "Kyodo-IT-Admin-2026";

    /**
     * What the container boots: Karaf's base and Kyodo's base, web and registry, without the domain
     * modules the distribution also boots (karaf-dist/pom.xml), so that tests install and remove each
     * one alone as an operator would.
     */
    static final String BASE_BOOT_FEATURES = String.join(
            ", ",
            "(wrap)",
            "instance",
            "package",
            "log",
            "ssh",
            "framework",
            "system",
            "feature",
            "eventadmin",
            "shell",
            "management",
            "service",
            "jaas",
            "deployer",
            "diagnostic",
            "bundle",
            "config",
            "kar",
            "scr",
            "kyodo-base",
            "kyodo-web",
            "kyodo-registry");

    protected static final String SSH_PORT = freePort();
    protected static final String HTTP_PORT = freePort();
    private static final File ADMIN_PASSWORD_FILE = passwordFile();

    @Inject
    protected BundleContext bundleContext;

    /** Injection waits until every boot feature is installed. */
    @Inject
    protected BootFinished bootFinished;

    @Inject
    protected SessionFactory sessionFactory;

    @Configuration
    public Option[] config() {
        String dist = System.getProperty("kyodo.dist.archive");
        assertNotNull("system property kyodo.dist.archive is not set (see itests/pom.xml)", dist);
        String karafVersion = System.getProperty("kyodo.karaf.version", "4.4.10");
        return options(
                karafDistributionConfiguration()
                        .frameworkUrl(new File(dist).toURI().toString())
                        .karafVersion(karafVersion)
                        .name("kyodo")
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                keepRuntimeFolder(),
                // tests may start while boot features are still installing (Karaf's features service is
                // briefly away then, and the probe's invoker comes late): on a busy 2-core machine 10 s,
                // Pax Exam's default for both, was seen too short
                vmOption("-Dpax.exam.service.timeout=60000"),
                vmOption("-Dorg.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT=60000"),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.INFO),
                editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot", BASE_BOOT_FEATURES),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", SSH_PORT),
                editConfigurationFilePut("etc/jp.kyodo.web.cfg", "httpPort", HTTP_PORT),
                replaceConfigurationFile("etc/kyodo-admin.password", ADMIN_PASSWORD_FILE),
                // the container resolves Pax Exam's own bundles through its pax-url-aether
                editConfigurationFilePut(
                        "etc/org.ops4j.pax.url.mvn.cfg",
                        "org.ops4j.pax.url.mvn.localRepository",
                        System.getProperty("kyodo.m2.local", System.getProperty("user.home") + "/.m2/repository")),
                probeTimeouts(),
                composite(additionalOptions()),
                java17Options(karafVersion));
    }

    /** Options a test class adds to the common ones. */
    protected Option[] additionalOptions() {
        return new Option[0];
    }

    /**
     * Pax Exam's own bundles in the container wait 10 s (their default) for each other when the probe
     * arrives: the extender for the JUnit invoker, the invoker for the injector. The features service
     * may start them after Kyodo's bundles, whose activation (web server, Hibernate, Derby, migrations)
     * takes longer than that on a loaded machine; then no test ever runs and the test JVM waits 180 s
     * for the probe, test after test, as if the container hung at boot.
     */
    private static Option probeTimeouts() {
        return composite(
                vmOption("-Dorg.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT=180000"),
                vmOption("-Dorg.ops4j.pax.exam.invoker.junit.internal.JUnitProbeInvokerFactory.DEFAULT_TIMEOUT=180000"),
                vmOption("-Dorg.ops4j.pax.swissbox.tracker.ServiceLookup.DEFAULT_TIMEOUT=180000"));
    }

    /** What bin/karaf adds on Java 9+ and Pax Exam's runner does not. */
    private static Option java17Options(String karafVersion) {
        return composite(
                vmOption("--add-reads=java.xml=java.logging"),
                vmOption("--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED"),
                vmOption("--patch-module"),
                vmOption("java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karafVersion + ".jar"),
                vmOption("--patch-module"),
                vmOption("java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karafVersion + ".jar"),
                vmOption("--add-opens"),
                vmOption("java.base/java.security=ALL-UNNAMED"),
                vmOption("--add-opens"),
                vmOption("java.base/java.net=ALL-UNNAMED"),
                vmOption("--add-opens"),
                vmOption("java.base/java.lang=ALL-UNNAMED"),
                vmOption("--add-opens"),
                vmOption("java.base/java.util=ALL-UNNAMED"),
                vmOption("--add-opens"),
                vmOption("java.naming/javax.naming.spi=ALL-UNNAMED"),
                vmOption("--add-opens"),
                vmOption("java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED"),
                vmOption("--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED"),
                vmOption("--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED"),
                vmOption("--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED"),
                vmOption("--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED"),
                vmOption("--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED"),
                vmOption("--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED"),
                vmOption("--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED"),
                vmOption("--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED"),
                vmOption("--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED"),
                vmOption("--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED"),
                vmOption("--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED"));
    }

    protected static String freePort() {
        return Integer.toString(Ports.free());
    }

    private static File passwordFile() {
        try {
            Path file = Files.createTempFile("kyodo-admin", ".password");
            Files.writeString(file, ADMIN_PASSWORD + "\n", StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return file.toFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The HTTP port the distribution was given. Read from its etc/ inside the container: the test
     * class is loaded anew there, so the static field holds another number on that side.
     */
    protected static int httpPort() {
        Path cfg = Path.of(System.getProperty("karaf.etc"), "jp.kyodo.web.cfg");
        Properties p = new Properties();
        try (var in = Files.newInputStream(cfg)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Integer.parseInt(p.getProperty("httpPort").strip());
    }

    /** An HTTP answer of the distribution's web server. */
    protected record HttpAnswer(int status, String body) {}

    /**
     * GET on the distribution's web server, from inside the container.
     *
     * @param token an API token for {@code Authorization: Bearer}, or null
     */
    protected static HttpAnswer httpGet(String path, String token) throws IOException {
        return http("GET", path, token, null);
    }

    /** POST of a JSON body on the distribution's web server, from inside the container. */
    protected static HttpAnswer httpPost(String path, String token, String json) throws IOException {
        return http("POST", path, token, json);
    }

    private static HttpAnswer http(String method, String path, String token, String json) throws IOException {
        HttpURLConnection c = (HttpURLConnection)
                URI.create("http://127.0.0.1:" + httpPort() + path).toURL().openConnection();
        c.setRequestMethod(method);
        c.setConnectTimeout(2000);
        c.setReadTimeout(30_000);
        if (token != null) {
            c.setRequestProperty("Authorization", "Bearer " + token);
        }
        if (json != null) {
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            try (var out = c.getOutputStream()) {
                out.write(json.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = c.getResponseCode();
        try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
            return new HttpAnswer(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Repeats {@link #httpGet} until the answer is as expected (the web server may still be starting). */
    protected static HttpAnswer awaitHttp(String path, String token, Predicate<HttpAnswer> expected, long seconds)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000;
        HttpAnswer last = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                last = httpGet(path, token);
                if (expected.test(last)) {
                    return last;
                }
            } catch (IOException notUpYet) {
                // the web server may still be starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("unexpected answer from " + path + " within " + seconds + " s, last: "
                + (last == null ? "no answer" : last.status() + " " + last.body()));
    }

    /** Runs a Karaf shell command as an operator would and returns what it printed. */
    protected String executeCommand(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, out, out);
        try {
            Object result = session.execute(command);
            if (result != null) {
                out.println(result);
            }
        } finally {
            out.flush();
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    protected Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    /**
     * Kyodo's bundles (jp.kyodo.*) that are not active — a fragment (jp.kyodo.derby.imports) that is not resolved —
     * with their state, for assertion messages.
     */
    protected List<String> inactiveKyodoBundles() {
        List<String> result = new ArrayList<>();
        for (Bundle b : bundleContext.getBundles()) {
            boolean fragment = b.getHeaders().get(org.osgi.framework.Constants.FRAGMENT_HOST) != null;
            if (b.getSymbolicName() != null
                    && b.getSymbolicName().startsWith("jp.kyodo")
                    && b.getState() != (fragment ? Bundle.RESOLVED : Bundle.ACTIVE)) {
                result.add(b.getSymbolicName() + " state=" + b.getState());
            }
        }
        return result;
    }

    protected static String join(List<?> items) {
        return items.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
