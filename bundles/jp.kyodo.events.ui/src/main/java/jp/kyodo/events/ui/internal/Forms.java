package jp.kyodo.events.ui.internal;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.registry.PartnerDirectory;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.web.Ui;

/**
 * What the events forms share: a service's refusal shown at the form's fields, and the choice of a group from the
 * registry. Notices, cards and confirmations are the shell's {@link Ui}.
 */
final class Forms {

    private Forms() {}

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.JAPANESE : ui.getLocale();
    }

    /**
     * Shows a service's refusal: each field error at its field when the form has one (by the service's field
     * name), the rest in one notice.
     */
    static void show(DomainException e, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        Locale locale = locale();
        if (e instanceof ValidationException v) {
            List<String> rest = new ArrayList<>();
            for (FieldError error : v.errors()) {
                HasValidation field = fields.get(error.field());
                if (field == null) {
                    rest.add(error.message(locale));
                } else {
                    field.setErrorMessage(error.message(locale));
                    field.setInvalid(true);
                }
            }
            if (!rest.isEmpty()) {
                Ui.error(rest.toArray(String[]::new));
            }
        } else {
            Ui.error(e.message(locale));
        }
    }

    /** A choice of the registry's organisations and departments, searched as the user types. */
    static ComboBox<PartnerSummary> organisations(String label, PartnerDirectory directory) {
        ComboBox<PartnerSummary> box = new ComboBox<>(label);
        box.setItemLabelGenerator(PartnerSummary::name);
        box.setItems(query -> directory
                .search(
                        new PartnerQuery(
                                query.getFilter().orElse(""),
                                java.util.Set.copyOf(PartnerType.organisationTypes()),
                                java.util.Set.of(),
                                "",
                                "",
                                false,
                                false,
                                false,
                                false),
                        new PageRequest(query.getOffset(), query.getLimit(), List.of()))
                .items()
                .stream());
        box.setWidthFull();
        return box;
    }
}
