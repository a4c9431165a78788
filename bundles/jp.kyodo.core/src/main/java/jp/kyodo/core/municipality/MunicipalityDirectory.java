package jp.kyodo.core.municipality;

import java.util.List;
import java.util.Optional;

/**
 * Looks up Japan's prefectures and municipalities by {@link LocalGovernmentCode} or by name. A service,
 * so that a city can replace the shipped snapshot by the current official list without a code change.
 */
public interface MunicipalityDirectory {

    /** The prefecture or municipality with this code, if listed. */
    Optional<Municipality> find(LocalGovernmentCode code);

    /**
     * Prefectures and municipalities whose name or reading contains the query, insensitive to width,
     * kana type and spaces (「かわぐち」, 「カワグチ」 and 「川口」 all find 川口市); a query of digits also
     * matches the start of the code. Ordered by code.
     *
     * @param query the search text; a blank query finds nothing
     */
    List<Municipality> search(String query);

    /** The 47 prefectures, ordered by code (北海道 first, 沖縄県 last). */
    List<Municipality> prefectures();
}
