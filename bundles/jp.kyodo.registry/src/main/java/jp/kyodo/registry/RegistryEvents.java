package jp.kyodo.registry;

/**
 * EventAdmin topics the registry posts after a change is committed. Each event carries the property
 * {@value #ID} (Long), never the record itself: subscribers read what they need through the services.
 */
public final class RegistryEvents {

    /** The record's id (Long). */
    public static final String ID = "id";

    public static final String ORGANISATION_CREATED = "jp/kyodo/registry/Organisation/CREATED";
    public static final String ORGANISATION_UPDATED = "jp/kyodo/registry/Organisation/UPDATED";
    public static final String PERSON_CREATED = "jp/kyodo/registry/Person/CREATED";
    public static final String PERSON_UPDATED = "jp/kyodo/registry/Person/UPDATED";
    /** A person's personal data was erased. */
    public static final String PERSON_DELETED = "jp/kyodo/registry/Person/DELETED";
    /** Every registry topic, for a subscriber's {@code event.topics} property. */
    public static final String ALL = "jp/kyodo/registry/*";

    private RegistryEvents() {}
}
