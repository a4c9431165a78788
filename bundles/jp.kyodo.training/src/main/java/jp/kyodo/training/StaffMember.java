package jp.kyodo.training;

/**
 * A member of the city's staff in the training roster.
 *
 * @param staffNumber 職員番号
 * @param department 所属 (as the personnel system names it)
 * @param userName the sign-in name, so staff can complete their own trainings; empty when none
 */
public record StaffMember(
        long id, String staffNumber, String name, String department, String userName, boolean active) {}
