package jp.kyodo.web.internal.ui;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import jp.kyodo.web.internal.admin.AuditLogView;
import jp.kyodo.web.internal.admin.ModulesView;
import jp.kyodo.web.internal.admin.UsersView;

/**
 * Creates the shell's views and layout with their dependencies (constructor injection instead of
 * Vaadin's reflective no-argument construction), supplies the merged translations and registers the
 * shell's service init listener. Every other class is created the default way.
 */
final class KyodoInstantiator extends DefaultInstantiator {

    private static final long serialVersionUID = 1L;

    private static final Map<Class<?>, Function<Shell, Object>> FACTORIES = Map.of(
            MainLayout.class, MainLayout::new,
            HomeView.class, HomeView::new,
            LoginView.class, LoginView::new,
            ContributedView.class, ContributedView::new,
            ModulesView.class, ModulesView::new,
            UsersView.class, UsersView::new,
            AuditLogView.class, AuditLogView::new);

    private final transient Shell shell;
    private final I18NProvider i18n;

    KyodoInstantiator(VaadinService service, Shell shell) {
        super(service);
        this.shell = shell;
        this.i18n = new KyodoI18nProvider(shell.translations());
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        Function<Shell, Object> factory = FACTORIES.get(type);
        return factory == null ? super.getOrCreate(type) : type.cast(factory.apply(shell));
    }

    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(super.getServiceInitListeners(), Stream.of(new ShellServiceInitListener(shell)));
    }

    @Override
    public I18NProvider getI18NProvider() {
        return i18n;
    }
}
