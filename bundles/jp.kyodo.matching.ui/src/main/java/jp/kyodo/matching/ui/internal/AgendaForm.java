package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import jp.kyodo.core.PageRequest;
import jp.kyodo.matching.Agenda;
import jp.kyodo.matching.AgendaDraft;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerType;

/**
 * A collective-impact agenda's form, new or {@code ?id=N}: title, the shared goal, who coordinates, the
 * organisations that joined, and the common indicators with their targets. Coordinators.
 */
final class AgendaForm extends MatchingForm<Agenda> {

    private static final long serialVersionUID = 1L;

    final TextField title;
    final TextArea goal;
    final TextField coordinatorName;
    final MultiSelectComboBox<PartnerRef> organisations = new MultiSelectComboBox<>();
    final IndicatorRows indicators;

    AgendaForm(MatchingServices services) {
        super(services, "matching.agendaForm.new", "matching.agendaForm.edit", "matching-agenda-form");
        title = Fields.text(t("matching.agenda.title"), 200, "matching-agenda-title");
        goal = Fields.area(t("matching.agenda.goal"), 2000, "matching-agenda-goal");
        coordinatorName = Fields.text(t("matching.agenda.coordinator"), 200, "matching-agenda-coordinator");
        coordinatorName.setHelperText(t("matching.agenda.coordinatorHelp"));
        organisations.setLabel(t("matching.agenda.organisations"));
        organisations.setId("matching-agenda-organisations");
        organisations.setWidthFull();
        CallbackDataProvider.FetchCallback<PartnerRef, String> fetch = q -> services
                .directory()
                .search(
                        PartnerQuery.text(q.getFilter().orElse(""))
                                .withTypes(EnumSet.copyOf(PartnerType.organisationTypes())),
                        new PageRequest(q.getOffset(), Math.min(q.getLimit(), PageRequest.MAX_LIMIT), List.of()))
                .items()
                .stream()
                .map(p -> Fields.ref(p, labels));
        organisations.setItems(fetch);
        organisations.setItemLabelGenerator(PartnerRef::name);
        organisations.setRenderer(
                LitRenderer.<PartnerRef>of("<div><div>${item.name}</div><div style='font-size:var(--lumo-font-size-s);"
                                + "color:var(--lumo-secondary-text-color)'>${item.detail}</div></div>")
                        .withProperty("name", PartnerRef::name)
                        .withProperty("detail", PartnerRef::detail));
        indicators = new IndicatorRows(labels, false, "matching-agenda-indicators");
        errors.require("title", title, t("matching.form.required"))
                .require("goal", goal, t("matching.form.required"))
                .bind("coordinatorName", coordinatorName)
                .bind("organisationIds", organisations);
        layout(
                section(t("matching.agendaForm.what"), title, coordinatorName, goal, wide(organisations)),
                section(t("matching.agendaForm.indicators"), wide(indicators)));
    }

    @Override
    protected Agenda load(long id) {
        return services.projects().getAgenda(id);
    }

    @Override
    protected long idOf(Agenda a) {
        return a.id();
    }

    @Override
    protected int versionOf(Agenda a) {
        return a.version();
    }

    @Override
    protected void fill(Agenda a) {
        title.setValue(a.details().title());
        goal.setValue(a.details().goal());
        coordinatorName.setValue(a.details().coordinatorName());
        List<PartnerRef> joined = new ArrayList<>();
        List<Long> ids = a.details().organisationIds();
        for (int i = 0; i < ids.size(); i++) {
            joined.add(new PartnerRef(
                    ids.get(i), i < a.organisations().size() ? a.organisations().get(i) : "", ""));
        }
        organisations.setValue(new LinkedHashSet<>(joined));
        indicators.setValue(a.details().indicators());
    }

    AgendaDraft draft() {
        return new AgendaDraft(
                title.getValue(),
                goal.getValue(),
                indicators.value(),
                organisations.getValue().stream().map(PartnerRef::id).toList(),
                coordinatorName.getValue());
    }

    @Override
    protected int checkFields() {
        indicators.bind(errors);
        return 0;
    }

    @Override
    protected Agenda store(Long id, int version) {
        AgendaDraft draft = draft();
        return id == null
                ? services.projects().createAgenda(draft)
                : services.projects().updateAgenda(id, version, draft);
    }

    @Override
    protected String pageOf(long id) {
        return Routes.AGENDAS;
    }

    @Override
    protected String backRoute() {
        return Routes.AGENDAS;
    }

    @Override
    protected Component firstField() {
        return title;
    }
}
