package jp.kyodo.funding.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.Optional;
import jp.kyodo.core.health.Readiness;
import org.junit.jupiter.api.Test;

class ReadinessTest {

    @Test
    void readyWhileTheServicesRunAndAMissingFontIsNamed() {
        FundingBackend backend =
                new FundingBackend(null, null, null, id -> Optional.empty(), Clock.systemUTC(), FundingKit.config());
        FundingReadiness check = new FundingReadiness(backend, null, null, null);
        assertEquals("services", check.name());
        Readiness r = check.check();
        assertTrue(r.ready());
        assertEquals("programmes, applications and funds running", r.detail());
        backend.modified(new FundingConfigurationWithFont("/nowhere/font.ttf"));
        assertTrue(check.check().ready());
        assertTrue(
                check.check().detail().contains("/nowhere/font.ttf"),
                check.check().detail());
    }

    /** The test configuration with another font. */
    private record FundingConfigurationWithFont(String receiptFont) implements FundingConfiguration {
        @Override
        public Class<? extends Annotation> annotationType() {
            return FundingConfiguration.class;
        }

        @Override
        public String receiptIssuer() {
            return "";
        }

        @Override
        public String cityName() {
            return "";
        }

        @Override
        public String cityCode() {
            return "";
        }

        @Override
        public String openDataLayout() {
            return "";
        }

        @Override
        public String proposalProjectForm() {
            return "GRANT";
        }
    }
}
