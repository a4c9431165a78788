package jp.kyodo.registry.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.kyodo.core.area.Area;
import jp.kyodo.core.area.AreaHierarchy;
import jp.kyodo.core.area.AreaKind;

/**
 * A partner's activity areas as an indented outline: each chosen area under its ancestors (which are
 * shown, not chosen), in the hierarchy's order, so 「中央地区」 and 「本町一丁目町会」 appear under the
 * same city and ward. 中学校区 (overlays) and codes the hierarchy does not know follow at the top level.
 */
final class AreaOutline {

    /** One line: how deep it is indented, the area's name and level (null for an unknown code), whether the partner chose it. */
    record Line(int depth, String name, AreaKind kind, boolean chosen) {}

    private AreaOutline() {}

    static List<Line> of(AreaHierarchy hierarchy, Collection<String> chosen) {
        Set<String> chosenCodes = new LinkedHashSet<>(chosen);
        Set<String> shown = new LinkedHashSet<>();
        List<Line> lines = new ArrayList<>();
        for (String code : chosenCodes) {
            if (hierarchy.find(code).filter(a -> !a.overlay()).isPresent()) {
                shown.add(code);
                hierarchy.ancestors(code).forEach(a -> shown.add(a.code()));
            }
        }
        for (Area root : hierarchy.roots()) {
            walk(hierarchy, root, 0, shown, chosenCodes, lines);
        }
        for (String code : chosenCodes) {
            hierarchy
                    .find(code)
                    .ifPresentOrElse(
                            a -> {
                                if (a.overlay()) {
                                    lines.add(new Line(0, a.name(), a.kind(), true));
                                }
                            },
                            () -> lines.add(new Line(0, code, null, true)));
        }
        return lines;
    }

    private static void walk(
            AreaHierarchy hierarchy, Area area, int depth, Set<String> shown, Set<String> chosen, List<Line> lines) {
        if (!shown.contains(area.code())) {
            return;
        }
        lines.add(new Line(depth, area.name(), area.kind(), chosen.contains(area.code())));
        for (Area child : hierarchy.children(area.code())) {
            walk(hierarchy, child, depth + 1, shown, chosen, lines);
        }
    }
}
