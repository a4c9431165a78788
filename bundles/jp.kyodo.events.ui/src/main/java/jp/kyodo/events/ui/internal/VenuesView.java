package jp.kyodo.events.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.core.text.JapaneseText;
import jp.kyodo.events.Room;
import jp.kyodo.events.RoomDraft;
import jp.kyodo.events.Venue;
import jp.kyodo.events.VenueDraft;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.Formats;
import jp.kyodo.web.Ui;
import jp.kyodo.web.YenField;

/**
 * 施設と部屋: every venue with its opening hours, closing days and rooms (capacity, equipment, fee per hour), its
 * public calendar; coordinators add and change venues and rooms in dialogs, the service's problems shown at their
 * fields.
 */
final class VenuesView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final Duration SLOT = Duration.ofMinutes(30);

    private final transient EventsServices services;
    private final boolean coordinator = Permissions.hasRole(Role.COORDINATOR);
    private final Div venues = new Div();

    VenuesView(EventsServices services) {
        this.services = services;
        setPadding(false);
        Component[] actions = {};
        if (coordinator) {
            Button add = new Button(t("events.venues.new"), VaadinIcon.PLUS.create(), e -> venueDialog(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("venues-new");
            actions = new Component[] {add};
        }
        venues.setId("venues");
        venues.setWidthFull();
        add(Ui.header(t("events.venues.title"), actions), venues);
        draw();
    }

    private void draw() {
        venues.removeAll();
        List<Venue> all;
        List<Room> rooms;
        try {
            all = services.venues().venues();
            rooms = services.venues().rooms(null);
        } catch (DomainException e) {
            venues.add(Ui.emptyState(e.message(getLocale())));
            return;
        }
        if (all.isEmpty()) {
            venues.add(Ui.emptyState(t(coordinator ? "events.venues.emptyCoordinator" : "events.venues.empty")));
            return;
        }
        Map<Long, List<Room>> byVenue =
                rooms.stream().collect(Collectors.groupingBy(r -> r.draft().venueId()));
        for (Venue v : all) {
            venues.add(venueCard(v, byVenue.getOrDefault(v.id(), List.of())));
        }
    }

    private Component venueCard(Venue v, List<Room> rooms) {
        VenueDraft d = v.draft();
        Ui.Facts facts = new Ui.Facts()
                .line(t("events.venue.address"), d.address())
                .line(t("events.venue.hours"), d.opensAt() + "〜" + d.closesAt())
                .line(t("events.venue.closed"), closedText(d))
                .line(t("events.venue.note"), d.note());
        Anchor feed = new Anchor("/api/v1/public/events/feed.ics?venue=" + v.id(), t("events.venue.feed"));
        feed.getElement().setAttribute("title", t("events.list.feedHint"));
        facts.line(t("events.venue.calendar"), feed);

        Grid<Room> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.draft().name()).setHeader(t("events.room.name")).setFlexGrow(2);
        grid.addColumn(r -> Formats.number(r.draft().capacity(), getLocale()))
                .setHeader(t("events.room.capacity"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> String.join("、", r.draft().equipment()))
                .setHeader(t("events.room.equipment"))
                .setFlexGrow(3);
        grid.addColumn(r -> Formats.yen(r.draft().hourlyFeeYen(), getLocale()))
                .setHeader(t("events.room.fee"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (coordinator) {
            grid.addComponentColumn(r -> {
                        Button edit = new Button(t("events.event.edit"), e -> roomDialog(v, r));
                        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                        return edit;
                    })
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setEmptyStateText(t("events.venue.noRooms"));
        grid.setItems(rooms);

        Div card = Ui.card(d.name(), facts, grid);
        card.getElement().setAttribute("data-venue", d.name());
        if (coordinator) {
            Button edit = new Button(t("events.venue.edit"), VaadinIcon.EDIT.create(), e -> venueDialog(v));
            Button room = new Button(t("events.room.new"), VaadinIcon.PLUS.create(), e -> roomDialog(v, null));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            room.addThemeVariants(ButtonVariant.LUMO_SMALL);
            card.add(new HorizontalLayout(edit, room));
        }
        card.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        return card;
    }

    private String closedText(VenueDraft d) {
        StringBuilder s = new StringBuilder();
        if (!d.closedDays().isEmpty()) {
            s.append(d.closedDays().stream()
                    .map(day -> day.getDisplayName(TextStyle.FULL, getLocale()))
                    .collect(Collectors.joining("、")));
        }
        if (d.closedOnHolidays()) {
            s.append(s.isEmpty() ? "" : "、").append(t("events.venue.holidays"));
        }
        if (!d.closedDates().isEmpty()) {
            s.append(s.isEmpty() ? "" : "\n").append(dates(d.closedDates()));
        }
        return s.toString();
    }

    // ---- the venue dialog ----------------------------------------------------------------------------

    private void venueDialog(Venue venue) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t(venue == null ? "events.venues.new" : "events.venue.edit"));
        dialog.setWidth("44rem");
        TextField name = FormFields.text(t("events.venue.name"), 200, "venue-name");
        TextField address = FormFields.text(t("events.venue.address"), 400, "venue-address");
        TimePicker opens = time(t("events.venue.opensAt"), "venue-opens");
        TimePicker closes = time(t("events.venue.closesAt"), "venue-closes");
        CheckboxGroup<DayOfWeek> days = FormFields.checkboxes(
                t("events.venue.closedDays"),
                DayOfWeek.class,
                day -> day.getDisplayName(TextStyle.SHORT, getLocale()),
                "venue-closed-days");
        Checkbox holidays = new Checkbox(t("events.venue.closedOnHolidays"));
        holidays.setId("venue-holidays");
        TextArea closedDates = FormFields.area(t("events.venue.closedDates"), 4000, "venue-closed-dates");
        closedDates.setHelperText(t("events.venue.closedDatesHelp"));
        TextArea note = FormFields.area(t("events.venue.note"), 2000, "venue-note");
        if (venue == null) {
            opens.setValue(LocalTime.of(9, 0));
            closes.setValue(LocalTime.of(21, 0));
        } else {
            VenueDraft d = venue.draft();
            name.setValue(d.name());
            address.setValue(d.address());
            opens.setValue(d.opensAt());
            closes.setValue(d.closesAt());
            days.setValue(d.closedDays());
            holidays.setValue(d.closedOnHolidays());
            closedDates.setValue(dates(d.closedDates()));
            note.setValue(d.note());
        }
        FormLayout form = new FormLayout(name, address, opens, closes, days, holidays, closedDates, note);
        form.setColspan(name, 2);
        form.setColspan(address, 2);
        form.setColspan(days, 2);
        form.setColspan(holidays, 2);
        form.setColspan(closedDates, 2);
        form.setColspan(note, 2);
        dialog.add(form);
        Button save = new Button(t("events.form.save"), e -> {
            try {
                VenueDraft draft = new VenueDraft(
                        name.getValue(),
                        address.getValue(),
                        opens.getValue(),
                        closes.getValue(),
                        days.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(days.getValue()),
                        holidays.getValue(),
                        parseDates(closedDates.getValue()),
                        note.getValue());
                Venue saved = venue == null
                        ? services.venues().createVenue(draft)
                        : services.venues().updateVenue(venue.id(), venue.version(), draft);
                Ui.success(t("events.venue.saved", saved.draft().name()));
                dialog.close();
                draw();
            } catch (DomainException ex) {
                Forms.show(
                        ex,
                        Map.of(
                                "name", name,
                                "address", address,
                                "opensAt", opens,
                                "closesAt", closes,
                                "closedDates", closedDates,
                                "note", note));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("venue-save");
        dialog.getFooter().add(new Button(t("kyodo.cancel"), e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private TimePicker time(String label, String id) {
        TimePicker p = new TimePicker(label);
        p.setStep(SLOT);
        p.setLocale(getLocale());
        p.setId(id);
        return p;
    }

    /** 「2026-12-29〜2027-01-03、2027-02-10」 */
    private static String dates(Set<LocalDate> dates) {
        List<String> parts = new java.util.ArrayList<>();
        LocalDate start = null;
        LocalDate last = null;
        for (LocalDate d : new TreeSet<>(dates)) {
            if (last != null && d.equals(last.plusDays(1))) {
                last = d;
                continue;
            }
            if (start != null) {
                parts.add(range(start, last));
            }
            start = d;
            last = d;
        }
        if (start != null) {
            parts.add(range(start, last));
        }
        return String.join("、", parts);
    }

    private static String range(LocalDate start, LocalDate last) {
        return start.equals(last) ? start.toString() : start + "〜" + last;
    }

    /**
     * Closing dates as people type them: dates or ranges ({@code 2026-12-29〜2027-01-03}, also with {@code /},
     * full-width digits or {@code ~}) separated by commas, 、 or lines.
     *
     * @throws ValidationException at {@code closedDates} naming the first part that is no date
     */
    static Set<LocalDate> parseDates(String text) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        String normal = JapaneseText.normalizeWidth(text == null ? "" : text).replace('〜', '~');
        for (String part : normal.split("[,、\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            String[] ends = part.split("~", -1);
            try {
                LocalDate first = date(ends[0]);
                LocalDate last = ends.length > 1 ? date(ends[1]) : first;
                if (ends.length > 2
                        || last.isBefore(first)
                        || first.plusDays(366).isBefore(last)) {
                    throw new IllegalArgumentException(part);
                }
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    dates.add(d);
                }
            } catch (RuntimeException e) {
                throw new ValidationException(List.of(new FieldError(
                        "closedDates", "「" + part + "」は日付（2026-12-29）または期間（2026-12-29〜2027-01-03）ではありません")));
            }
        }
        return dates;
    }

    private static LocalDate date(String text) {
        String[] p = text.strip().split("[-/.]");
        if (p.length != 3) {
            throw new IllegalArgumentException(text);
        }
        return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }

    // ---- the room dialog -----------------------------------------------------------------------------

    private void roomDialog(Venue venue, Room room) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(venue.draft().name() + " — " + t(room == null ? "events.room.new" : "events.room.edit"));
        dialog.setWidth("36rem");
        TextField name = FormFields.text(t("events.room.name"), 200, "room-name");
        IntegerField capacity = FormFields.integer(t("events.room.capacity"), "room-capacity");
        TextField equipment = FormFields.text(t("events.room.equipment"), 1000, "room-equipment");
        equipment.setHelperText(t("events.room.equipmentHelp"));
        YenField fee = FormFields.yen(t("events.room.fee"), "room-fee");
        if (room != null) {
            name.setValue(room.draft().name());
            capacity.setValue(room.draft().capacity());
            equipment.setValue(String.join("、", room.draft().equipment()));
            fee.setAmount(room.draft().hourlyFeeYen());
        }
        FormLayout form = new FormLayout(name, capacity, equipment, fee);
        form.setColspan(name, 2);
        form.setColspan(equipment, 2);
        dialog.add(form);
        Button save = new Button(t("events.form.save"), e -> {
            if (!fee.check()) {
                return;
            }
            try {
                RoomDraft draft = new RoomDraft(
                        venue.id(),
                        name.getValue(),
                        capacity.getValue() == null ? 0 : capacity.getValue(),
                        Arrays.stream(JapaneseText.normalizeWidth(equipment.getValue())
                                        .split("[,、]"))
                                .map(String::strip)
                                .filter(s -> !s.isEmpty())
                                .collect(Collectors.toCollection(LinkedHashSet::new)),
                        fee.amount() == null ? 0 : fee.amount());
                Room saved = room == null
                        ? services.venues().addRoom(draft)
                        : services.venues().updateRoom(room.id(), room.version(), draft);
                Ui.success(t("events.room.saved", saved.fullName()));
                dialog.close();
                draw();
            } catch (DomainException ex) {
                Forms.show(ex, Map.of("name", name, "capacity", capacity, "hourlyFeeYen", fee));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("room-save");
        dialog.getFooter().add(new Button(t("kyodo.cancel"), e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }
}
