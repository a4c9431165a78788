package jp.kyodo.core;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A bundle's texts for messages to users: {@code <baseName>.properties} in Japanese (the default and
 * what the audit log and logs show) and {@code <baseName>_en.properties} in English, UTF-8, loaded through
 * the class loader of the bundle that owns them. A service creates {@link Message}s from its catalog and
 * throws them in {@link DomainException}s; whoever shows the exception — a view in the user's session
 * language, the REST API by {@code Accept-Language} — picks the language.
 *
 * <pre>
 * static final MessageCatalog MESSAGES = MessageCatalog.of(Organisations.class, "jp.kyodo.registry.internal.messages");
 * throw new NotFoundException(MESSAGES.get("organisation.notFound", id));
 * </pre>
 *
 * Placeholders are {@code {0}}, {@code {1}} …; a {@link Message} argument is itself shown in the language
 * asked for. Only Japanese and English exist: any other language gets Japanese.
 */
public final class MessageCatalog {

    private final ClassLoader loader;
    private final String baseName;

    private MessageCatalog(ClassLoader loader, String baseName) {
        this.loader = loader;
        this.baseName = baseName;
        bundle(Locale.JAPANESE); // fails now, not at the first message, when the file is missing
    }

    /**
     * @param anchor a class of the bundle that holds the properties files
     * @param baseName e.g. {@code jp.kyodo.registry.internal.messages}
     */
    public static MessageCatalog of(Class<?> anchor, String baseName) {
        return new MessageCatalog(anchor.getClassLoader(), Objects.requireNonNull(baseName, "baseName"));
    }

    /**
     * A message of this catalog.
     *
     * @throws IllegalArgumentException when the Japanese file has no such key (a bug, caught by any test
     *     that reaches the line)
     */
    public Message get(String key, Object... args) {
        if (!bundle(Locale.JAPANESE).containsKey(key)) {
            throw new IllegalArgumentException("no message " + key + " in " + baseName);
        }
        return new Message(this, key, args);
    }

    /** The text of the key in the language, its placeholders filled in. */
    String format(String key, Locale locale, Object[] args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle(Locale.JAPANESE).getString(key);
        }
        if (args.length == 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 16 * args.length);
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            int close = ch == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1) {
                String index = pattern.substring(i + 1, close);
                if (index.chars().allMatch(Character::isDigit) && Integer.parseInt(index) < args.length) {
                    Object arg = args[Integer.parseInt(index)];
                    out.append(arg instanceof Message m ? m.in(locale) : String.valueOf(arg));
                    i = close;
                    continue;
                }
            }
            out.append(ch);
        }
        return out.toString();
    }

    private ResourceBundle bundle(Locale locale) {
        Locale which = Message.ENGLISH.equals(Message.language(locale)) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(
                baseName,
                which,
                loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    public String toString() {
        return baseName;
    }
}
