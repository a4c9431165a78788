package jp.kyodo.registry.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;
import java.util.Set;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.PartnerType;
import org.junit.jupiter.api.Test;

class RoutesTest {

    @Test
    void hitsLinkToTheRecordPageOfTheirKind() {
        assertEquals("registry/organisation?id=12", Routes.of(summary(12, PartnerType.CIVIC)));
        assertEquals("registry/person?id=7", Routes.of(summary(7, PartnerType.CITIZEN)));
    }

    @Test
    void idIsAPositiveNumberOrNothing() {
        assertEquals(Optional.of(42L), Routes.id(QueryParameters.fromString("id=42")));
        assertEquals(Optional.empty(), Routes.id(QueryParameters.fromString("id=abc")));
        assertEquals(Optional.empty(), Routes.id(QueryParameters.fromString("id=-1")));
        assertEquals(Optional.empty(), Routes.id(QueryParameters.fromString("id=1&id=2")));
        assertEquals(Optional.empty(), Routes.id(QueryParameters.empty()));
    }

    private static PartnerSummary summary(long id, PartnerType type) {
        return new PartnerSummary(id, type, "名前", "なまえ", "", Set.of(), Set.of(), false, false, false, true);
    }
}
