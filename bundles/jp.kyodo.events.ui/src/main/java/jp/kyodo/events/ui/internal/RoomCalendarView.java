package jp.kyodo.events.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.events.BookingDraft;
import jp.kyodo.events.BookingStatus;
import jp.kyodo.events.FeeExemption;
import jp.kyodo.events.Room;
import jp.kyodo.events.RoomBooking;
import jp.kyodo.events.RoomBookings;
import jp.kyodo.events.RoomCalendar;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.web.Formats;
import jp.kyodo.web.Ui;

/**
 * 施設予約: a room's month (holidays and closed days marked, every booking with its group) and, for staff, the
 * booking form; a time someone else has is refused with the room and the time.
 */
final class RoomCalendarView extends VerticalLayout {

    private final EventsServices services;
    private final ComboBox<Room> room = new ComboBox<>();
    private YearMonth month = YearMonth.now(Formats.ZONE);
    private final Span monthLabel = new Span();
    private final Div calendar = new Div();

    RoomCalendarView(EventsServices services) {
        this.services = services;
        List<Room> rooms = services.venues().rooms(null);
        room.setLabel(getTranslation("events.rooms.room"));
        room.setItems(rooms);
        room.setItemLabelGenerator(Room::fullName);
        room.setId("rooms-room");
        room.setWidth("24rem");
        if (!rooms.isEmpty()) {
            room.setValue(rooms.get(0));
        }
        room.addValueChangeListener(e -> draw());
        Button previous = new Button("‹", e -> {
            month = month.minusMonths(1);
            draw();
        });
        Button next = new Button("›", e -> {
            month = month.plusMonths(1);
            draw();
        });
        next.setId("rooms-next-month");
        monthLabel.setId("rooms-month");
        HorizontalLayout bar = new HorizontalLayout(room, previous, monthLabel, next);
        bar.setAlignItems(Alignment.BASELINE);
        calendar.setId("rooms-calendar");
        calendar.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(7, minmax(7rem, 1fr))")
                .set("gap", "2px")
                .set("width", "100%");
        setPadding(false);
        add(Ui.header(getTranslation("events.rooms.title")), bar, calendar);
        if (Permissions.hasRole(Role.STAFF)) {
            add(bookingForm());
        }
        draw();
    }

    private void draw() {
        calendar.removeAll();
        monthLabel.setText(
                "ja".equals(getLocale().getLanguage())
                        ? month.getYear() + "年" + month.getMonthValue() + "月"
                        : month.getMonth().getDisplayName(TextStyle.FULL, getLocale()) + " " + month.getYear());
        Room r = room.getValue();
        if (r == null) {
            return;
        }
        RoomCalendar c = services.bookings().calendar(month, List.of(r.id())).get(0);
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            Div name = new Div(day.getDisplayName(TextStyle.SHORT, getLocale()));
            name.getStyle()
                    .set("text-align", "center")
                    .set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            calendar.add(name);
        }
        for (int i = 1; i < month.atDay(1).getDayOfWeek().getValue(); i++) {
            calendar.add(new Div());
        }
        for (RoomCalendar.Day d : c.days()) {
            Div cell = new Div();
            cell.getStyle()
                    .set("border", "1px solid var(--lumo-contrast-10pct)")
                    .set("padding", "var(--lumo-space-xs)")
                    .set("min-height", "4rem")
                    .set("font-size", "var(--lumo-font-size-s)");
            Div head = new Div(d.date().getDayOfMonth() + " ("
                    + d.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()) + ")"
                    + (d.holiday().isEmpty() ? "" : " " + d.holiday()));
            if (!d.holiday().isEmpty() || d.date().getDayOfWeek().getValue() == 7) {
                head.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            cell.add(head);
            if (!d.open()) {
                cell.getStyle().set("background", "var(--lumo-contrast-5pct)");
                cell.add(new Div(getTranslation("events.rooms.closed", d.closed())));
            }
            for (RoomCalendar.Entry e : d.bookings()) {
                Div b = new Div(e.startsAt() + "–" + e.endsAt() + " " + e.groupName());
                b.getElement().setAttribute("title", e.purpose());
                b.getElement().setAttribute("data-booking", Long.toString(e.bookingId()));
                // a booking opens with a click or, for keyboard users, Tab and Enter
                b.getElement().setAttribute("tabindex", "0");
                b.getElement().setAttribute("role", "button");
                b.getStyle().set("cursor", "pointer").set("border-radius", "var(--lumo-border-radius-s)");
                b.addClickListener(click -> showBooking(e.bookingId()));
                b.getElement()
                        .addEventListener("keydown", key -> showBooking(e.bookingId()))
                        .setFilter("event.key === 'Enter'");
                b.addClassName("booking");
                cell.add(b);
            }
            cell.getElement().setAttribute("data-date", d.date().toString());
            calendar.add(cell);
        }
    }

    /** A booking's details; for staff the cancelling of it, with a reason, after a confirmation. */
    private void showBooking(long id) {
        RoomBooking booking;
        try {
            booking = services.bookings().get(id);
        } catch (DomainException e) {
            Ui.error(e.message(getLocale()));
            return;
        }
        BookingDraft d = booking.draft();
        String when = Formats.date(d.date(), getLocale()) + " " + d.startsAt() + "〜" + d.endsAt();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("events.booking.title") + " — " + booking.roomName());
        dialog.setWidth("32rem");
        dialog.setId("booking-dialog");
        String fee = Formats.yen(booking.feeYen(), getLocale());
        if (booking.feeYen() != booking.fullFeeYen()) {
            fee += "（" + Formats.yen(booking.fullFeeYen(), getLocale()) + "）";
        }
        Ui.Facts facts = new Ui.Facts()
                .line(getTranslation("events.booking.group"), booking.groupName())
                .line(getTranslation("events.booking.time"), when)
                .line(getTranslation("events.booking.purpose"), d.purpose())
                .line(getTranslation("events.booking.attendees"), Integer.toString(d.attendees()))
                .line(getTranslation("events.booking.fee"), fee)
                .line(
                        getTranslation("events.booking.exemption"),
                        d.exemption() == FeeExemption.NONE
                                ? ""
                                : d.exemption().labelJa() + "（" + d.exemptionReason() + "）");
        dialog.add(facts);
        Button close = new Button(getTranslation("events.booking.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        if (Permissions.hasRole(Role.STAFF) && booking.status() != BookingStatus.CANCELLED) {
            TextField reason = new TextField(getTranslation("events.booking.cancelReason"));
            reason.setWidthFull();
            reason.setMaxLength(500);
            reason.setId("booking-cancel-reason");
            dialog.add(reason);
            Button cancel = new Button(getTranslation("events.booking.cancel"), e -> {
                if (reason.getValue().isBlank()) {
                    reason.setErrorMessage(getTranslation("events.booking.cancelReason"));
                    reason.setInvalid(true);
                    reason.focus();
                    return;
                }
                Ui.confirm(
                        getTranslation("events.booking.cancel"),
                        getTranslation("events.booking.cancelConfirm", booking.roomName(), when, booking.groupName()),
                        getTranslation("events.booking.cancel"),
                        () -> {
                            try {
                                services.bookings().cancel(id, reason.getValue());
                                Ui.success(getTranslation("events.booking.cancelled"));
                                dialog.close();
                                draw();
                            } catch (DomainException ex) {
                                Forms.show(ex, Map.of("reason", reason));
                            }
                        });
            });
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.setId("booking-cancel");
            dialog.getFooter().add(cancel);
        }
        dialog.open();
    }

    private VerticalLayout bookingForm() {
        DatePicker date = new DatePicker(getTranslation("events.book.date"));
        date.setValue(LocalDate.now(Formats.ZONE).plusDays(1));
        date.setId("book-date");
        TimePicker starts = new TimePicker(getTranslation("events.book.starts"));
        TimePicker ends = new TimePicker(getTranslation("events.book.ends"));
        for (TimePicker t : List.of(starts, ends)) {
            t.setStep(Duration.ofMinutes(RoomBookings.SLOT_MINUTES));
        }
        starts.setValue(LocalTime.of(10, 0));
        ends.setValue(LocalTime.of(12, 0));
        starts.setId("book-starts");
        ends.setId("book-ends");
        ComboBox<PartnerSummary> group = Forms.organisations(getTranslation("events.book.group"), services.directory());
        group.setId("book-group");
        TextField purpose = new TextField(getTranslation("events.book.purpose"));
        IntegerField attendees = new IntegerField(getTranslation("events.book.attendees"));
        attendees.setValue(10);
        attendees.setId("book-attendees");
        Select<FeeExemption> exemption = new Select<>();
        exemption.setLabel(getTranslation("events.book.exemption"));
        exemption.setItems(FeeExemption.values());
        exemption.setItemLabelGenerator(FeeExemption::labelJa);
        exemption.setValue(FeeExemption.NONE);
        TextField reason = new TextField(getTranslation("events.book.reason"));
        Button book = new Button(getTranslation("events.book.submit"), e -> {
            Room r = room.getValue();
            if (r == null) {
                Ui.error(getTranslation("events.rooms.room"));
                return;
            }
            try {
                RoomBooking b = services.bookings()
                        .book(new BookingDraft(
                                r.id(),
                                group.getValue() == null ? 0 : group.getValue().id(),
                                date.getValue(),
                                starts.getValue(),
                                ends.getValue(),
                                purpose.getValue(),
                                attendees.getValue() == null ? 0 : attendees.getValue(),
                                exemption.getValue(),
                                reason.getValue(),
                                null));
                Ui.success(getTranslation(
                        "events.book.done",
                        b.roomName(),
                        Formats.date(b.draft().date(), getLocale()),
                        b.draft().startsAt(),
                        b.draft().endsAt(),
                        Formats.yen(b.feeYen(), getLocale())));
                month = YearMonth.from(b.draft().date());
                draw();
            } catch (DomainException ex) {
                Forms.show(
                        ex,
                        Map.of(
                                "date",
                                date,
                                "startsAt",
                                starts,
                                "endsAt",
                                ends,
                                "groupId",
                                group,
                                "attendees",
                                attendees,
                                "exemptionReason",
                                reason));
            }
        });
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.setId("book-submit");
        FormLayout form = new FormLayout(date, starts, ends, group, purpose, attendees, exemption, reason);
        return new VerticalLayout(new H3(getTranslation("events.book.title")), form, book);
    }
}
