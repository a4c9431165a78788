package jp.kyodo.training.internal;

import static jp.kyodo.training.internal.TrainingKit.COORDINATOR;
import static jp.kyodo.training.internal.TrainingKit.STAFF;
import static jp.kyodo.training.internal.TrainingKit.VIEWER;
import static jp.kyodo.training.internal.TrainingKit.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.security.Actor;
import jp.kyodo.core.security.Role;
import jp.kyodo.testing.DatabaseTest;
import jp.kyodo.training.Assignment;
import jp.kyodo.training.DepartmentProgress;
import jp.kyodo.training.StaffMember;
import jp.kyodo.training.Training;
import jp.kyodo.training.TrainingDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@DatabaseTest
class StaffTrainingTest {

    private static final List<String> DEPARTMENTS = List.of("市民協働推進課", "環境政策課", "防災課");

    private final TrainingKit kit = new TrainingKit();

    @AfterEach
    void close() {
        kit.close();
    }

    private static TrainingDraft draft(Set<String> departments) {
        return new TrainingDraft("協働とは何か", "", "https://intranet.example.lg.jp/v.mp4", "", 2026, null, departments);
    }

    @Test
    void aTrainingForChosenDepartmentsIsAssignedToTheirStaffOnly() {
        kit.roster(30, DEPARTMENTS);
        Training t = as(COORDINATOR, () -> kit.trainings.create(draft(Set.of("環境政策課", "防災課"))));
        assertEquals(20, t.assigned());
        List<DepartmentProgress> progress = as(VIEWER, () -> kit.trainings.progress(t.id()));
        assertEquals(
                List.of("環境政策課", "防災課"),
                progress.stream().map(DepartmentProgress::department).toList());
        ValidationException e = assertThrows(
                ValidationException.class, () -> as(COORDINATOR, () -> kit.trainings.create(draft(Set.of("存在しない課")))));
        assertEquals("departments", e.errors().get(0).field());
    }

    @Test
    void staffCompleteTheirOwnAndProgressIsCountedPerDepartment() {
        List<StaffMember> staff = kit.roster(30, DEPARTMENTS);
        Training t = as(COORDINATOR, () -> kit.trainings.create(draft(Set.of())));
        assertEquals(30, t.assigned());
        Training after = as(STAFF, () -> kit.trainings.completeMine(t.id()));
        assertEquals(1, after.completed());
        assertEquals(1, as(STAFF, () -> kit.trainings.completeMine(t.id())).completed(), "again changes nothing");
        List<Assignment> mine = as(STAFF, () -> kit.trainings.myAssignments());
        assertEquals(1, mine.size());
        assertNotNull(mine.get(0).completedAt());
        long second = as(STAFF, () -> kit.trainings.staff("S00002", PageRequest.first(5)))
                .items()
                .get(0)
                .id();
        as(STAFF, () -> kit.trainings.recordCompletion(t.id(), second));
        List<DepartmentProgress> progress = as(VIEWER, () -> kit.trainings.progress(t.id()));
        DepartmentProgress kyodo = progress.stream()
                .filter(p -> p.department().equals("市民協働推進課"))
                .findFirst()
                .orElseThrow();
        assertEquals(10, kyodo.assigned());
        assertEquals(1, kyodo.completed());
        assertEquals(10.0, kyodo.rate());
        assertEquals(6.7, as(VIEWER, () -> kit.trainings.get(t.id())).completionRate());
        assertTrue(staff.size() == 30);
    }

    @Test
    void someoneNotInTheRosterIsToldSo() {
        kit.roster(3, DEPARTMENTS);
        Training t = as(COORDINATOR, () -> kit.trainings.create(draft(Set.of())));
        Actor stranger = new Actor("gaibu", Set.of(Role.VIEWER), "10.0.0.9");
        ValidationException e =
                assertThrows(ValidationException.class, () -> as(stranger, () -> kit.trainings.completeMine(t.id())));
        assertTrue(e.getMessage().contains("職員名簿"), e.getMessage());
    }

    @Test
    void remindersGoToThoseWhoHaveNotCompleted() {
        kit.roster(12, DEPARTMENTS);
        Training t = as(COORDINATOR, () -> kit.trainings.create(draft(Set.of())));
        as(STAFF, () -> kit.trainings.completeMine(t.id()));
        assertEquals(11, as(COORDINATOR, () -> kit.trainings.remind(t.id())));
        assertEquals(11, as(COORDINATOR, () -> kit.trainings.remind(t.id())));
        List<Assignment> open = as(STAFF, () -> kit.trainings.assignments(t.id(), true, PageRequest.first(50)))
                .items();
        assertEquals(11, open.size());
        assertTrue(open.stream().allMatch(a -> a.reminders() == 2 && a.completedAt() == null));
    }

    @Test
    void aTrainingNeedsMaterialAndStaff() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> as(
                        COORDINATOR,
                        () -> kit.trainings.create(new TrainingDraft("研修", "", "ftp://x", "", 2026, null, Set.of()))));
        assertEquals("videoUrl", e.errors().get(0).field());
        ValidationException nobody = assertThrows(
                ValidationException.class, () -> as(COORDINATOR, () -> kit.trainings.create(draft(Set.of()))));
        assertTrue(nobody.getMessage().contains("職員名簿"), nobody.getMessage());
    }
}
