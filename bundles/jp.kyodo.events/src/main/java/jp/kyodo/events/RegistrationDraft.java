package jp.kyodo.events;

import jp.kyodo.core.Records;

/**
 * Someone signing up for an event.
 *
 * @param name who registers (a person or a group's contact)
 * @param contact phone or e-mail to reach them, e.g. when a place becomes free
 * @param people how many people come with this registration (本人を含む), 1 or more
 * @param language the language to contact them in (ISO 639-1), "ja" when empty
 */
public record RegistrationDraft(long eventId, String name, String contact, int people, String language) {

    public RegistrationDraft {
        name = Records.text(name);
        contact = Records.text(contact);
        language = Records.text(language).isEmpty() ? "ja" : Records.text(language);
    }

    public static RegistrationDraft of(long eventId, String name, int people) {
        return new RegistrationDraft(eventId, name, "", people, "ja");
    }
}
