package jp.kyodo.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {

    @ParameterizedTest
    @CsvSource({
        "ADMIN, kyodo-admin, 管理者",
        "COORDINATOR, kyodo-coordinator, 協働推進担当",
        "STAFF, kyodo-staff, 職員",
        "VIEWER, kyodo-viewer, 閲覧者"
    })
    void namesAndLabels(Role role, String roleName, String label) {
        assertEquals(roleName, role.roleName());
        assertEquals(label, role.labelJa());
        assertEquals(Optional.of(role), Role.fromRoleName(roleName));
        assertEquals(Optional.of(role), Role.fromRoleName(" " + roleName + " "));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"admin", "ADMIN", "Kyodo-Admin", "kyodo-admins", "karaf-admin"})
    void otherNamesAreNotKyodoRoles(String roleName) {
        assertTrue(Role.fromRoleName(roleName).isEmpty());
    }

    /** Rows: the role; columns: whether it includes ADMIN, COORDINATOR, STAFF, VIEWER. */
    @ParameterizedTest
    @CsvSource({
        "ADMIN, true, true, true, true",
        "COORDINATOR, false, true, true, true",
        "STAFF, false, false, true, true",
        "VIEWER, false, false, false, true"
    })
    void hierarchy(Role role, boolean admin, boolean coordinator, boolean staff, boolean viewer) {
        assertEquals(admin, role.includes(Role.ADMIN));
        assertEquals(coordinator, role.includes(Role.COORDINATOR));
        assertEquals(staff, role.includes(Role.STAFF));
        assertEquals(viewer, role.includes(Role.VIEWER));
    }
}
