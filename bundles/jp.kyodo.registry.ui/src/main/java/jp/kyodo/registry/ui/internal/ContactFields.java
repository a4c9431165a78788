package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.core.contact.ContactFormats;
import jp.kyodo.registry.Contact;

/**
 * The fields of a {@link Contact} (〒, 住所, 電話, メール, and for an organisation's public contact
 * ホームページ), each checked as it is typed with the core's {@link ContactFormats}.
 */
final class ContactFields {

    final TextField postalCode;
    final TextField address;
    final TextField phone;
    final TextField email;
    private final TextField website;

    /** @param withWebsite only organisations' public contacts have a web address */
    ContactFields(Labels labels, boolean withWebsite) {
        postalCode = Forms.text(labels.text("registry.contact.postalCode"), 10);
        postalCode.setPlaceholder("123-4567");
        address = Forms.text(labels.text("registry.contact.address"), 300);
        phone = Forms.text(labels.text("registry.contact.phone"), 20);
        phone.setPlaceholder("048-222-1111");
        email = Forms.text(labels.text("registry.contact.email"), 254);
        email.setPlaceholder("info@example.jp");
        website = withWebsite ? Forms.text(labels.text("registry.contact.website"), 500) : null;
        if (website != null) {
            website.setPlaceholder("https://");
        }
    }

    /** The fields in form order. */
    List<Component> components() {
        List<Component> all = new ArrayList<>(List.of(postalCode, address, phone, email));
        if (website != null) {
            all.add(website);
        }
        return all;
    }

    /** Binds the fields as {@code prefix.postalCode}, {@code prefix.phone} … with their checks. */
    void bind(FormValidation validation, String prefix) {
        validation.bind(prefix + ".postalCode", postalCode, ContactFormats::postalCodeError);
        validation.bind(prefix + ".address", address);
        validation.bind(prefix + ".phone", phone, ContactFormats::phoneError);
        validation.bind(prefix + ".email", email, ContactFormats::emailError);
        if (website != null) {
            validation.bind(prefix + ".website", website, ContactFormats::urlError);
        }
    }

    void setValue(Contact c) {
        postalCode.setValue(c.postalCode());
        address.setValue(c.address());
        phone.setValue(c.phone());
        email.setValue(c.email());
        if (website != null) {
            website.setValue(c.website());
        }
    }

    Contact getValue() {
        return new Contact(
                postalCode.getValue(),
                address.getValue(),
                phone.getValue(),
                email.getValue(),
                website == null ? "" : website.getValue());
    }
}
