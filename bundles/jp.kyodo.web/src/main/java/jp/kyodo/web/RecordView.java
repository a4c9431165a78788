package jp.kyodo.web;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.NotFoundException;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;

/**
 * What the modules' record pages share: the record is read from {@code ?id=N} on every navigation (the shell keeps
 * the view when only the query changes), drawn again after each change, and a clear state when it is not
 * there (or the user may not see it).
 *
 * @param <R> the record type
 */
public abstract class RecordView<R> extends VerticalLayout implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;

    protected final boolean coordinator;
    protected final boolean staff;
    private Long id;

    protected RecordView() {
        this.coordinator = Permissions.hasRole(Role.COORDINATOR);
        this.staff = Permissions.hasRole(Role.STAFF);
        setPadding(false);
    }

    protected abstract R load(long id);

    protected abstract void render(R record);

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        id = Navigation.id(event.getLocation().getQueryParameters()).orElse(null);
        reload();
    }

    /** Reads the record again and draws the page. */
    protected void reload() {
        removeAll();
        if (id == null) {
            add(Ui.emptyState(t("kyodo.record.notFound")));
            return;
        }
        try {
            render(load(id));
        } catch (NotFoundException e) {
            removeAll();
            add(Ui.emptyState(t("kyodo.record.notFound")));
        } catch (DomainException e) {
            removeAll();
            add(Ui.emptyState(e.message(getLocale())));
        }
    }

    protected long id() {
        return id;
    }

    /** Runs a change, says how it went, and shows the record as it is now. */
    protected void change(Runnable work, String doneKey) {
        try {
            work.run();
            Ui.success(t(doneKey));
        } catch (DomainException e) {
            Ui.error(e.message(getLocale()));
        }
        reload();
    }

    protected String t(String key, Object... args) {
        return getTranslation(key, args);
    }
}
