package jp.kyodo.registry.internal;

import jp.kyodo.core.Message;
import jp.kyodo.core.MessageCatalog;
import jp.kyodo.registry.PartnerKind;

/**
 * The registry's messages to users: {@code messages.properties} (Japanese, the default) and {@code
 * messages_en.properties} next to this class. Whoever shows them picks the language.
 */
final class Messages {

    static final String BASE_NAME = "jp.kyodo.registry.internal.messages";

    private static final MessageCatalog CATALOG = MessageCatalog.of(Messages.class, BASE_NAME);

    private Messages() {}

    /** @throws IllegalArgumentException for a key the catalog does not have (a bug) */
    static Message get(String key, Object... args) {
        return CATALOG.get(key, args);
    }

    /** What the kind is called in a message: 団体 / organisation, 個人 / person. */
    static Message kind(PartnerKind kind) {
        return CATALOG.get("kind." + kind.name());
    }
}
