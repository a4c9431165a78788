package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;

/** ボード | 一覧: switches between the match board and the match list. */
final class MatchTabs {

    private MatchTabs() {}

    static Tabs of(Labels labels, boolean boardSelected) {
        Tab board = new Tab(labels.text("matching.matches.board"));
        board.setId("matching-tab-board");
        Tab list = new Tab(labels.text("matching.matches.list"));
        list.setId("matching-tab-list");
        Tabs tabs = new Tabs(board, list);
        tabs.setSelectedTab(boardSelected ? board : list);
        tabs.addSelectedChangeListener(e -> {
            if (e.isFromClient()) {
                Routes.navigate(e.getSelectedTab() == board ? Routes.MATCHES : Routes.MATCH_LIST);
            }
        });
        return tabs;
    }
}
