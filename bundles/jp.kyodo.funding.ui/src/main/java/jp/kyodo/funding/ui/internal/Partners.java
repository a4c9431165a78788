package jp.kyodo.funding.ui.internal;

import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import jp.kyodo.core.PageRequest;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.PartnerType;

/** The registry's partners as the funding pickers find and show them. */
final class Partners {

    private Partners() {}

    /** The directory's search for a picker (name, reading; width and kana insensitive), of these types. */
    static BiFunction<String, PageRequest, Stream<PartnerSummary>> find(
            FundingServices services, Set<PartnerType> types) {
        return (text, page) ->
                services.directory().search(PartnerQuery.text(text).withTypes(types), page).items().stream();
    }

    /** A partner a stored record names (id and name only), as a picker's value. */
    static PartnerSummary known(long id, PartnerType type, String name) {
        return new PartnerSummary(id, type, name, "", "", Set.of(), Set.of(), false, false, false, true);
    }
}
