package jp.kyodo.registry.ui.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Free tags typed into one field: separated by commas or semicolons, 全角 or 半角, or new lines. */
final class Tags {

    private static final Pattern SEPARATORS = Pattern.compile("[,;、，；\\n\\r]+");

    private Tags() {}

    /** The tags in the order typed, each stripped, without empty ones or repeats. */
    static Set<String> parse(String text) {
        Set<String> tags = new LinkedHashSet<>();
        if (text == null) {
            return tags;
        }
        for (String part : SEPARATORS.split(text)) {
            String tag = part.strip();
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /** The text {@link #parse} reads back into the same tags. */
    static String format(Collection<String> tags) {
        return tags == null ? "" : String.join(", ", tags);
    }
}
