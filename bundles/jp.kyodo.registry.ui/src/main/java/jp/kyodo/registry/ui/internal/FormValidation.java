package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.Message;
import jp.kyodo.core.ValidationException;

/**
 * The fields of a form by the names the registry's services use in their {@link FieldError}s
 * ({@code corporateNumber}, {@code publicContact.phone}, {@code representative.nameReading}), with
 * optional instant checks. A field is checked whenever its value changes and all are checked before
 * saving; the service's {@link ValidationException} is the final word and is shown at the same
 * fields. Changing a value clears the service's message at that field.
 */
final class FormValidation {

    /** Field name → component; several names may stand for one component. */
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** Component → its instant checks, each giving a message (a String or a {@link Message}) or empty. */
    private final Map<HasValidation, List<Supplier<Optional<?>>>> checks = new LinkedHashMap<>();

    /** The language messages are shown in: the user's, read when they are shown. */
    private final Supplier<Locale> locale;

    /** Messages in Japanese. */
    FormValidation() {
        this(() -> Locale.JAPANESE);
    }

    FormValidation(Supplier<Locale> locale) {
        this.locale = locale;
    }

    /** Binds a field without an instant check: only the service's errors are shown at it. */
    <V, C extends AbstractField<?, V> & HasValidation> FormValidation bind(String field, C component) {
        fields.put(field, component);
        rulesOf(component);
        return this;
    }

    /**
     * Binds a field with an instant check: {@code rule} returns why the value is not acceptable — a
     * translated text or a service's {@link Message} —, or empty.
     */
    <V, C extends AbstractField<?, V> & HasValidation> FormValidation bind(
            String field, C component, Function<V, Optional<?>> rule) {
        fields.put(field, component);
        rulesOf(component).add(() -> rule.apply(component.getValue()));
        return this;
    }

    /** Runs every instant check, clearing the service's earlier messages. @return how many fields are invalid */
    int checkAll() {
        checks.keySet().forEach(this::check);
        return (int) checks.keySet().stream().filter(HasValidation::isInvalid).count();
    }

    /**
     * Shows each of the service's errors at its field (the first one, when a field has several).
     *
     * @return the errors no field of this form stands for (show them in the summary)
     */
    List<FieldError> show(ValidationException e) {
        List<FieldError> unplaced = new ArrayList<>();
        List<HasValidation> marked = new ArrayList<>();
        for (FieldError error : e.errors()) {
            Optional<String> key = match(fields.keySet(), error.field());
            if (key.isEmpty()) {
                unplaced.add(error);
                continue;
            }
            HasValidation component = fields.get(key.get());
            if (!marked.contains(component)) {
                marked.add(component);
                show(component, error.message(locale.get()));
            }
        }
        return unplaced;
    }

    /**
     * The bound name that stands for an error's field: the same name, else the longest bound name
     * the field is nested in ({@code expert} for {@code expert.offeredSkills}); empty when none is.
     */
    static Optional<String> match(Iterable<String> bound, String field) {
        String best = null;
        for (String name : bound) {
            if (name.equals(field)) {
                return Optional.of(name);
            }
            if (!name.isEmpty() && field.startsWith(name + ".") && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return Optional.ofNullable(best);
    }

    private <V, C extends AbstractField<?, V> & HasValidation> List<Supplier<Optional<?>>> rulesOf(C component) {
        return checks.computeIfAbsent(component, c -> {
            component.addValueChangeListener(e -> check(component));
            return new ArrayList<>();
        });
    }

    private void check(HasValidation component) {
        String message = null;
        for (Supplier<Optional<?>> rule : checks.getOrDefault(component, List.of())) {
            Optional<?> m = rule.get();
            if (m.isPresent()) {
                message = m.get() instanceof Message text
                        ? text.in(locale.get())
                        : m.get().toString();
                break;
            }
        }
        show(component, message);
    }

    private static void show(HasValidation component, String message) {
        component.setErrorMessage(message == null ? "" : message);
        component.setInvalid(message != null);
    }
}
