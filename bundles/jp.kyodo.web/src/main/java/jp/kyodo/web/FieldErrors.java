package jp.kyodo.web;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;

/**
 * A form's fields by the names the services use in their {@link FieldError}s ({@code title},
 * {@code amountYen}, {@code judgement.synergyNote}, {@code partners[1].organisationId}): the service's
 * {@link ValidationException} is shown at those fields, and changing a field clears its message. Fields
 * the form requires are checked before the service is called.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Map<HasValidation, Supplier<Boolean>> required = new LinkedHashMap<>();
    private final Set<HasValidation> listening = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Supplier<Locale> locale;

    /** @param locale the language to show the services' messages in, e.g. {@code component::getLocale} */
    public FieldErrors(Supplier<Locale> locale) {
        this.locale = locale;
    }

    /** The service's errors of {@code name} (and of names nested in it) are shown at the component. */
    public <C extends HasValidation & HasValue<?, ?>> FieldErrors bind(String name, C component) {
        if (listening.add(component)) {
            component.addValueChangeListener(e -> clear(component));
        }
        fields.put(name, component);
        return this;
    }

    /** Also a required field: {@link #checkRequired} marks it with {@code message} while it is empty. */
    public <C extends HasValidation & HasValue<?, ?>> FieldErrors require(String name, C component, String message) {
        bind(name, component);
        component.setRequiredIndicatorVisible(true);
        required.put(component, () -> {
            if (component.isEmpty() || component.getValue() instanceof String s && s.isBlank()) {
                show(component, message);
                return false;
            }
            return true;
        });
        return this;
    }

    /** Forgets the fields whose names match, e.g. the rows of a list that is drawn again. */
    public void unbind(Predicate<String> names) {
        fields.entrySet().removeIf(e -> {
            if (names.test(e.getKey())) {
                required.remove(e.getValue());
                return true;
            }
            return false;
        });
    }

    /** Marks the empty required fields. @return how many there are */
    public int checkRequired() {
        int missing = 0;
        for (Supplier<Boolean> check : required.values()) {
            if (!check.get()) {
                missing++;
            }
        }
        return missing;
    }

    /**
     * Shows each error at its field (the first one, when a field has several).
     *
     * @return the errors no field of the form stands for, to show in a summary
     */
    public List<FieldError> show(ValidationException e) {
        List<FieldError> unplaced = new ArrayList<>();
        List<HasValidation> marked = new ArrayList<>();
        for (FieldError error : e.errors()) {
            Optional<String> name = match(fields.keySet(), error.field());
            if (name.isEmpty()) {
                unplaced.add(error);
                continue;
            }
            HasValidation component = fields.get(name.get());
            if (!marked.contains(component)) {
                marked.add(component);
                show(component, error.message(locale.get()));
            }
        }
        return unplaced;
    }

    /** The first field in the form's order that shows a message, to take the user there. */
    public Optional<HasValidation> firstInvalid() {
        return fields.values().stream().filter(HasValidation::isInvalid).findFirst();
    }

    /** Clears every message. */
    public void clearAll() {
        fields.values().forEach(FieldErrors::clear);
    }

    /**
     * The bound name that stands for an error's field: the same name, else the longest bound name the
     * field is nested in ({@code judgement} for {@code judgement.synergyNote}, {@code partners} for
     * {@code partners[0].role}); empty when none is.
     */
    static Optional<String> match(Iterable<String> bound, String field) {
        String best = null;
        for (String name : bound) {
            if (name.equals(field)) {
                return Optional.of(name);
            }
            boolean nested = !name.isEmpty()
                    && field.length() > name.length()
                    && field.startsWith(name)
                    && (field.charAt(name.length()) == '.' || field.charAt(name.length()) == '[');
            if (nested && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return Optional.ofNullable(best);
    }

    private static void show(HasValidation component, String message) {
        component.setErrorMessage(message);
        component.setInvalid(true);
    }

    private static void clear(HasValidation component) {
        component.setErrorMessage("");
        component.setInvalid(false);
    }
}
