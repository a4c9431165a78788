package jp.kyodo.events;

import jp.kyodo.core.Records;

/**
 * A partner of the registry organising an event, and how.
 *
 * @param partnerId the registry id of the organisation or department
 * @param name the partner's name when read; ignored when written
 */
public record Organiser(long partnerId, CollaborationForm form, String name) {

    public Organiser {
        name = Records.text(name);
    }

    public static Organiser of(long partnerId, CollaborationForm form) {
        return new Organiser(partnerId, form, "");
    }
}
