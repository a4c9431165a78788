package jp.kyodo.web.internal.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.Page;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.core.audit.AuditEntry;
import jp.kyodo.core.audit.AuditLog;
import jp.kyodo.core.audit.AuditQuery;
import jp.kyodo.core.csv.CsvWriter;
import jp.kyodo.web.Formats;
import jp.kyodo.web.internal.ui.Shell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log: who did what, when, filtered by user, action and period, paged from the database
 * as the grid scrolls, and exported as CSV (UTF-8 with BOM, so Excel opens it).
 */
public final class AuditLogView extends AdminPage {

    public static final String ROUTE = "admin/audit";

    /** The most rows one export writes; larger periods are exported in parts. */
    static final int MAX_EXPORT_ROWS = 100_000;

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AuditLogView.class);

    private final transient Shell shell;
    private final TextField actor = new TextField();
    private final MultiSelectComboBox<AuditAction> actions = new MultiSelectComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span total = new Span();

    public AuditLogView(Shell shell) {
        super("kyodo.admin.audit.title", "kyodo.admin.audit.lead");
        this.shell = shell;
        if (shell.platform().auditLog().isEmpty()) {
            add(emptyState(getTranslation("kyodo.admin.audit.unavailable")));
            return;
        }
        add(filters(), grid, footer());
        columns();
        setFlexGrow(1, grid);
        setSizeFull();
        search();
    }

    private FlexLayout filters() {
        actor.setLabel(getTranslation("kyodo.admin.audit.who"));
        actor.setClearButtonVisible(true);
        actions.setLabel(getTranslation("kyodo.admin.audit.what"));
        actions.setItems(AuditAction.values());
        actions.setItemLabelGenerator(this::label);
        from.setLabel(getTranslation("kyodo.admin.audit.from"));
        to.setLabel(getTranslation("kyodo.admin.audit.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        Button search = new Button(getTranslation("kyodo.search"), VaadinIcon.SEARCH.create(), e -> search());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        FlexLayout bar = new FlexLayout(actor, actions, from, to, search);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        bar.setWidthFull();
        return bar;
    }

    private void columns() {
        Locale locale = getLocale();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), locale))
                .setHeader(getTranslation("kyodo.admin.audit.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::actor)
                .setHeader(getTranslation("kyodo.admin.audit.who"))
                .setAutoWidth(true);
        grid.addColumn(e -> label(e.action()))
                .setHeader(getTranslation("kyodo.admin.audit.what"))
                .setAutoWidth(true);
        grid.addColumn(e -> join(e.recordType(), e.recordId()))
                .setHeader(getTranslation("kyodo.admin.audit.record"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::detail)
                .setHeader(getTranslation("kyodo.admin.audit.detail"))
                .setFlexGrow(1);
        grid.addColumn(AuditEntry::remoteAddress)
                .setHeader(getTranslation("kyodo.admin.audit.address"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("kyodo.admin.audit.empty"));
    }

    private HorizontalLayout footer() {
        Anchor export = new Anchor(csv(), getTranslation("kyodo.admin.audit.export"));
        export.getElement().setAttribute("download", true);
        HorizontalLayout footer = new HorizontalLayout(total, export);
        footer.setWidthFull();
        footer.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        footer.setAlignItems(FlexComponent.Alignment.CENTER);
        return footer;
    }

    private String label(AuditAction a) {
        return "ja".equals(getLocale().getLanguage()) ? a.labelJa() : a.name();
    }

    private static String join(String type, String id) {
        if (type == null) {
            return id == null ? "" : id;
        }
        return id == null ? type : type + " " + id;
    }

    /** The filters as a query; the period is whole days in Japan time, "to" inclusive. */
    AuditQuery query() {
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        Instant start = f == null ? null : f.atStartOfDay(Formats.ZONE).toInstant();
        Instant end =
                t == null ? null : t.plusDays(1).atStartOfDay(Formats.ZONE).toInstant();
        EnumSet<AuditAction> selected = EnumSet.noneOf(AuditAction.class);
        selected.addAll(actions.getSelectedItems());
        return new AuditQuery(actor.getValue(), selected, null, null, start, end);
    }

    private void search() {
        AuditQuery q = query();
        Optional<AuditLog> log = shell.platform().auditLog();
        if (log.isEmpty()) {
            return;
        }
        grid.setItems(page -> fetch(log.get(), q, page.getOffset(), page.getLimit()), page ->
                (int) Math.min(Integer.MAX_VALUE, count(log.get(), q)));
    }

    private Stream<AuditEntry> fetch(AuditLog log, AuditQuery q, int offset, int limit) {
        Page<AuditEntry> page =
                log.query(q, new PageRequest(offset, Math.min(limit, PageRequest.MAX_LIMIT), List.of()));
        return page.items().stream();
    }

    private long count(AuditLog log, AuditQuery q) {
        try {
            long n = log.query(q, new PageRequest(0, 1, List.of())).total();
            total.setText(getTranslation("kyodo.admin.audit.total", n));
            return n;
        } catch (AccessDeniedException e) {
            total.setText(e.getMessage());
            return 0;
        }
    }

    /** The CSV of everything the current filters match, newest first. */
    private DownloadHandler csv() {
        return event -> {
            Optional<AuditLog> log = shell.platform().auditLog();
            if (log.isEmpty()) {
                event.getResponse().setStatus(503);
                return;
            }
            AuditQuery q = query();
            String stamp = LocalDate.now(Formats.ZONE).format(DateTimeFormatter.BASIC_ISO_DATE);
            event.setFileName("audit-log-" + stamp + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            log.get().record(AuditAction.EXPORT, "core.AuditLog", null, "CSV export " + q);
            try (CsvWriter csv =
                    new CsvWriter(new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8))) {
                csv.withByteOrderMark();
                csv.row("id", "日時", "利用者", "操作", "操作コード", "種別", "ID", "内容", "接続元");
                PageRequest page = new PageRequest(0, PageRequest.MAX_LIMIT, List.of());
                int written = 0;
                while (written < MAX_EXPORT_ROWS) {
                    Page<AuditEntry> result = log.get().query(q, page);
                    for (AuditEntry e : result.items()) {
                        csv.row(
                                Long.toString(e.id()),
                                Formats.dateTime(e.occurredAt(), Locale.JAPANESE),
                                e.actor(),
                                e.action().labelJa(),
                                e.action().name(),
                                e.recordType(),
                                e.recordId(),
                                e.detail(),
                                e.remoteAddress());
                    }
                    written += result.items().size();
                    if (!result.hasNext()) {
                        break;
                    }
                    page = page.next();
                }
            } catch (IOException e) {
                LOG.warn("Audit log export interrupted: {}", e.getMessage());
            }
        };
    }
}
