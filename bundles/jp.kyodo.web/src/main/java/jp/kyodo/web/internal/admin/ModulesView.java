package jp.kyodo.web.internal.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.web.internal.ModuleCatalog;
import jp.kyodo.web.internal.ModuleCatalog.Module;
import jp.kyodo.web.internal.ui.Shell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed Kyodo modules (Karaf features kyodo-*) with version and state; optional modules can
 * be installed or removed here. The base modules ({@code kyodo-base} and what the distribution
 * boots) are shown but cannot be removed from the UI.
 */
public final class ModulesView extends AdminPage {

    public static final String ROUTE = "admin/modules";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ModulesView.class);

    /** Modules the platform cannot run without. */
    private static final List<String> REQUIRED = List.of("kyodo-base", "kyodo-web", "kyodo-persistence");

    private final transient Shell shell;
    private final Grid<Module> grid = new Grid<>();

    public ModulesView(Shell shell) {
        super("kyodo.admin.modules.title", "kyodo.admin.modules.lead");
        this.shell = shell;
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Module::name)
                .setHeader(getTranslation("kyodo.admin.modules.name"))
                .setAutoWidth(true);
        grid.addColumn(Module::version)
                .setHeader(getTranslation("kyodo.admin.modules.version"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::state)
                .setHeader(getTranslation("kyodo.admin.modules.state"))
                .setAutoWidth(true);
        grid.addColumn(Module::description)
                .setHeader(getTranslation("kyodo.admin.modules.description"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::action).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    private void refresh() {
        Optional<ModuleCatalog> catalog = shell.platform().modules();
        if (catalog.isEmpty()) {
            grid.setVisible(false);
            add(emptyState(getTranslation("kyodo.admin.modules.unavailable")));
            return;
        }
        grid.setItems(catalog.get().modules());
    }

    private Span state(Module m) {
        Span badge = new Span(
                getTranslation(m.installed() ? "kyodo.admin.modules.installed" : "kyodo.admin.modules.available"));
        badge.getElement().getThemeList().add(m.installed() ? "badge success" : "badge contrast");
        return badge;
    }

    private Button action(Module m) {
        boolean install = !m.installed();
        Button b =
                new Button(getTranslation(install ? "kyodo.admin.modules.install" : "kyodo.admin.modules.uninstall"));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, install ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
        b.setVisible(!REQUIRED.contains(m.name()));
        b.addClickListener(e -> confirm(m, install));
        return b;
    }

    private void confirm(Module m, boolean install) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(m.name());
        dialog.setText(getTranslation(
                install ? "kyodo.admin.modules.confirmInstall" : "kyodo.admin.modules.confirmUninstall", m.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("kyodo.cancel"));
        dialog.setConfirmText(
                getTranslation(install ? "kyodo.admin.modules.install" : "kyodo.admin.modules.uninstall"));
        dialog.addConfirmListener(e -> change(m, install));
        dialog.open();
    }

    /** Feature changes take seconds to minutes: done off the UI thread, the result pushed back. */
    private void change(Module m, boolean install) {
        Optional<ModuleCatalog> catalog = shell.platform().modules();
        if (catalog.isEmpty()) {
            return;
        }
        UI ui = UI.getCurrent();
        grid.setEnabled(false);
        Notification.show(getTranslation("kyodo.admin.modules.working", m.name()));
        shell.platform()
                .auditLog()
                .ifPresent(log -> log.record(
                        AuditAction.ADMIN,
                        "web.Module",
                        m.name(),
                        (install ? "install " : "uninstall ") + m.version()));
        CompletableFuture.runAsync(() -> {
                    try {
                        if (install) {
                            catalog.get().install(m.name(), m.version());
                        } else {
                            catalog.get().uninstall(m.name(), m.version());
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .whenComplete((ok, failure) -> {
                    if (failure != null) {
                        LOG.error("Could not {} {}", install ? "install" : "uninstall", m.name(), failure);
                    }
                    try {
                        ui.access(() -> {
                            grid.setEnabled(true);
                            refresh();
                            Notification n = Notification.show(getTranslation(
                                    failure == null ? "kyodo.admin.modules.done" : "kyodo.admin.modules.failed",
                                    m.name()));
                            if (failure != null) {
                                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                            }
                        });
                    } catch (UIDetachedException closed) {
                        // nobody to tell
                    }
                });
    }
}
