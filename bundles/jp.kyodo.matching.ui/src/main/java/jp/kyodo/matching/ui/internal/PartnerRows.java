package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.matching.ProjectPartner;
import jp.kyodo.web.FieldErrors;

/**
 * A project's partner organisations and their roles (役割分担), one row each: the organisation picked from the
 * registry and what it does. Rows left completely empty are ignored; the service's errors of
 * {@code partners[i].…} are shown at the i-th filled row.
 */
final class PartnerRows extends Div {

    private static final long serialVersionUID = 1L;

    private record Row(ComboBox<PartnerRef> organisation, TextField role, Div line) {
        boolean blank() {
            return organisation.getValue() == null && role.getValue().isBlank();
        }
    }

    private final transient MatchingServices services;
    private final transient Labels labels;
    private final List<Row> rows = new ArrayList<>();
    private final Div lines = new Div();
    private int created;

    PartnerRows(MatchingServices services, Labels labels) {
        this.services = services;
        this.labels = labels;
        setId("matching-project-partners");
        setWidthFull();
        lines.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        Button add = new Button(labels.text("matching.project.addPartner"), VaadinIcon.PLUS.create(), e -> addRow(null)
                .organisation()
                .focus());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("matching-project-add-partner");
        add(lines, add);
    }

    void setValue(List<ProjectPartner> partners) {
        rows.clear();
        lines.removeAll();
        partners.forEach(this::addRow);
    }

    /** The filled rows, in order. */
    List<ProjectPartner> value() {
        return filled().stream()
                .map(r -> new ProjectPartner(
                        r.organisation().getValue() == null
                                ? 0
                                : r.organisation().getValue().id(),
                        r.organisation().getValue() == null
                                ? ""
                                : r.organisation().getValue().name(),
                        r.role().getValue()))
                .toList();
    }

    /** Binds {@code partners[i].organisationId} and {@code partners[i].role} to the i-th filled row. */
    void bind(FieldErrors errors) {
        errors.unbind(name -> name.startsWith("partners["));
        List<Row> filled = filled();
        for (int i = 0; i < filled.size(); i++) {
            errors.bind("partners[" + i + "].organisationId", filled.get(i).organisation());
            errors.bind("partners[" + i + "].role", filled.get(i).role());
        }
    }

    private List<Row> filled() {
        return rows.stream().filter(r -> !r.blank()).toList();
    }

    private Row addRow(ProjectPartner partner) {
        int n = ++created;
        ComboBox<PartnerRef> organisation = Fields.organisation(
                labels.text("matching.project.partner"), services, labels, "matching-project-partner-" + n);
        TextField role = Fields.text(labels.text("matching.project.role"), 1000, "matching-project-role-" + n);
        role.setPlaceholder(labels.text("matching.project.rolePlaceholder"));
        Div line = new Div();
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.getElement().setAttribute("aria-label", labels.text("matching.project.removePartner"));
        remove.setId("matching-project-remove-partner-" + n);
        Row row = new Row(organisation, role, line);
        remove.addClickListener(e -> {
            rows.remove(row);
            lines.remove(line);
        });
        if (partner != null) {
            if (partner.organisationId() > 0) {
                organisation.setValue(new PartnerRef(partner.organisationId(), partner.name(), ""));
            }
            role.setValue(partner.role());
        }
        line.add(organisation, role, remove);
        line.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "minmax(12rem, 1fr) minmax(12rem, 1.5fr) auto")
                .set("gap", "var(--lumo-space-s)")
                .set("align-items", "baseline");
        rows.add(row);
        lines.add(line);
        return row;
    }
}
