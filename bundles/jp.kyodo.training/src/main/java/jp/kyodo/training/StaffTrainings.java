package jp.kyodo.training;

import java.util.List;
import java.util.Optional;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;

/**
 * Staff e-learning (職員研修): the staff roster, trainings assigned to all staff or chosen departments,
 * completion per department, reminders. Coordinators manage; every member of staff completes their own; anyone
 * signed in reads the progress (no names); staff read the names of those who have not completed.
 */
@org.osgi.annotation.versioning.ProviderType
public interface StaffTrainings {

    /**
     * Adds or updates staff by staff number (職員番号); members not in the list stay as they are.
     *
     * @return how many were added or changed
     */
    int saveStaff(List<StaffMember> members);

    /** Active staff in staff-number order. */
    Page<StaffMember> staff(String text, PageRequest page);

    /** Departments of active staff, in order. */
    List<String> departments();

    /** The signed-in user's roster entry, if they have one. */
    Optional<StaffMember> me();

    Training get(long id);

    /** Newest first. */
    Page<Training> search(String text, Integer fiscalYear, PageRequest page);

    /** Creates the training and assigns it to the active staff of its departments (all when none are named). */
    Training create(TrainingDraft draft);

    /** The signed-in member of staff completed the training (again: nothing changes). */
    Training completeMine(long trainingId);

    /** Records a completion for a member of staff (on a paper sign-in sheet, say). Staff and above. */
    Training recordCompletion(long trainingId, long staffId);

    /** Completion per department, in department order. */
    List<DepartmentProgress> progress(long trainingId);

    /** Assignments of the training, those not completed first, by department. Staff; names are shown. */
    Page<Assignment> assignments(long trainingId, boolean onlyOpen, PageRequest page);

    /** The signed-in user's assignments, open first. */
    List<Assignment> myAssignments();

    /**
     * Reminds everyone who has not completed the training: each assignment's reminder count goes up and one
     * event per reminder round is posted for the mail/notice integration. @return how many were reminded
     */
    int remind(long trainingId);
}
