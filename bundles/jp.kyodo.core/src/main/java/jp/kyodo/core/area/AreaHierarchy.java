package jp.kyodo.core.area;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.ValidationException;

/**
 * A city's areas: the tree city → ward → district → 町会・自治会 plus the 中学校区 overlays that group
 * tree areas (see {@link AreaKind}). Immutable and thread-safe; a city's configuration builds one and
 * domains ask it questions such as "which areas lie inside 芝地区" to filter their records by area.
 *
 * <p>Orders: {@link #all()}, {@link #roots()} and {@link #children} keep the order in which the areas
 * were given (a city lists its areas in the order it wants them shown).
 *
 * <p>Containment ({@link #contains}, {@link #descendantsAndSelf}) follows one rule: an area contains
 * itself and everything below it in the tree; an overlay contains its member areas and everything below
 * them; and any area contains an overlay all of whose members it contains (a city contains its 中学校区).
 */
public final class AreaHierarchy {

    private final Map<String, Area> byCode;
    private final Map<String, List<Area>> children;
    private final Map<String, Set<String>> members;
    private final Map<String, List<Area>> overlaysOf;

    private AreaHierarchy(Map<String, Area> byCode, Map<String, Set<String>> members) {
        this.byCode = byCode;
        this.members = members;
        Map<String, List<Area>> childLists = new LinkedHashMap<>();
        for (Area area : byCode.values()) {
            if (area.parentCode() != null) {
                childLists
                        .computeIfAbsent(area.parentCode(), k -> new ArrayList<>())
                        .add(area);
            }
        }
        childLists.replaceAll((k, v) -> List.copyOf(v));
        this.children = childLists;
        Map<String, List<Area>> overlayLists = new LinkedHashMap<>();
        members.forEach((overlay, memberCodes) -> memberCodes.forEach(
                m -> overlayLists.computeIfAbsent(m, k -> new ArrayList<>()).add(byCode.get(overlay))));
        overlayLists.replaceAll((k, v) -> List.copyOf(v));
        this.overlaysOf = overlayLists;
    }

    /**
     * Builds and validates a hierarchy.
     *
     * @param areas every area, tree areas and overlays, in display order
     * @param overlayMembers for each overlay (中学校区) code, the codes of the tree areas (usually
     *     districts or 町会) it covers; overlays without an entry have no members yet. May be {@code null}.
     * @throws ValidationException listing every problem, each with the code of the area at fault as the
     *     field: repeated codes, unknown parents, wrongly nested kinds (a ward under a district), cycles,
     *     overlay entries that are not overlays, members that do not exist or are overlays themselves
     */
    public static AreaHierarchy of(Collection<Area> areas, Map<String, Set<String>> overlayMembers) {
        Objects.requireNonNull(areas, "areas");
        List<FieldError> errors = new ArrayList<>();
        Map<String, Area> byCode = new LinkedHashMap<>();
        for (Area area : areas) {
            if (byCode.putIfAbsent(area.code(), area) != null) {
                errors.add(new FieldError(area.code(), "地域コード " + area.code() + " が重複しています"));
            }
        }
        for (Area area : byCode.values()) {
            checkParent(area, byCode, errors);
        }
        checkCycles(byCode, errors);
        Map<String, Set<String>> members = checkMembers(overlayMembers, byCode, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new AreaHierarchy(Collections.unmodifiableMap(byCode), members);
    }

    /** The area with this code. */
    public Optional<Area> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every area, tree areas and overlays, in the order given. */
    public List<Area> all() {
        return List.copyOf(byCode.values());
    }

    /** The tree's top areas (normally the one city). */
    public List<Area> roots() {
        return byCode.values().stream()
                .filter(a -> !a.overlay() && a.parentCode() == null)
                .toList();
    }

    /** The overlays (中学校区). */
    public List<Area> overlays() {
        return byCode.values().stream().filter(Area::overlay).toList();
    }

    /**
     * The areas directly below this one in the tree; empty for overlays and for the lowest level.
     *
     * @throws NotFoundException when there is no such area
     */
    public List<Area> children(String code) {
        require(code);
        return children.getOrDefault(code, List.of());
    }

    /**
     * The areas above this one, nearest first (a 町会's district, ward, city); empty for the city and for
     * overlays.
     *
     * @throws NotFoundException when there is no such area
     */
    public List<Area> ancestors(String code) {
        Area area = require(code);
        List<Area> result = new ArrayList<>();
        for (Area a = parentOf(area); a != null; a = parentOf(a)) {
            result.add(a);
        }
        return List.copyOf(result);
    }

    /**
     * The tree areas an overlay covers directly, in the order given; empty for a tree area.
     *
     * @throws NotFoundException when there is no such area
     */
    public List<Area> members(String overlayCode) {
        require(overlayCode);
        return members.getOrDefault(overlayCode, Set.of()).stream()
                .map(byCode::get)
                .toList();
    }

    /**
     * The overlays (中学校区) that list this area as a member; empty for an area no overlay names directly.
     *
     * @throws NotFoundException when there is no such area
     */
    public List<Area> overlaysOf(String code) {
        require(code);
        return overlaysOf.getOrDefault(code, List.of());
    }

    /**
     * Whether {@code inner} lies inside {@code outer} (see the class documentation): true when they are
     * the same area, when {@code outer} is an ancestor of {@code inner}, when {@code outer} is an overlay
     * and {@code inner} is one of its members or below one, and when {@code inner} is an overlay all of
     * whose members lie inside {@code outer}. False when either code is unknown.
     */
    public boolean contains(String outer, String inner) {
        Area o = byCode.get(outer);
        Area i = byCode.get(inner);
        if (o == null || i == null) {
            return false;
        }
        if (o.code().equals(i.code())) {
            return true;
        }
        if (i.overlay()) {
            Set<String> innerMembers = members.getOrDefault(inner, Set.of());
            return !innerMembers.isEmpty() && innerMembers.stream().allMatch(m -> containsTreeArea(o, byCode.get(m)));
        }
        return containsTreeArea(o, i);
    }

    /**
     * The codes of the area and of every area inside it (see {@link #contains}): for a tree area its
     * subtree, for an overlay its members and their subtrees; in both cases also the overlays lying
     * completely inside. Domains use it to filter "by area, including the areas inside it", e.g. {@code
     * where area_code in (:codes)}.
     *
     * @throws NotFoundException when there is no such area
     */
    public Set<String> descendantsAndSelf(String code) {
        Area area = require(code);
        Set<String> result = new LinkedHashSet<>();
        result.add(code);
        Deque<String> queue = new ArrayDeque<>(area.overlay() ? members.getOrDefault(code, Set.of()) : Set.of(code));
        Set<String> tree = new LinkedHashSet<>();
        while (!queue.isEmpty()) {
            String next = queue.removeFirst();
            if (tree.add(next)) {
                children.getOrDefault(next, List.of()).forEach(c -> queue.addLast(c.code()));
            }
        }
        result.addAll(tree);
        members.forEach((overlay, memberCodes) -> {
            if (!memberCodes.isEmpty() && tree.containsAll(memberCodes)) {
                result.add(overlay);
            }
        });
        return Collections.unmodifiableSet(result);
    }

    /** Same areas in the same order and same overlay members. */
    @Override
    public boolean equals(Object o) {
        return o instanceof AreaHierarchy h && all().equals(h.all()) && members.equals(h.members);
    }

    @Override
    public int hashCode() {
        return Objects.hash(byCode.keySet(), members);
    }

    @Override
    public String toString() {
        return "AreaHierarchy" + byCode.keySet();
    }

    private Area require(String code) {
        Area area = byCode.get(code);
        if (area == null) {
            throw new NotFoundException("地域コード " + code + " は登録されていません");
        }
        return area;
    }

    private Area parentOf(Area area) {
        return area.parentCode() == null ? null : byCode.get(area.parentCode());
    }

    /** Whether tree area {@code inner} lies inside {@code outer}, a tree area or an overlay. */
    private boolean containsTreeArea(Area outer, Area inner) {
        Set<String> targets = outer.overlay() ? members.getOrDefault(outer.code(), Set.of()) : Set.of(outer.code());
        for (Area a = inner; a != null; a = parentOf(a)) {
            if (targets.contains(a.code())) {
                return true;
            }
        }
        return false;
    }

    private static void checkParent(Area area, Map<String, Area> byCode, List<FieldError> errors) {
        if (area.parentCode() == null) {
            return;
        }
        Area parent = byCode.get(area.parentCode());
        if (parent == null) {
            errors.add(new FieldError(area.code(), "上位コード " + area.parentCode() + " の地域がありません"));
        } else if (!area.kind().allowedParents().contains(parent.kind())) {
            String allowed = area.kind().allowedParents().stream()
                    .map(k -> "「" + k.labelJa() + "」")
                    .collect(Collectors.joining("または"));
            errors.add(new FieldError(
                    area.code(),
                    "「" + area.kind().labelJa() + "」の上位は" + allowed + "でなければなりません（上位 " + parent.code() + " は「"
                            + parent.kind().labelJa() + "」）"));
        }
    }

    /**
     * Reports every area on a cycle of parents. The nesting rule alone already makes cycles impossible
     * (each level sits strictly below its parent's), but the check keeps the tree walks safe should the
     * rule ever be relaxed.
     */
    private static void checkCycles(Map<String, Area> byCode, List<FieldError> errors) {
        Set<String> reported = new LinkedHashSet<>();
        for (Area start : byCode.values()) {
            List<String> path = new ArrayList<>();
            for (Area a = start; a != null; a = a.parentCode() == null ? null : byCode.get(a.parentCode())) {
                int seen = path.indexOf(a.code());
                if (seen >= 0) {
                    List<String> cycle = path.subList(seen, path.size());
                    if (cycle.contains(start.code()) && reported.add(start.code())) {
                        errors.add(new FieldError(
                                start.code(), "上位コードが循環しています: " + String.join(" → ", cycle) + " → " + a.code()));
                    }
                    break;
                }
                path.add(a.code());
            }
        }
    }

    /** Validates the overlay members and puts overlays and members into display order. */
    private static Map<String, Set<String>> checkMembers(
            Map<String, Set<String>> overlayMembers, Map<String, Area> byCode, List<FieldError> errors) {
        Map<String, Set<String>> given = overlayMembers == null ? Map.of() : overlayMembers;
        given.keySet().forEach(overlayCode -> {
            Area overlay = byCode.get(overlayCode);
            if (overlay == null) {
                errors.add(new FieldError(overlayCode, "中学校区 " + overlayCode + " がありません"));
            } else if (!overlay.overlay()) {
                errors.add(new FieldError(
                        overlayCode,
                        overlayCode + " は中学校区ではありません（種別: " + overlay.kind().labelJa() + "）"));
            }
        });
        Map<String, Set<String>> result = new LinkedHashMap<>();
        for (Area overlay : byCode.values()) {
            Set<String> memberCodes = overlay.overlay() ? given.get(overlay.code()) : null;
            if (memberCodes == null) {
                continue;
            }
            for (String memberCode : memberCodes) {
                Area member = byCode.get(memberCode);
                if (member == null) {
                    errors.add(new FieldError(
                            overlay.code(), "中学校区 " + overlay.code() + " の構成地域 " + memberCode + " がありません"));
                } else if (member.overlay()) {
                    errors.add(new FieldError(
                            overlay.code(),
                            "中学校区 " + overlay.code() + " の構成地域 " + memberCode + " は中学校区です（地区や町会を指定してください）"));
                }
            }
            Set<String> ordered = new LinkedHashSet<>();
            byCode.keySet().stream().filter(memberCodes::contains).forEach(ordered::add);
            result.put(overlay.code(), Collections.unmodifiableSet(ordered));
        }
        return Collections.unmodifiableMap(result);
    }
}
