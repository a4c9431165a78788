package jp.kyodo.matching;

import java.util.List;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;

/**
 * The register of collaboration projects (協働事業台帳) and the collective-impact agendas they join.
 * Staff record and update their projects; coordinators manage agendas. Other modules create projects
 * through this service (a granted proposal becomes a project) when the matching module is installed.
 */
public interface CollaborationProjects {

    /** Sort keys of {@link #search} ({@link PageRequest#sort()}); without one, recently changed first. */
    String SORT_UPDATED = "updated";

    String SORT_TITLE = "title";

    String SORT_STARTS = "startsOn";

    String SORT_ENDS = "endsOn";

    String SORT_BUDGET = "budget";

    Project get(long id);

    Page<Project> search(ProjectQuery query, PageRequest page);

    Project create(ProjectDraft draft);

    Project update(long id, int expectedVersion, ProjectDraft draft);

    Agenda getAgenda(long id);

    List<Agenda> agendas();

    Agenda createAgenda(AgendaDraft draft);

    Agenda updateAgenda(long id, int expectedVersion, AgendaDraft draft);
}
