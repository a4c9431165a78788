package jp.kyodo.web.internal.rest;

import jp.kyodo.web.internal.PlatformServices;
import jp.kyodo.web.internal.registry.Whiteboard;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

/** The Jersey application behind {@code /api/*}. */
public final class RestApplication {

    private RestApplication() {}

    /** A servlet serving the API; authentication happens before it, in {@link ApiAuthenticationFilter}. */
    public static ServletContainer servlet(Whiteboard whiteboard, PlatformServices platform) {
        ResourceConfig config = new ResourceConfig()
                .setApplicationName("kyodo-api")
                // everything registered explicitly: no class-path scanning or service-file discovery in OSGi
                .property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServerProperties.BV_FEATURE_DISABLE, true)
                .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true)
                .register(JacksonFeature.withoutExceptionMappers())
                .register(new JsonMapping())
                .register(new ExceptionMappers.Domain())
                .register(new ExceptionMappers.Web())
                .register(new ExceptionMappers.Unexpected())
                .register(RolesAllowedFilter.class)
                .register(new ApiRoot(whiteboard, new Health(platform)));
        return new ServletContainer(config);
    }
}
