package jp.kyodo.events.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.ValidationException;
import jp.kyodo.events.CollaborationForm;
import jp.kyodo.events.EventDraft;
import jp.kyodo.events.HolidayPolicy;
import jp.kyodo.events.Occurrence;
import jp.kyodo.events.Organiser;
import jp.kyodo.events.Room;
import jp.kyodo.events.Series;
import jp.kyodo.events.SeriesDraft;
import jp.kyodo.events.SeriesRule;
import jp.kyodo.events.Titles;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.web.Formats;
import jp.kyodo.web.Ui;

/**
 * 定例イベントの登録: a template event, a Japanese rule (第n何曜日, 隔週, 指定日), the period, what to do on
 * holidays; 「日程を確認」 lists the dates with the moved ones marked, 「登録」 creates every event.
 */
final class SeriesForm extends VerticalLayout {

    private static final String NTH = "nth";
    private static final String WEEKLY = "weekly";
    private static final String DATES = "dates";

    private final EventsServices services;
    private final TextField titleJa = new TextField();
    private final TextField titleEn = new TextField();
    private final TextField titleZh = new TextField();
    private final TextField titleKo = new TextField();
    private final TextField titleEasy = new TextField();
    private final ComboBox<PartnerSummary> organiser;
    private final Select<CollaborationForm> form = new Select<>();
    private final ComboBox<Room> room = new ComboBox<>();
    private final TextField place = new TextField();
    private final TimePicker starts = new TimePicker();
    private final TimePicker ends = new TimePicker();
    private final IntegerField capacity = new IntegerField();
    private final RadioButtonGroup<String> kind = new RadioButtonGroup<>();
    private final Select<Integer> nth = new Select<>();
    private final Select<DayOfWeek> day = new Select<>();
    private final MultiSelectComboBox<Month> months = new MultiSelectComboBox<>();
    private final IntegerField everyWeeks = new IntegerField();
    private final TextArea dates = new TextArea();
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final Select<HolidayPolicy> holidays = new Select<>();
    private final UnorderedList preview = new UnorderedList();

    SeriesForm(EventsServices services) {
        this.services = services;
        organiser = Forms.organisations(getTranslation("events.series.organiser"), services.directory());
        organiser.setId("series-organiser");
        titleJa.setLabel(getTranslation("events.series.titleJa"));
        titleJa.setId("series-title");
        titleEn.setLabel("English");
        titleZh.setLabel("中文");
        titleKo.setLabel("한국어");
        titleEasy.setLabel("やさしい日本語");
        form.setLabel(getTranslation("events.series.form"));
        form.setItems(CollaborationForm.values());
        form.setItemLabelGenerator(CollaborationForm::labelJa);
        form.setValue(CollaborationForm.HOST);
        room.setLabel(getTranslation("events.series.room"));
        room.setItems(services.venues().rooms(null));
        room.setItemLabelGenerator(Room::fullName);
        room.setClearButtonVisible(true);
        place.setLabel(getTranslation("events.series.place"));
        place.setId("series-place");
        starts.setLabel(getTranslation("events.series.starts"));
        starts.setValue(LocalTime.of(10, 0));
        ends.setLabel(getTranslation("events.series.ends"));
        ends.setValue(LocalTime.of(12, 0));
        capacity.setLabel(getTranslation("events.series.capacity"));
        kind.setLabel(getTranslation("events.series.rule"));
        kind.setItems(NTH, WEEKLY, DATES);
        kind.setItemLabelGenerator(k -> getTranslation("events.series.rule." + k));
        kind.setValue(NTH);
        kind.setId("series-kind");
        nth.setLabel(getTranslation("events.series.nth"));
        nth.setItems(1, 2, 3, 4, 5, -1);
        nth.setItemLabelGenerator(n -> n == -1 ? "最終" : "第" + n);
        nth.setValue(3);
        nth.setId("series-nth");
        day.setLabel(getTranslation("events.series.day"));
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
        day.setValue(DayOfWeek.SUNDAY);
        day.setId("series-day");
        months.setLabel(getTranslation("events.series.months"));
        months.setItems(Month.values());
        months.setItemLabelGenerator(m -> m.getDisplayName(TextStyle.FULL, getLocale()));
        months.setId("series-months");
        everyWeeks.setLabel(getTranslation("events.series.everyWeeks"));
        everyWeeks.setValue(2);
        dates.setLabel(getTranslation("events.series.dates"));
        dates.setPlaceholder("2027-05-15\n2027-07-10");
        from.setLabel(getTranslation("events.series.from"));
        from.setValue(LocalDate.now(Formats.ZONE));
        from.setId("series-from");
        until.setLabel(getTranslation("events.series.until"));
        until.setValue(LocalDate.now(Formats.ZONE).plusYears(1));
        until.setId("series-until");
        holidays.setLabel(getTranslation("events.series.holidays"));
        holidays.setItems(HolidayPolicy.values());
        holidays.setItemLabelGenerator(HolidayPolicy::labelJa);
        holidays.setValue(HolidayPolicy.HOLD);
        holidays.setId("series-holidays");
        kind.addValueChangeListener(e -> showRuleFields());
        FormLayout layout = new FormLayout(
                titleJa,
                titleEn,
                titleZh,
                titleKo,
                titleEasy,
                organiser,
                form,
                room,
                place,
                starts,
                ends,
                capacity,
                kind,
                nth,
                day,
                months,
                everyWeeks,
                dates,
                from,
                until,
                holidays);
        Button check = new Button(getTranslation("events.series.preview"), e -> preview());
        check.setId("series-preview");
        Button create = new Button(getTranslation("events.series.create"), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("series-create");
        preview.setId("series-dates");
        add(new H2(getTranslation("events.series.title")), layout, new HorizontalLayout(check, create), preview);
        showRuleFields();
    }

    private void showRuleFields() {
        String k = kind.getValue();
        nth.setVisible(NTH.equals(k));
        months.setVisible(NTH.equals(k));
        day.setVisible(!DATES.equals(k));
        everyWeeks.setVisible(WEEKLY.equals(k));
        dates.setVisible(DATES.equals(k));
    }

    private SeriesRule rule() {
        return switch (kind.getValue()) {
            case WEEKLY -> new SeriesRule.Weekly(
                    day.getValue(), everyWeeks.getValue() == null ? 0 : everyWeeks.getValue());
            case DATES -> {
                List<LocalDate> picked = new ArrayList<>();
                for (String line : dates.getValue().split("\\R")) {
                    if (!line.isBlank()) {
                        try {
                            picked.add(LocalDate.parse(line.strip().replace('/', '-')));
                        } catch (DateTimeParseException e) {
                            throw ValidationException.of("rule.dates", getTranslation("events.series.badDate", line));
                        }
                    }
                }
                yield new SeriesRule.PickedDates(picked);
            }
            default -> new SeriesRule.NthWeekday(nth.getValue(), day.getValue(), Set.copyOf(months.getValue()));
        };
    }

    private SeriesDraft draft() {
        LocalDate first = from.getValue() == null ? LocalDate.now(Formats.ZONE) : from.getValue();
        LocalTime s = starts.getValue() == null ? LocalTime.of(10, 0) : starts.getValue();
        LocalTime e = ends.getValue() == null ? s : ends.getValue();
        List<Organiser> organisers = organiser.getValue() == null
                ? List.of()
                : List.of(Organiser.of(organiser.getValue().id(), form.getValue()));
        EventDraft template = EventDraft.of(
                        new Titles(
                                titleJa.getValue(),
                                titleEn.getValue(),
                                titleZh.getValue(),
                                titleKo.getValue(),
                                titleEasy.getValue()),
                        organisers,
                        place.getValue(),
                        first.atTime(s),
                        first.atTime(s).plus(Duration.between(s, e)))
                .withRoom(room.getValue() == null ? null : room.getValue().id())
                .withCapacity(capacity.getValue());
        return SeriesDraft.of(template, rule(), from.getValue(), until.getValue())
                .withExceptions(holidays.getValue(), Set.of(), Map.of());
    }

    private Map<String, com.vaadin.flow.component.HasValidation> fields() {
        return Map.ofEntries(
                Map.entry("title.ja", titleJa),
                Map.entry("organisers", organiser),
                Map.entry("organisers[0].partnerId", organiser),
                Map.entry("place", place),
                Map.entry("endsAt", ends),
                Map.entry("capacity", capacity),
                Map.entry("rule.everyWeeks", everyWeeks),
                Map.entry("rule.dates", dates),
                Map.entry("from", from),
                Map.entry("until", until));
    }

    private void preview() {
        preview.removeAll();
        try {
            List<Occurrence> list = services.series().preview(draft());
            for (Occurrence o : list) {
                preview.add(new ListItem(Formats.date(o.date(), getLocale()) + " ("
                        + o.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()) + ")"
                        + (o.note().isEmpty() ? "" : " — " + o.note())));
            }
            if (list.isEmpty()) {
                preview.add(new ListItem(getTranslation("events.series.noDates")));
            }
        } catch (DomainException e) {
            Forms.show(e, fields());
        }
    }

    private void create() {
        try {
            Series s = services.series().create(draft());
            Ui.success(getTranslation(
                    "events.series.created",
                    s.title(),
                    s.ruleText(),
                    s.eventIds().size()));
            getUI().ifPresent(ui -> ui.navigate(Routes.EVENTS));
        } catch (DomainException e) {
            Forms.show(e, fields());
        }
    }
}
