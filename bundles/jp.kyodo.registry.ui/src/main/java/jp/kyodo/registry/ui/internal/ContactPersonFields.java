package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import jp.kyodo.core.contact.ContactFormats;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.registry.Contact;
import jp.kyodo.registry.ContactPerson;

/**
 * An organisation's 代表者 or 連絡担当者: name, reading, position, phone and e-mail. Parts of the stored
 * contact the form does not show (an address from an import) are kept as they were.
 */
final class ContactPersonFields {

    final TextField name;
    final TextField reading;
    final TextField title;
    final TextField phone;
    final TextField email;
    private Contact stored = Contact.EMPTY;

    ContactPersonFields(Labels labels) {
        name = Forms.text(labels.text("registry.person.name"), 100);
        reading = Forms.text(labels.text("registry.reading"), 100);
        title = Forms.text(labels.text("registry.contactPerson.title"), 60);
        phone = Forms.text(labels.text("registry.contact.phone"), 20);
        email = Forms.text(labels.text("registry.contact.email"), 254);
    }

    List<Component> components() {
        return List.of(name, reading, title, phone, email);
    }

    /** Binds the fields as {@code prefix.name}, {@code prefix.nameReading}, {@code prefix.contact.phone} …. */
    void bind(FormValidation validation, String prefix, Labels labels) {
        validation.bind(prefix + ".name", name);
        validation.bind(
                prefix + ".nameReading",
                reading,
                v -> v.isBlank() || JapaneseText.isReading(v)
                        ? Optional.empty()
                        : Optional.of(labels.text("registry.form.readingKana")));
        validation.bind(prefix + ".title", title);
        validation.bind(prefix + ".contact.phone", phone, ContactFormats::phoneError);
        validation.bind(prefix + ".contact.email", email, ContactFormats::emailError);
        validation.bind(prefix + ".contact", phone);
        validation.bind(prefix, name);
    }

    void setValue(ContactPerson p) {
        name.setValue(p.name());
        reading.setValue(p.nameReading());
        title.setValue(p.title());
        phone.setValue(p.contact().phone());
        email.setValue(p.contact().email());
        stored = p.contact();
    }

    ContactPerson getValue() {
        Contact contact = new Contact(
                stored.postalCode(), stored.address(), phone.getValue(), email.getValue(), stored.website());
        return new ContactPerson(name.getValue(), reading.getValue(), title.getValue(), contact);
    }
}
