package jp.kyodo.matching.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.kyodo.core.area.Area;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.area.AreaKind;
import jp.kyodo.matching.Proximity;

/** How near each area of the city is to one area, from the hierarchy (computed once per ranking). */
final class Proximities {

    private Proximities() {}

    /**
     * The proximity of every area of the table to {@code target}; all {@link Proximity#UNKNOWN} when the
     * target is empty or unknown.
     */
    static Proximity[] to(Optional<AreaHierarchy> hierarchy, List<Area> table, String target) {
        Proximity[] result = new Proximity[table.size()];
        Arrays.fill(result, Proximity.UNKNOWN);
        if (hierarchy.isEmpty()
                || target.isEmpty()
                || hierarchy.get().find(target).isEmpty()) {
            return result;
        }
        AreaHierarchy h = hierarchy.get();
        Area t = h.find(target).get();
        for (int i = 0; i < table.size(); i++) {
            result[i] = between(h, t, table.get(i));
        }
        return result;
    }

    static Proximity between(AreaHierarchy h, Area target, Area other) {
        if (target.code().equals(other.code())) {
            return target.kind() == AreaKind.CITY
                    ? Proximity.SAME_CITY
                    : target.kind() == AreaKind.WARD
                            ? Proximity.SAME_WARD
                            : target.kind() == AreaKind.NEIGHBOURHOOD_ASSOCIATION
                                    ? Proximity.SAME_NEIGHBOURHOOD
                                    : Proximity.SAME_DISTRICT;
        }
        if (target.overlay() || other.overlay()) {
            // a 中学校区 groups districts or 町会: inside it counts as the same district
            if (h.contains(target.code(), other.code()) || h.contains(other.code(), target.code())) {
                return Proximity.SAME_DISTRICT;
            }
            return sameCity(h, target, other) ? Proximity.SAME_CITY : Proximity.NEIGHBOURING_CITY;
        }
        List<Area> up = chain(h, target);
        List<Area> otherUp = chain(h, other);
        for (Area a : up) {
            if (otherUp.stream().anyMatch(o -> o.code().equals(a.code()))) {
                return switch (a.kind()) {
                    case NEIGHBOURHOOD_ASSOCIATION -> Proximity.SAME_NEIGHBOURHOOD;
                    case DISTRICT, SCHOOL_DISTRICT -> Proximity.SAME_DISTRICT;
                    case WARD -> Proximity.SAME_WARD;
                    case CITY -> Proximity.SAME_CITY;
                };
            }
        }
        return Proximity.NEIGHBOURING_CITY;
    }

    /** The area and its ancestors, nearest first. */
    private static List<Area> chain(AreaHierarchy h, Area a) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(a), h.ancestors(a.code()).stream())
                .toList();
    }

    private static boolean sameCity(AreaHierarchy h, Area a, Area b) {
        return root(h, a).equals(root(h, b));
    }

    /** The city an area belongs to; for an overlay, the city of its first member. */
    private static String root(AreaHierarchy h, Area a) {
        if (a.overlay()) {
            List<Area> members = h.members(a.code());
            return members.isEmpty() ? a.code() : root(h, members.get(0));
        }
        List<Area> up = h.ancestors(a.code());
        return up.isEmpty() ? a.code() : up.get(up.size() - 1).code();
    }
}
