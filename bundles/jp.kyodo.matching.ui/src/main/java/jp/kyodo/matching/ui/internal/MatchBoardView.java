package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.matching.Match;
import jp.kyodo.matching.MatchQuery;
import jp.kyodo.matching.MatchStage;
import jp.kyodo.web.Ui;

/**
 * マッチ (board): a column per open stage, stale matches first and marked; coordinators move a match by
 * opening its card (click or Enter) or by dropping it on the next column, both through the move dialog.
 * Completed and declined matches are counted above the board and listed in the list view.
 */
final class MatchBoardView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient MatchingServices services;
    private final transient Labels labels;
    private final boolean coordinator;
    private final Checkbox staleOnly = new Checkbox();
    private final Div closed = new Div();
    private final Div board = new Div();

    MatchBoardView(MatchingServices services) {
        this.services = services;
        this.labels = Labels.of(this, services);
        this.coordinator = Permissions.hasRole(Role.COORDINATOR);
        setPadding(false);
        staleOnly.setLabel(t("matching.matches.staleOnly"));
        staleOnly.setId("matching-board-stale");
        staleOnly.addValueChangeListener(e -> refresh());
        closed.setId("matching-board-closed");
        closed.getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-m)")
                .set("flex-wrap", "wrap")
                .set("align-items", "center");
        HorizontalLayout tools = new HorizontalLayout(staleOnly, closed);
        tools.setWidthFull();
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        tools.getStyle().set("flex-wrap", "wrap");
        board.setId("matching-board");
        board.setWidthFull();
        board.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(4, minmax(14rem, 1fr))")
                .set("gap", "var(--lumo-space-m)")
                .set("overflow-x", "auto")
                .set("align-items", "start");
        add(Ui.header(t("matching.matches.title"), MatchTabs.of(labels, true)), tools, board);
        refresh();
    }

    private void refresh() {
        board.removeAll();
        closed.removeAll();
        List<Board.Column> columns = new ArrayList<>();
        try {
            for (MatchStage stage : Board.STAGES) {
                Page<Match> page = services.pipeline()
                        .search(
                                new MatchQuery(Set.of(stage), null, staleOnly.getValue()),
                                PageRequest.first(Board.PER_COLUMN));
                columns.add(Board.column(stage, page.items(), page.total()));
            }
            for (MatchStage stage : List.of(MatchStage.COMPLETED, MatchStage.DECLINED)) {
                long n = services.pipeline()
                        .search(new MatchQuery(Set.of(stage), null, false), PageRequest.first(1))
                        .total();
                Anchor link = new Anchor(
                        MatchListView.route(stage),
                        t("matching.board.closedCount", labels.of(stage), labels.number(n)));
                link.setId("matching-board-closed-" + stage.name().toLowerCase(java.util.Locale.ROOT));
                closed.add(link);
            }
        } catch (DomainException e) {
            board.add(Ui.emptyState(e.message(getLocale())));
            return;
        }
        if (columns.stream().allMatch(c -> c.total() == 0)) {
            board.getStyle().set("display", "block");
            board.add(Ui.emptyState(t(staleOnly.getValue() ? "matching.board.noStale" : "matching.board.empty")));
            return;
        }
        board.getStyle().set("display", "grid");
        Instant now = Instant.now();
        for (Board.Column column : columns) {
            board.add(column(column, now));
        }
    }

    private Div column(Board.Column column, Instant now) {
        MatchStage stage = column.stage();
        H3 title = new H3(labels.of(stage));
        title.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-m)");
        Span count = Ui.badge(labels.number(column.total()), "contrast pill small");
        Div head = new Div(title, count);
        if (column.stale() > 0) {
            head.add(Ui.badge(t("matching.board.staleCount", column.stale()), "error pill small"));
        }
        head.getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-s)")
                .set("align-items", "center")
                .set("margin-bottom", "var(--lumo-space-s)");
        Div cards = new Div();
        cards.getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "var(--lumo-space-s)")
                .set("min-height", "4rem");
        for (Match m : column.cards()) {
            Div card = MatchCard.card(m, labels, now, () -> open(m, null));
            if (coordinator) {
                DragSource<Div> drag = DragSource.create(card);
                drag.setDragData(m);
            }
            cards.add(card);
        }
        if (column.cards().isEmpty()) {
            Span none = Ui.muted(t("matching.board.columnEmpty"));
            none.getStyle().set("padding", "var(--lumo-space-s)");
            cards.add(none);
        }
        if (column.hidden() > 0) {
            cards.add(new Anchor(MatchListView.route(stage), t("matching.board.more", column.hidden())));
        }
        Div col = new Div(head, cards);
        col.setId("matching-column-" + stage.name().toLowerCase(java.util.Locale.ROOT));
        col.getStyle()
                .set("background", "var(--lumo-contrast-5pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s)")
                .set("min-height", "12rem");
        if (coordinator) {
            DropTarget<Div> drop = DropTarget.create(col);
            drop.setDropEffect(DropEffect.MOVE);
            drop.addDropListener(e -> e.getDragData()
                    .filter(Match.class::isInstance)
                    .map(Match.class::cast)
                    .ifPresent(m -> Board.dropTarget(m.stage(), stage).ifPresentOrElse(to -> open(m, to), () -> {
                        if (m.stage() != stage) {
                            Ui.error(t("matching.board.notAllowed", labels.of(m.stage()), labels.of(stage)));
                        }
                    })));
        }
        return col;
    }

    private void open(Match m, MatchStage to) {
        if (!coordinator) {
            Routes.navigate(Routes.match(m.id()));
            return;
        }
        new MoveDialog(services, labels, m, to, moved -> {
                    refresh();
                    if (moved != null) {
                        Ui.success(t("matching.move.done", labels.of(moved.stage())));
                        if (moved.stage() == MatchStage.COMPLETED) {
                            CaseForm.offer(labels, moved);
                        }
                    }
                })
                .open();
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }
}
