package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.Map;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.registry.RegistryStatistics;
import jp.kyodo.web.DashboardWidget;
import jp.kyodo.web.Formats;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** 担い手: how many partners of each type, the most common activity fields, this fiscal year's new ones. */
@org.osgi.service.component.annotations.Component(service = DashboardWidget.class)
public final class PartnersWidget implements DashboardWidget {

    static final int TOP_FIELDS = 5;

    private final RegistryServices services;

    @Activate
    public PartnersWidget(@Reference RegistryServices services) {
        this.services = services;
    }

    @Override
    public String titleKey() {
        return "registry.widget.title";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Component createContent() {
        Div content = new Div();
        content.setId("registry-widget");
        Labels labels = Labels.of(content, services);
        RegistryStatistics stats = services.directory().statistics();
        Div types = table();
        for (PartnerType type : PartnerType.values()) {
            long n = stats.byType().getOrDefault(type, 0L);
            row(types, labels.type(type), labels.text("registry.widget.count", Formats.number(n, labels.locale())));
        }
        content.add(types);
        if (!stats.organisationsByField().isEmpty()) {
            Paragraph heading = new Paragraph(labels.text("registry.widget.topFields"));
            heading.getStyle().set("margin", "var(--lumo-space-s) 0 0").set("font-weight", "600");
            Div fields = table();
            stats.organisationsByField().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(TOP_FIELDS)
                    .forEach(e -> row(
                            fields,
                            labels.field(e.getKey()),
                            labels.text("registry.widget.count", Formats.number(e.getValue(), labels.locale()))));
            content.add(heading, fields);
        }
        Paragraph fresh = new Paragraph(labels.text(
                "registry.widget.newThisYear",
                labels.isJapanese()
                        ? stats.fiscalYear().format()
                        : "FY" + stats.fiscalYear().startYear(),
                Formats.number(stats.newThisFiscalYear(), labels.locale())));
        fresh.getStyle().set("margin", "var(--lumo-space-s) 0");
        content.add(fresh, new Anchor(Routes.SEARCH, labels.text("registry.search.title")));
        return content;
    }

    private static Div table() {
        Div table = new Div();
        table.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "1fr max-content")
                .set("column-gap", "var(--lumo-space-m)")
                .set("font-size", "var(--lumo-font-size-s)");
        return table;
    }

    private static void row(Div table, String label, String value) {
        Span v = new Span(value);
        v.getStyle().set("text-align", "right").set("font-variant-numeric", "tabular-nums");
        table.add(new Span(label), v);
    }
}
