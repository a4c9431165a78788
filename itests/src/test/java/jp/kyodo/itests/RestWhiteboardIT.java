package jp.kyodo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Hashtable;
import java.util.HexFormat;
import java.util.Map;
import jp.kyodo.core.security.SecurityContext;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;

/**
 * The REST whiteboard in the running distribution: a resource published as a service is served
 * under /api/v1/ with authentication and roles, and goes away with the service; the health
 * endpoint needs no login.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RestWhiteboardIT extends KyodoTestSupport {

    private static final String COORDINATOR_TOKEN = "it-coordinator-token-0123456789";
    private static final String VIEWER_TOKEN = "it-viewer-token-0123456789";

    @Override
    protected Option[] additionalOptions() {
        return new Option[] {
            editConfigurationFilePut(
                    "etc/jp.kyodo.web.cfg",
                    "apiTokens",
                    "it-batch:kyodo-coordinator:" + sha256(COORDINATOR_TOKEN) + ",it-viewer:kyodo-viewer:"
                            + sha256(VIEWER_TOKEN))
        };
    }

    /** A plugin's resource: who is calling, as the domain services see it. */
    @Produces("application/json")
    public static final class WhoAmI {
        @GET
        public Map<String, Object> get() {
            return Map.of("user", SecurityContext.require().userName());
        }
    }

    /** A public resource: what the caller sees of the security context. */
    @Produces("application/json")
    public static final class Open {
        @GET
        public Map<String, Object> get() {
            return Map.of("signedIn", SecurityContext.current().isPresent());
        }
    }

    @Test
    public void publicResourceIsOpenReadOnlyAndRunsWithoutACaller() throws Exception {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("kyodo.rest.path", "it-open");
        props.put("kyodo.rest.public", Boolean.TRUE);
        props.put("kyodo.rest.roles", "kyodo-admin");
        ServiceRegistration<Object> registration = bundleContext.registerService(Object.class, new Open(), props);
        try {
            HttpAnswer anonymous = awaitStatus("/api/v1/public/it-open", null, 200);
            assertEquals("{\"signedIn\":false}", anonymous.body());
            // a token does not put its client into a public call either
            assertEquals(
                    "{\"signedIn\":false}",
                    httpGet("/api/v1/public/it-open", COORDINATOR_TOKEN).body());
            // only under public/, and only to read
            assertEquals(401, httpGet("/api/v1/it-open", null).status());
            assertEquals(404, httpGet("/api/v1/it-open", COORDINATOR_TOKEN).status());
            HttpAnswer post = httpPost("/api/v1/public/it-open", null, "{}");
            assertEquals(405, post.status());
            assertTrue(post.body(), post.body().contains("\"error\":\"method-not-allowed\""));
        } finally {
            registration.unregister();
        }
        awaitStatus("/api/v1/public/it-open", null, 404);
        // gone (its module stopping or updated) is not read only: a writer learns there is nothing there
        assertEquals(404, httpPost("/api/v1/public/it-open", null, "{}").status());
    }

    @Test
    public void healthNeedsNoLoginAndListsModules() throws Exception {
        HttpAnswer health = awaitStatus("/api/v1/health", null, 200);
        assertTrue(health.body(), health.body().contains("\"kyodo-web\""));
        assertTrue(health.body(), health.body().contains("\"kyodo-base\""));
    }

    @Test
    public void publishedResourceIsServedWithRolesAndGoesAwayWithItsService() throws Exception {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("kyodo.rest.path", "it-whoami");
        props.put("kyodo.rest.roles", "kyodo-coordinator");
        ServiceRegistration<Object> registration = bundleContext.registerService(Object.class, new WhoAmI(), props);
        try {
            HttpAnswer ok = awaitStatus("/api/v1/it-whoami", COORDINATOR_TOKEN, 200);
            assertTrue(ok.body(), ok.body().contains("\"user\":\"api:it-batch\""));

            HttpAnswer anonymous = httpGet("/api/v1/it-whoami", null);
            assertEquals(401, anonymous.status());
            assertTrue(anonymous.body(), anonymous.body().contains("\"error\""));

            HttpAnswer viewer = httpGet("/api/v1/it-whoami", VIEWER_TOKEN);
            assertEquals(403, viewer.status());
            assertTrue(viewer.body(), viewer.body().contains("\"error\":\"access-denied\""));

            HttpAnswer wrongToken = httpGet("/api/v1/it-whoami", "not-a-token");
            assertEquals(401, wrongToken.status());
        } finally {
            registration.unregister();
        }
        awaitStatus("/api/v1/it-whoami", COORDINATOR_TOKEN, 404);
    }

    private static HttpAnswer awaitStatus(String path, String token, int status) throws Exception {
        return awaitHttp(path, token, a -> a.status() == status, 30);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
