package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import jp.kyodo.core.DomainException;
import jp.kyodo.matching.Agenda;
import jp.kyodo.matching.CollaborationForm;
import jp.kyodo.matching.ExitStrategy;
import jp.kyodo.matching.Judgement;
import jp.kyodo.matching.Project;
import jp.kyodo.matching.ProjectDraft;
import jp.kyodo.web.YenField;

/**
 * A collaboration project's form, new or {@code ?id=N}: what and who (department, form, purpose), the
 * judgement checklist with notes, partners and their roles, period and budget, indicators with targets and
 * results, the evaluation and the exit strategy. Staff and above.
 */
final class ProjectForm extends MatchingForm<Project> {

    private static final long serialVersionUID = 1L;

    final TextField title;
    final ComboBox<PartnerRef> department;
    final Select<CollaborationForm> form;
    final TextArea purpose;
    final Checkbox publicBenefit = new Checkbox();
    final TextField publicBenefitNote;
    final Checkbox nonProfit = new Checkbox();
    final TextField nonProfitNote;
    final Checkbox synergy = new Checkbox();
    final TextField synergyNote;
    final PartnerRows partners;
    final DatePicker startsOn;
    final DatePicker endsOn;
    final YenField budget;
    final IndicatorRows indicators;
    final TextArea evaluation;
    final Select<ExitStrategy> exit;
    final ComboBox<Agenda> agenda = new ComboBox<>();
    /** Kept as loaded: where the project came from (a match, another module). */
    private Long matchId;

    private String source = "";

    ProjectForm(MatchingServices services) {
        super(services, "matching.projectForm.new", "matching.projectForm.edit", "matching-project-form");
        title = Fields.text(t("matching.project.title"), 200, "matching-project-title");
        department =
                Fields.department(t("matching.project.department"), services, labels, "matching-project-department");
        form = Fields.select(t("matching.project.form"), CollaborationForm.class, labels, "matching-project-form-kind");
        purpose = Fields.area(t("matching.project.purpose"), 4000, "matching-project-purpose");
        publicBenefit.setLabel(t("matching.judgement.publicBenefit"));
        publicBenefit.setId("matching-project-public-benefit");
        publicBenefitNote =
                Fields.text(t("matching.judgement.publicBenefitNote"), 1000, "matching-project-public-benefit-note");
        nonProfit.setLabel(t("matching.judgement.nonProfit"));
        nonProfit.setId("matching-project-non-profit");
        nonProfitNote = Fields.text(t("matching.judgement.nonProfitNote"), 1000, "matching-project-non-profit-note");
        synergy.setLabel(t("matching.judgement.synergy"));
        synergy.setId("matching-project-synergy");
        synergyNote = Fields.text(t("matching.judgement.synergyNote"), 1000, "matching-project-synergy-note");
        partners = new PartnerRows(services, labels);
        startsOn = Fields.date(t("matching.project.startsOn"), labels, "matching-project-starts");
        endsOn = Fields.date(t("matching.project.endsOn"), labels, "matching-project-ends");
        budget = Fields.yen(t("matching.project.budget"), labels, "matching-project-budget");
        indicators = new IndicatorRows(labels, true, "matching-project-indicators");
        evaluation = Fields.area(t("matching.project.evaluation"), 4000, "matching-project-evaluation");
        exit = Fields.select(t("matching.project.exit"), ExitStrategy.class, labels, "matching-project-exit");
        exit.setEmptySelectionAllowed(true);
        exit.setEmptySelectionCaption(t("matching.project.exitUndecided"));
        exit.setHelperText(t("matching.project.exitHelp"));
        agenda.setLabel(t("matching.project.agenda"));
        agenda.setItems(agendas());
        agenda.setItemLabelGenerator(a -> a.details().title());
        agenda.setClearButtonVisible(true);
        agenda.setWidthFull();
        agenda.setId("matching-project-agenda");
        errors.require("title", title, t("matching.form.required"))
                .require("departmentId", department, t("matching.form.required"))
                .require("form", form, t("matching.form.required"))
                .bind("purpose", purpose)
                .bind("judgement.publicBenefitNote", publicBenefitNote)
                .bind("judgement.nonProfitNote", nonProfitNote)
                .bind("judgement.synergyNote", synergyNote)
                .bind("startsOn", startsOn)
                .bind("endsOn", endsOn)
                .bind("budgetYen", budget)
                .bind("evaluation", evaluation)
                .bind("agendaId", agenda);
        Paragraph criteria = new Paragraph(t("matching.judgement.lead"));
        criteria.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        layout(
                section(t("matching.projectForm.what"), title, department, form, agenda, purpose),
                section(
                        t("matching.project.checklist"),
                        wide(criteria),
                        publicBenefit,
                        publicBenefitNote,
                        nonProfit,
                        nonProfitNote,
                        synergy,
                        synergyNote),
                section(t("matching.project.partners"), wide(partners)),
                section(t("matching.projectForm.periodBudget"), startsOn, endsOn, budget),
                section(t("matching.project.indicators"), wide(indicators)),
                section(t("matching.project.outcome"), evaluation, exit));
    }

    private List<Agenda> agendas() {
        try {
            return services.projects().agendas();
        } catch (DomainException e) {
            return List.of();
        }
    }

    @Override
    protected Project load(long id) {
        return services.projects().get(id);
    }

    @Override
    protected long idOf(Project p) {
        return p.id();
    }

    @Override
    protected int versionOf(Project p) {
        return p.version();
    }

    @Override
    protected void fill(Project p) {
        ProjectDraft d = p.details();
        title.setValue(d.title());
        department.setValue(new PartnerRef(d.departmentId(), p.departmentName(), ""));
        form.setValue(d.form());
        purpose.setValue(d.purpose());
        Judgement j = d.judgement();
        publicBenefit.setValue(j.publicBenefit());
        publicBenefitNote.setValue(j.publicBenefitNote());
        nonProfit.setValue(j.nonProfit());
        nonProfitNote.setValue(j.nonProfitNote());
        synergy.setValue(j.synergy());
        synergyNote.setValue(j.synergyNote());
        partners.setValue(d.partners());
        startsOn.setValue(d.startsOn());
        endsOn.setValue(d.endsOn());
        budget.setAmount(d.budgetYen());
        indicators.setValue(d.indicators());
        evaluation.setValue(d.evaluation());
        exit.setValue(d.exit());
        if (d.agendaId() != null) {
            agenda.getListDataView()
                    .getItems()
                    .filter(a -> a.id() == d.agendaId())
                    .findFirst()
                    .ifPresent(agenda::setValue);
        }
        matchId = d.matchId();
        source = d.source();
    }

    ProjectDraft draft() {
        return new ProjectDraft(
                title.getValue(),
                department.getValue() == null ? 0 : department.getValue().id(),
                form.getValue(),
                new Judgement(
                        publicBenefit.getValue(),
                        publicBenefitNote.getValue(),
                        nonProfit.getValue(),
                        nonProfitNote.getValue(),
                        synergy.getValue(),
                        synergyNote.getValue()),
                purpose.getValue(),
                partners.value(),
                startsOn.getValue(),
                endsOn.getValue(),
                budget.amount(),
                indicators.value(),
                evaluation.getValue(),
                exit.getValue(),
                agenda.getValue() == null ? null : agenda.getValue().id(),
                matchId,
                source);
    }

    @Override
    protected int checkFields() {
        partners.bind(errors);
        indicators.bind(errors);
        return budget.check() ? 0 : 1;
    }

    @Override
    protected Project store(Long id, int version) {
        ProjectDraft draft = draft();
        return id == null
                ? services.projects().create(draft)
                : services.projects().update(id, version, draft);
    }

    @Override
    protected String pageOf(long id) {
        return Routes.project(id);
    }

    @Override
    protected String backRoute() {
        return Routes.PROJECTS;
    }

    @Override
    protected Component firstField() {
        return title;
    }
}
