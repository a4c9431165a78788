package jp.example.tonari.notices.internal;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import jp.kyodo.web.Formats;

/** The page: the notices, newest first, and a field to post one. */
final class NoticesView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient NoticeBoard board;
    private final Grid<NoticeBoard.Notice> grid = new Grid<>();

    NoticesView(NoticeBoard board) {
        this.board = board;
        setPadding(false);
        TextField headline = new TextField(getTranslation("tonari.notices.headline"));
        headline.setWidth("24rem");
        Button add = new Button(getTranslation("tonari.notices.add"), e -> {
            if (headline.getValue().isBlank()) {
                headline.setInvalid(true);
                headline.setErrorMessage(getTranslation("tonari.notices.required"));
                return;
            }
            board.post(headline.getValue());
            headline.clear();
            headline.setInvalid(false);
            refresh();
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(headline, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addColumn(n -> Formats.eraDate(n.posted(), getLocale()))
                .setHeader(getTranslation("tonari.notices.date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(NoticeBoard.Notice::headline).setHeader(getTranslation("tonari.notices.headline"));
        grid.setEmptyStateText(getTranslation("tonari.notices.empty"));
        grid.setAllRowsVisible(true);

        add(new H2(getTranslation("tonari.notices.title")), new Paragraph(getTranslation("tonari.notices.lead")), form,
                grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(board.all());
    }
}
