package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import jp.kyodo.registry.PartnerSummary;

/**
 * Before saving: the records that may be the same partner, each with a link (opened in a new tab so
 * the form keeps what was typed), and the choice to save anyway or go back.
 */
final class DuplicatesDialog {

    private DuplicatesDialog() {}

    static void open(Labels labels, String question, List<PartnerSummary> candidates, Runnable saveAnyway) {
        UnorderedList list = new UnorderedList();
        for (PartnerSummary s : candidates) {
            Anchor name = new Anchor(Routes.of(s), s.name());
            name.setTarget("_blank");
            Span more = new Span(labels.text("registry.duplicates.item", s.nameReading(), labels.type(s.type())));
            more.getStyle().set("color", "var(--lumo-secondary-text-color)");
            list.add(new ListItem(name, more));
        }
        Paragraph text = new Paragraph(question);
        text.getStyle().set("margin-top", "0");
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("registry-duplicates");
        dialog.setHeader(labels.text("registry.duplicates.title"));
        dialog.setText(new Div(text, list));
        dialog.setCancelable(true);
        dialog.setCancelText(labels.text("registry.duplicates.back"));
        dialog.setConfirmText(labels.text("registry.duplicates.saveAnyway"));
        dialog.addConfirmListener(e -> saveAnyway.run());
        dialog.open();
    }
}
