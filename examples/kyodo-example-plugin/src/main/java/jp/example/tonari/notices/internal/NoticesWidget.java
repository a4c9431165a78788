package jp.example.tonari.notices.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import jp.kyodo.web.DashboardWidget;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The dashboard card: how many notices there are and the latest one, for every signed-in user. */
@org.osgi.service.component.annotations.Component(service = DashboardWidget.class)
public final class NoticesWidget implements DashboardWidget {

    private final NoticeBoard board;

    @Activate
    public NoticesWidget(@Reference NoticeBoard board) {
        this.board = board;
    }

    @Override
    public String titleKey() {
        return "tonari.notices.widget.title";
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public Component createContent() {
        List<NoticeBoard.Notice> notices = board.all();
        Div content = new Div();
        content.add(new Paragraph(content.getTranslation("tonari.notices.widget.count", notices.size())));
        if (!notices.isEmpty()) {
            content.add(new Paragraph(
                    content.getTranslation("tonari.notices.widget.latest", notices.get(0).headline())));
        }
        content.add(new Anchor("tonari/notices", content.getTranslation("tonari.notices.title")));
        return content;
    }
}
