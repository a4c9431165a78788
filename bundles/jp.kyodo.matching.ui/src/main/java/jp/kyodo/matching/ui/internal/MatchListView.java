package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.matching.Match;
import jp.kyodo.matching.MatchPipeline;
import jp.kyodo.matching.MatchQuery;
import jp.kyodo.matching.MatchStage;
import jp.kyodo.web.CsvTable;

/** マッチ (list): every match, newest activity first, by stage and stale-only; {@code ?stage=…&stale=true}. */
final class MatchListView extends MatchingList<MatchQuery, Match> implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;

    private final MultiSelectComboBox<MatchStage> stages = new MultiSelectComboBox<>();
    private final Checkbox staleOnly = new Checkbox();

    MatchListView(MatchingServices services) {
        super(services, "matching-matches");
        stages.setLabel(t("matching.match.stage"));
        stages.setItems(MatchStage.values());
        stages.setItemLabelGenerator(labels::of);
        stages.setId("matching-matches-stage");
        stages.setAutoExpand(MultiSelectComboBox.AutoExpandMode.HORIZONTAL);
        stages.addValueChangeListener(e -> refresh());
        staleOnly.setLabel(t("matching.matches.staleOnly"));
        staleOnly.setId("matching-matches-stale");
        staleOnly.addValueChangeListener(e -> refresh());
        search.setVisible(false); // matches are found through their need; the list filters by state
        layout(t("matching.matches.title"), "", List.of(MatchTabs.of(labels, false)), List.of(stages, staleOnly));
    }

    /** The list showing one stage. */
    static String route(MatchStage stage) {
        return Routes.MATCH_LIST + "?" + Routes.STAGE + "=" + stage.name();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Map<String, List<String>> p = event.getLocation().getQueryParameters().getParameters();
        EnumSet<MatchStage> chosen = EnumSet.noneOf(MatchStage.class);
        for (String s : p.getOrDefault(Routes.STAGE, List.of())) {
            for (MatchStage stage : MatchStage.values()) {
                if (stage.name().equalsIgnoreCase(s.strip())) {
                    chosen.add(stage);
                }
            }
        }
        if (!chosen.isEmpty()) {
            stages.setValue(chosen);
        }
        if (p.getOrDefault(Routes.STALE, List.of()).contains("true")) {
            staleOnly.setValue(true);
        }
    }

    @Override
    protected MatchQuery currentQuery() {
        Set<MatchStage> s = EnumSet.noneOf(MatchStage.class);
        s.addAll(stages.getSelectedItems());
        return new MatchQuery(s, null, staleOnly.getValue());
    }

    @Override
    protected Page<Match> search(MatchQuery query, PageRequest page) {
        return services.pipeline().search(query, page);
    }

    @Override
    protected void columns(Grid<Match> grid) {
        grid.addColumn(LitRenderer.<Match>of("<div style='line-height:1.4;padding:var(--lumo-space-xs) 0'>"
                                + "<div style='font-weight:600;white-space:normal'>${item.need}</div>"
                                + "<div style='font-size:var(--lumo-font-size-s);"
                                + "color:var(--lumo-secondary-text-color)'>${item.owner}</div></div>")
                        .withProperty("need", Match::needTitle)
                        .withProperty("owner", Match::ownerName))
                .setHeader(t("matching.match.need"))
                .setFlexGrow(3);
        grid.addColumn(LitRenderer.<Match>of("<div style='line-height:1.4'><div>${item.name}</div>"
                                + "<div style='font-size:var(--lumo-font-size-s);"
                                + "color:var(--lumo-secondary-text-color)'>${item.kind}</div></div>")
                        .withProperty("name", Match::candidateName)
                        .withProperty("kind", m -> labels.of(m.candidate().kind())))
                .setHeader(t("matching.match.candidate"))
                .setFlexGrow(2);
        grid.addColumn(LitRenderer.<Match>of("<span theme='badge ${item.theme}'>${item.stage}</span>"
                                + "<span theme='badge error small' ?hidden=${!item.stale}"
                                + " style='margin-inline-start:var(--lumo-space-xs)'>${item.staleText}</span>")
                        .withProperty("stage", m -> labels.of(m.stage()))
                        .withProperty("theme", m -> Badges.theme(m.stage()))
                        .withProperty("stale", Match::stale)
                        .withProperty("staleText", m -> t("matching.stale")))
                .setHeader(t("matching.match.stage"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> labels.date(
                        m.stageSince() == null
                                ? null
                                : m.stageSince()
                                        .atZone(jp.kyodo.web.Formats.ZONE)
                                        .toLocalDate()))
                .setHeader(t("matching.match.stageSince"))
                .setSortProperty(MatchPipeline.SORT_STAGE_SINCE)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Match::result).setHeader(t("matching.match.result")).setFlexGrow(2);
    }

    @Override
    protected void open(Match match) {
        Routes.navigate(Routes.match(match.id()));
    }

    @Override
    protected String emptyText() {
        return t("matching.matches.empty");
    }

    @Override
    protected CsvTable<Match> csv() {
        return CsvLayouts.of(services).matches();
    }

    @Override
    protected String exportName() {
        return t("matching.matches.exportName");
    }
}
