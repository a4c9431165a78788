package jp.kyodo.training.internal;

import static jp.kyodo.training.internal.TrainingBackend.MESSAGES;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.training.Assignment;
import jp.kyodo.training.DepartmentProgress;
import jp.kyodo.training.StaffMember;
import jp.kyodo.training.StaffTrainings;
import jp.kyodo.training.Training;
import jp.kyodo.training.TrainingDraft;
import jp.kyodo.training.TrainingTopics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = StaffTrainings.class)
public class StaffTrainingService implements StaffTrainings {

    static final String RECORD = "training.training";
    static final String STAFF_RECORD = "training.staff";

    private final TrainingBackend b;
    private final StaffStore store = new StaffStore();

    @Activate
    public StaffTrainingService(@Reference TrainingBackend backend) {
        this.b = backend;
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException(MESSAGES.get("training.notFound", id));
    }

    @Override
    public int saveStaff(List<StaffMember> members) {
        Permissions.requireRole(Role.COORDINATOR);
        Checks k = new Checks();
        for (int i = 0; i < members.size(); i++) {
            StaffMember m = members.get(i);
            String at = "staff[" + i + "].";
            k.required(at + "staffNumber", m.staffNumber(), 20)
                    .required(at + "name", m.name(), 100)
                    .required(at + "department", m.department(), 100)
                    .max(at + "userName", m.userName(), 100);
        }
        k.throwIfAny();
        int changed = b.write(c -> {
            int n = 0;
            for (StaffMember m : members) {
                if (store.save(c, m)) {
                    n++;
                }
            }
            b.audit(AuditAction.UPDATE, STAFF_RECORD, 0, "職員名簿 " + n + " 名を登録・更新");
            return n;
        });
        return changed;
    }

    @Override
    public Page<StaffMember> staff(String text, PageRequest page) {
        Permissions.requireRole(Role.STAFF);
        return b.read(c -> store.staffPage(c, text, page));
    }

    @Override
    public List<String> departments() {
        Permissions.requireRole(Role.VIEWER);
        return b.read(store::departments);
    }

    @Override
    public Optional<StaffMember> me() {
        String user = jp.kyodo.core.security.SecurityContext.require().userName();
        return b.read(c -> store.byUser(c, user));
    }

    @Override
    public Training get(long id) {
        Permissions.requireRole(Role.VIEWER);
        return b.read(c -> store.training(c, id)).orElseThrow(() -> notFound(id));
    }

    @Override
    public Page<Training> search(String text, Integer fiscalYear, PageRequest page) {
        Permissions.requireRole(Role.VIEWER);
        return b.read(c -> store.trainings(c, text == null ? "" : text, fiscalYear, page));
    }

    @Override
    public Training create(TrainingDraft d) {
        Permissions.requireRole(Role.COORDINATOR);
        Checks k = new Checks()
                .required("title", d.title(), 200)
                .max("description", d.description(), 4000)
                .url("videoUrl", d.videoUrl())
                .url("slidesUrl", d.slidesUrl())
                .range("fiscalYear", d.fiscalYear(), 2000, 2100);
        if (d.videoUrl().isEmpty() && d.slidesUrl().isEmpty()) {
            k.error("videoUrl", "training.noMaterial");
        }
        k.throwIfAny();
        long id = b.write(c -> {
            List<String> known = store.departments(c);
            for (String department : d.departments()) {
                if (!known.contains(department)) {
                    throw ValidationException.of("departments", MESSAGES.get("training.unknownDepartment", department));
                }
            }
            long newId = store.insertTraining(c, d, b.now());
            int assigned = store.assign(c, newId, d.departments());
            if (assigned == 0) {
                throw ValidationException.of("departments", MESSAGES.get("training.nobody"));
            }
            b.audit(AuditAction.CREATE, RECORD, newId, "職員研修「" + d.title() + "」を " + assigned + " 名に割当");
            return newId;
        });
        b.post(TrainingTopics.TRAINING_CREATED, id);
        return get(id);
    }

    @Override
    public Training completeMine(long trainingId) {
        Permissions.requireRole(Role.VIEWER);
        StaffMember me = me().orElseThrow(() -> ValidationException.of("staff", MESSAGES.get("training.notStaff")));
        return completion(trainingId, me);
    }

    @Override
    public Training recordCompletion(long trainingId, long staffId) {
        Permissions.requireRole(Role.STAFF);
        StaffMember m = b.read(c -> store.staff(c, staffId))
                .orElseThrow(() -> ValidationException.of("staffId", MESSAGES.get("training.noStaff", staffId)));
        return completion(trainingId, m);
    }

    private Training completion(long trainingId, StaffMember m) {
        Training t = get(trainingId);
        b.write(c -> {
            if (!store.complete(c, trainingId, m.id(), b.now())) {
                throw ValidationException.of(
                        "staff",
                        MESSAGES.get(
                                "training.notAssigned", m.name(), t.details().title()));
            }
            b.audit(AuditAction.UPDATE, RECORD, trainingId, "受講完了（職員番号 " + m.staffNumber() + "）");
            return null;
        });
        b.post(TrainingTopics.TRAINING_UPDATED, trainingId);
        return get(trainingId);
    }

    @Override
    public List<DepartmentProgress> progress(long trainingId) {
        get(trainingId);
        return b.read(c -> store.progress(c, trainingId));
    }

    @Override
    public Page<Assignment> assignments(long trainingId, boolean onlyOpen, PageRequest page) {
        Permissions.requireRole(Role.STAFF);
        get(trainingId);
        return b.read(c -> store.assignments(c, trainingId, onlyOpen, page));
    }

    @Override
    public List<Assignment> myAssignments() {
        Permissions.requireRole(Role.VIEWER);
        Optional<StaffMember> me = me();
        if (me.isEmpty()) {
            return List.of();
        }
        return b.read(c -> store.assignmentsOf(c, me.get().id()));
    }

    @Override
    public int remind(long trainingId) {
        Permissions.requireRole(Role.COORDINATOR);
        Training t = get(trainingId);
        int n = b.write(c -> {
            int reminded = store.remind(c, trainingId, b.now());
            b.audit(AuditAction.UPDATE, RECORD, trainingId, "未受講の " + reminded + " 名に督促");
            return reminded;
        });
        if (n > 0) {
            b.post(TrainingTopics.REMINDER_CREATED, t.id(), Map.of(TrainingTopics.COUNT, n));
        }
        return n;
    }
}
