package jp.kyodo.registry;

import jp.kyodo.core.Records;

/**
 * A person who acts for an organisation: its representative (代表者) or its contact person
 * (連絡担当者). Their own contact details are personal data (coordinators only).
 *
 * @param name full name, e.g. 川口 太郎; empty when unknown
 * @param nameReading the reading in kana
 * @param title their position, e.g. 会長, 理事長, 事務局長
 * @param contact their own contact details
 */
public record ContactPerson(String name, String nameReading, String title, Contact contact) {

    public static final ContactPerson NONE = new ContactPerson("", "", "", Contact.EMPTY);

    public ContactPerson {
        name = Records.text(name);
        nameReading = Records.text(nameReading);
        title = Records.text(title);
        contact = contact == null ? Contact.EMPTY : contact;
    }

    /** The same person without their contact details. */
    public ContactPerson withoutContact() {
        return new ContactPerson(name, nameReading, title, Contact.EMPTY);
    }
}
