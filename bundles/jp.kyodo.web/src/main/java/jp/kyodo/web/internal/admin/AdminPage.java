package jp.kyodo.web.internal.admin;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** Common frame of the admin pages: a title, an optional lead text, the standard padding. */
abstract class AdminPage extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final String titleKey;

    AdminPage(String titleKey, String leadKey) {
        this.titleKey = titleKey;
        addClassName("kyodo-view");
        setPadding(false);
        H2 title = new H2(getTranslation(titleKey));
        title.getStyle().set("margin-top", "0");
        add(title);
        if (leadKey != null) {
            Paragraph lead = new Paragraph(getTranslation(leadKey));
            lead.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
            add(lead);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " | " + getTranslation("kyodo.product");
    }

    static Paragraph emptyState(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("kyodo-empty-state");
        p.setWidthFull();
        return p;
    }
}
