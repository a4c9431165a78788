package jp.kyodo.events.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.util.List;
import java.util.Map;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.events.Event;
import jp.kyodo.events.EventDraft;
import jp.kyodo.events.Exhibitor;
import jp.kyodo.events.Registration;
import jp.kyodo.events.RegistrationDraft;
import jp.kyodo.events.RegistrationStatus;
import jp.kyodo.events.Titles;
import jp.kyodo.web.Formats;
import jp.kyodo.web.Ui;

/**
 * An event: what, when, where, who organises it in which form, its titles in every language; for staff the
 * registrations with the waiting list (申込, 取消 moving the next up, 受付) and the exhibitors' booths.
 */
final class EventView extends VerticalLayout implements AfterNavigationObserver {

    private final EventsServices services;
    private Event event;

    EventView(EventsServices services) {
        this.services = services;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent navigation) {
        Long id = Routes.id(navigation.getLocation().getQueryParameters()).orElse(null);
        removeAll();
        if (id == null) {
            add(new Paragraph(getTranslation("events.event.none")));
            return;
        }
        try {
            event = services.events().get(id);
        } catch (DomainException e) {
            add(new Paragraph(e.message(getLocale())));
            return;
        }
        draw();
    }

    private void draw() {
        removeAll();
        EventDraft d = event.draft();
        H2 title = new H2(d.title().in(getLocale()));
        title.setId("event-title");
        add(title);
        Titles t = d.title();
        Div facts = new Div();
        fact(facts, "events.col.when", Texts.when(d, getLocale()));
        fact(facts, "events.col.where", Texts.where(event));
        fact(facts, "events.col.organisers", Texts.organisers(event));
        fact(
                facts,
                "events.col.fee",
                d.feeYen() == 0
                        ? getTranslation("events.free")
                        : Formats.yen(d.feeYen(), getLocale())
                                + (d.feeNote().isEmpty() ? "" : "（" + d.feeNote() + "）"));
        fact(facts, "events.col.audience", d.audience());
        fact(facts, "events.col.languages", String.join(", ", d.languages()));
        fact(
                facts,
                "events.col.titles",
                String.join(
                        " / ",
                        List.of(t.ja(), t.en(), t.zh(), t.ko(), t.easyJapanese()).stream()
                                .filter(s -> !s.isEmpty())
                                .toList()));
        fact(
                facts,
                "events.col.status",
                getTranslation("events.status." + event.status().name()));
        if (d.capacity() != null) {
            fact(
                    facts,
                    "events.col.places",
                    getTranslation("events.event.places", event.confirmed(), d.capacity(), event.waiting()));
        }
        add(facts);
        if (event.seriesId() != null) {
            // moving or calling off one date of a series is done on that date's page; the list shows them all
            Anchor series = new Anchor(
                    Routes.EVENTS + "?series=" + event.seriesId(), getTranslation("events.event.seriesDates"));
            series.setId("event-series");
            add(series);
        }
        if (!d.description().isEmpty()) {
            add(new Paragraph(d.description()));
        }
        if (Permissions.hasRole(Role.STAFF)) {
            actions();
            if (d.capacity() != null) {
                registrations();
            }
            List<Exhibitor> exhibitors = services.exhibitors().of(event.id());
            add(new H3(getTranslation("events.event.exhibitors")));
            addExhibitor();
            if (!exhibitors.isEmpty()) {
                Grid<Exhibitor> grid = new Grid<>();
                grid.addColumn(Exhibitor::booth)
                        .setHeader(getTranslation("events.col.booth"))
                        .setAutoWidth(true);
                grid.addColumn(Exhibitor::partnerName).setHeader(getTranslation("events.col.group"));
                grid.addColumn(Exhibitor::note).setHeader(getTranslation("events.col.note"));
                grid.setItems(exhibitors);
                grid.setAllRowsVisible(true);
                add(grid);
            }
        }
    }

    /** 変更, and 中止 with a reason (the service audits it). */
    private void actions() {
        Button edit = new Button(getTranslation("events.event.edit"), e -> getUI().ifPresent(
                        ui -> ui.navigate(Routes.EVENT_EDIT + "?" + Routes.ID + "=" + event.id())));
        edit.setId("event-edit");
        HorizontalLayout bar = new HorizontalLayout(edit);
        if (event.status() == jp.kyodo.events.EventStatus.SCHEDULED) {
            TextField reason = new TextField();
            reason.setPlaceholder(getTranslation("events.event.cancelReason"));
            Button cancel = new Button(getTranslation("events.event.cancel"), e -> {
                try {
                    event = services.events().cancel(event.id(), event.version(), reason.getValue());
                    Ui.success(getTranslation("events.event.cancelled"));
                    draw();
                } catch (DomainException ex) {
                    Forms.show(ex, Map.of("reason", reason));
                }
            });
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(reason, cancel);
        }
        bar.setAlignItems(Alignment.BASELINE);
        add(bar);
    }

    /** A group from the registry exhibits, with a booth (one per group and fair; a taken booth is refused). */
    private void addExhibitor() {
        var group = Forms.organisations(getTranslation("events.col.group"), services.directory());
        TextField booth = new TextField(getTranslation("events.col.booth"));
        booth.setWidth("8rem");
        TextField note = new TextField(getTranslation("events.col.note"));
        Button add = new Button(getTranslation("events.event.addExhibitor"), e -> {
            try {
                services.exhibitors()
                        .add(
                                event.id(),
                                group.getValue() == null ? 0 : group.getValue().id(),
                                booth.getValue(),
                                note.getValue());
                reload();
            } catch (DomainException ex) {
                Forms.show(ex, Map.of("partnerId", group, "booth", booth, "note", note));
            }
        });
        HorizontalLayout form = new HorizontalLayout(group, booth, note, add);
        form.setAlignItems(Alignment.BASELINE);
        form.setWidthFull();
        add(form);
    }

    private void fact(Div facts, String key, String value) {
        if (value != null && !value.isEmpty()) {
            Div row = new Div();
            row.setText(getTranslation(key) + ": " + value);
            facts.add(row);
        }
    }

    private void registrations() {
        add(new H3(getTranslation("events.event.registrations")));
        TextField name = new TextField(getTranslation("events.reg.name"));
        name.setId("registration-name");
        TextField contact = new TextField(getTranslation("events.reg.contact"));
        IntegerField people = new IntegerField(getTranslation("events.reg.people"));
        people.setValue(1);
        people.setMin(1);
        people.setStepButtonsVisible(true);
        Button register = new Button(getTranslation("events.reg.register"), e -> {
            try {
                Registration r = services.registrations()
                        .register(new RegistrationDraft(
                                event.id(),
                                name.getValue(),
                                contact.getValue(),
                                people.getValue() == null ? 0 : people.getValue(),
                                "ja"));
                Ui.success(
                        r.status() == RegistrationStatus.WAITING
                                ? getTranslation("events.reg.waiting", r.draft().name())
                                : getTranslation(
                                        "events.reg.confirmed", r.draft().name()));
                reload();
            } catch (DomainException ex) {
                Forms.show(ex, Map.of("name", name, "contact", contact, "people", people));
            }
        });
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setId("registration-submit");
        HorizontalLayout form = new HorizontalLayout(name, contact, people, register);
        form.setAlignItems(Alignment.BASELINE);
        // a called-off event takes no more registrations (the service refuses them too)
        form.setVisible(event.status() == jp.kyodo.events.EventStatus.SCHEDULED);
        add(form);
        Grid<Registration> grid = new Grid<>();
        grid.addColumn(r -> r.draft().name()).setHeader(getTranslation("events.reg.name"));
        grid.addColumn(r -> r.draft().people())
                .setHeader(getTranslation("events.reg.people"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("events.reg.status." + r.status().name())
                        + (r.waitingPosition() > 0 ? " " + r.waitingPosition() : ""))
                .setHeader(getTranslation("events.col.status"));
        grid.addColumn(r -> r.checkedInAt() == null ? "" : Formats.dateTime(r.checkedInAt(), getLocale()))
                .setHeader(getTranslation("events.reg.checkedIn"));
        grid.addComponentColumn(r -> {
            HorizontalLayout actions = new HorizontalLayout();
            if (r.status() == RegistrationStatus.CONFIRMED && r.checkedInAt() == null) {
                actions.add(small(getTranslation("events.reg.checkIn"), () -> services.registrations()
                        .checkIn(r.id())));
            }
            if (r.status() != RegistrationStatus.CANCELLED) {
                actions.add(small(getTranslation("events.reg.cancel"), () -> {
                    List<Registration> moved = services.registrations().cancel(r.id());
                    moved.forEach(m -> Ui.success(
                            getTranslation("events.reg.movedUp", m.draft().name())));
                }));
            }
            return actions;
        });
        grid.setItems(services.registrations().of(event.id()));
        grid.setAllRowsVisible(true);
        grid.setId("registrations-grid");
        add(grid);
    }

    private Button small(String text, Runnable action) {
        Button b = new Button(text, e -> {
            try {
                action.run();
                reload();
            } catch (DomainException ex) {
                Ui.error(ex.message(getLocale()));
            }
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    private void reload() {
        event = services.events().get(event.id());
        draw();
    }
}
