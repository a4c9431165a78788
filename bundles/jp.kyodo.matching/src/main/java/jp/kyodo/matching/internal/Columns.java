package jp.kyodo.matching.internal;

import java.util.Arrays;

/**
 * The entries' facts a ranking filters and scores on, as primitive arrays by slot: a ranking walks these
 * in order (memory read sequentially) and touches an {@link Entry} object only for the candidates it shows.
 */
record Columns(
        byte[] kind,
        byte[] flags,
        byte[] partnerType,
        byte[] offerKind,
        long[] id,
        long[] partnerId,
        long[] fieldBits,
        int[] slots,
        int[] validUntil,
        int[] area,
        int[][] moreAreas) {

    static final int ELIGIBLE = 1;
    static final int EXPERT = 2;
    static final int VOLUNTEER = 4;

    /** {@link #partnerType} and {@link #offerKind}: ordinal + 1, 0 for none. */
    static final byte NONE = 0;

    /** {@link #area}: the first of the entry's area indexes, or this for none; the others in {@link #moreAreas}. */
    static final int NO_AREA = -1;

    static Columns of(Entry[] entries) {
        Columns c = new Columns(
                new byte[entries.length],
                new byte[entries.length],
                new byte[entries.length],
                new byte[entries.length],
                new long[entries.length],
                new long[entries.length],
                new long[entries.length],
                new int[entries.length],
                new int[entries.length],
                new int[entries.length],
                new int[entries.length][]);
        for (int slot = 0; slot < entries.length; slot++) {
            c.set(slot, entries[slot]);
        }
        return c;
    }

    /** A copy for the entries after a change: grown to their length, the given slots set afresh. */
    Columns with(Entry[] entries, int[] changedSlots) {
        int n = entries.length;
        Columns c = new Columns(
                Arrays.copyOf(kind, n),
                Arrays.copyOf(flags, n),
                Arrays.copyOf(partnerType, n),
                Arrays.copyOf(offerKind, n),
                Arrays.copyOf(id, n),
                Arrays.copyOf(partnerId, n),
                Arrays.copyOf(fieldBits, n),
                Arrays.copyOf(slots, n),
                Arrays.copyOf(validUntil, n),
                Arrays.copyOf(area, n),
                Arrays.copyOf(moreAreas, n));
        for (int slot : changedSlots) {
            c.set(slot, entries[slot]);
        }
        return c;
    }

    private void set(int slot, Entry e) {
        kind[slot] = (byte) e.kind().ordinal();
        flags[slot] =
                (byte) ((e.eligible() ? ELIGIBLE : 0) | (e.expert() ? EXPERT : 0) | (e.volunteer() ? VOLUNTEER : 0));
        partnerType[slot] =
                e.partnerType() == null ? NONE : (byte) (e.partnerType().ordinal() + 1);
        offerKind[slot] = e.offerKind() == null ? NONE : (byte) (e.offerKind().ordinal() + 1);
        id[slot] = e.id();
        partnerId[slot] = e.partnerId();
        fieldBits[slot] = e.fieldBits();
        slots[slot] = e.slots();
        validUntil[slot] = e.validUntil() == null
                ? Integer.MAX_VALUE
                : (int) e.validUntil().toEpochDay();
        // most entries have one area: a ranking reads it from this array, not from an object per entry
        int[] indexes = e.areaIndexes();
        area[slot] = indexes.length == 0 ? NO_AREA : indexes[0];
        moreAreas[slot] = indexes.length > 1 ? Arrays.copyOfRange(indexes, 1, indexes.length) : null;
    }
}
