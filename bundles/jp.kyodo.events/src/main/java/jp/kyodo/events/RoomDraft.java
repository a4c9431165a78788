package jp.kyodo.events;

import java.util.Set;
import jp.kyodo.core.Records;

/**
 * A room of a venue that groups book (貸室).
 *
 * @param capacity seats (定員)
 * @param equipment what it has (プロジェクター, ホワイトボード, 調理台 …)
 * @param hourlyFeeYen the fee per hour before exemptions, whole yen
 */
public record RoomDraft(long venueId, String name, int capacity, Set<String> equipment, long hourlyFeeYen) {

    public RoomDraft {
        name = Records.text(name);
        equipment = Records.sorted(equipment);
    }
}
