package jp.kyodo.events.ui.internal;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kyodo.core.DomainException;
import jp.kyodo.events.CollaborationForm;
import jp.kyodo.events.Event;
import jp.kyodo.events.EventDraft;
import jp.kyodo.events.Organiser;
import jp.kyodo.events.Room;
import jp.kyodo.events.Titles;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.web.Formats;
import jp.kyodo.web.Ui;

/**
 * イベントの登録・変更: titles in five languages, a host and a partner (共催・後援), room or place, time, capacity,
 * audience, languages, fee. With {@code ?id=} the event is changed (its version guards against a concurrent save).
 */
final class EventForm extends VerticalLayout implements AfterNavigationObserver {

    /** Languages offered for events of a multicultural city (ISO 639-1). */
    static final List<String> LANGUAGES = List.of("ja", "en", "zh", "ko", "vi", "pt", "tl", "ne", "es");

    private final EventsServices services;
    private final TextField titleJa = new TextField();
    private final TextField titleEn = new TextField("English");
    private final TextField titleZh = new TextField("中文");
    private final TextField titleKo = new TextField("한국어");
    private final TextField titleEasy = new TextField("やさしい日本語");
    private final TextArea description = new TextArea();
    private final TextField category = new TextField();
    private final ComboBox<PartnerSummary> host;
    private final Select<CollaborationForm> hostForm = new Select<>();
    private final ComboBox<PartnerSummary> partner;
    private final Select<CollaborationForm> partnerForm = new Select<>();
    private final ComboBox<Room> room = new ComboBox<>();
    private final TextField place = new TextField();
    private final DateTimePicker starts = new DateTimePicker();
    private final DateTimePicker ends = new DateTimePicker();
    private final IntegerField capacity = new IntegerField();
    private final TextField audience = new TextField();
    private final IntegerField minAge = new IntegerField();
    private final IntegerField maxAge = new IntegerField();
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    private final IntegerField fee = new IntegerField();
    private final TextField feeNote = new TextField();
    private final Checkbox publicEvent = new Checkbox();
    private Event editing;

    EventForm(EventsServices services) {
        this.services = services;
        titleJa.setLabel(getTranslation("events.series.titleJa"));
        titleJa.setId("event-form-title");
        description.setLabel(getTranslation("events.form.description"));
        category.setLabel(getTranslation("events.form.category"));
        host = Forms.organisations(getTranslation("events.series.organiser"), services.directory());
        host.setId("event-form-host");
        hostForm.setLabel(getTranslation("events.series.form"));
        hostForm.setItems(CollaborationForm.HOST, CollaborationForm.COMMITTEE);
        hostForm.setItemLabelGenerator(CollaborationForm::labelJa);
        hostForm.setValue(CollaborationForm.HOST);
        partner = Forms.organisations(getTranslation("events.form.partner"), services.directory());
        partner.setClearButtonVisible(true);
        partnerForm.setLabel(getTranslation("events.series.form"));
        partnerForm.setItems(CollaborationForm.values());
        partnerForm.setItemLabelGenerator(CollaborationForm::labelJa);
        partnerForm.setValue(CollaborationForm.CO_HOST);
        room.setLabel(getTranslation("events.series.room"));
        room.setItems(services.venues().rooms(null));
        room.setItemLabelGenerator(Room::fullName);
        room.setClearButtonVisible(true);
        place.setLabel(getTranslation("events.series.place"));
        place.setId("event-form-place");
        starts.setLabel(getTranslation("events.series.starts"));
        starts.setValue(LocalDate.now(Formats.ZONE).plusWeeks(2).atTime(10, 0));
        starts.setId("event-form-starts");
        ends.setLabel(getTranslation("events.series.ends"));
        ends.setValue(LocalDate.now(Formats.ZONE).plusWeeks(2).atTime(12, 0));
        starts.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getOldValue() != null && ends.getValue() != null) {
                ends.setValue(ends.getValue().plus(java.time.Duration.between(e.getOldValue(), e.getValue())));
            }
        });
        capacity.setLabel(getTranslation("events.series.capacity"));
        capacity.setId("event-form-capacity");
        audience.setLabel(getTranslation("events.col.audience"));
        minAge.setLabel(getTranslation("events.form.minAge"));
        maxAge.setLabel(getTranslation("events.form.maxAge"));
        languages.setLabel(getTranslation("events.col.languages"));
        languages.setItems(LANGUAGES);
        languages.setItemLabelGenerator(
                code -> new java.util.Locale(code).getDisplayLanguage(getLocale()) + " (" + code + ")");
        languages.select("ja");
        fee.setLabel(getTranslation("events.col.fee"));
        fee.setSuffixComponent(new com.vaadin.flow.component.html.Span("円"));
        fee.setValue(0);
        fee.setMin(0);
        feeNote.setLabel(getTranslation("events.form.feeNote"));
        publicEvent.setLabel(getTranslation("events.form.public"));
        publicEvent.setValue(true);
        FormLayout form = new FormLayout(
                titleJa,
                titleEn,
                titleZh,
                titleKo,
                titleEasy,
                category,
                host,
                hostForm,
                partner,
                partnerForm,
                room,
                place,
                starts,
                ends,
                capacity,
                audience,
                minAge,
                maxAge,
                languages,
                fee,
                feeNote,
                publicEvent,
                description);
        form.setColspan(description, 2);
        Button save = new Button(getTranslation("events.form.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("event-form-save");
        add(new H2(getTranslation("events.form.title")), form, save);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent navigation) {
        Routes.id(navigation.getLocation().getQueryParameters()).ifPresent(id -> {
            try {
                editing = services.events().get(id);
                fill(editing.draft());
            } catch (DomainException e) {
                Ui.error(e.message(getLocale()));
            }
        });
    }

    private void fill(EventDraft d) {
        titleJa.setValue(d.title().ja());
        titleEn.setValue(d.title().en());
        titleZh.setValue(d.title().zh());
        titleKo.setValue(d.title().ko());
        titleEasy.setValue(d.title().easyJapanese());
        description.setValue(d.description());
        category.setValue(d.category());
        List<Organiser> o = d.organisers();
        if (!o.isEmpty()) {
            host.setValue(summary(o.get(0)));
            hostForm.setValue(
                    o.get(0).form() == CollaborationForm.COMMITTEE
                            ? CollaborationForm.COMMITTEE
                            : CollaborationForm.HOST);
        }
        if (o.size() > 1) {
            partner.setValue(summary(o.get(1)));
            partnerForm.setValue(o.get(1).form());
        }
        if (d.roomId() != null) {
            services.venues().rooms(null).stream()
                    .filter(r -> r.id() == d.roomId())
                    .findFirst()
                    .ifPresent(room::setValue);
        }
        place.setValue(d.place());
        starts.setValue(d.startsAt());
        ends.setValue(d.endsAt());
        capacity.setValue(d.capacity());
        audience.setValue(d.audience());
        minAge.setValue(d.minAge());
        maxAge.setValue(d.maxAge());
        languages.setValue(d.languages());
        fee.setValue((int) d.feeYen());
        feeNote.setValue(d.feeNote());
        publicEvent.setValue(d.publicEvent());
    }

    /** The combo box shows the name only: a summary with the organiser's id and name is enough. */
    private static PartnerSummary summary(Organiser o) {
        return new PartnerSummary(
                o.partnerId(),
                jp.kyodo.registry.PartnerType.CIVIC,
                o.name(),
                "",
                "",
                null,
                null,
                false,
                false,
                false,
                true);
    }

    private EventDraft draft() {
        List<Organiser> organisers = new ArrayList<>();
        if (host.getValue() != null) {
            organisers.add(Organiser.of(host.getValue().id(), hostForm.getValue()));
        }
        if (partner.getValue() != null) {
            organisers.add(Organiser.of(partner.getValue().id(), partnerForm.getValue()));
        }
        return new EventDraft(
                new Titles(
                        titleJa.getValue(),
                        titleEn.getValue(),
                        titleZh.getValue(),
                        titleKo.getValue(),
                        titleEasy.getValue()),
                description.getValue(),
                category.getValue(),
                organisers,
                room.getValue() == null ? null : room.getValue().id(),
                place.getValue(),
                starts.getValue(),
                ends.getValue(),
                capacity.getValue(),
                audience.getValue(),
                minAge.getValue(),
                maxAge.getValue(),
                languages.getValue(),
                fee.getValue() == null ? 0 : fee.getValue(),
                feeNote.getValue(),
                publicEvent.getValue());
    }

    private void save() {
        try {
            Event saved = editing == null
                    ? services.events().create(draft())
                    : services.events().update(editing.id(), editing.version(), draft());
            Ui.success(getTranslation("events.form.saved", saved.draft().title().ja()));
            getUI().ifPresent(ui -> ui.navigate(Routes.event(saved.id())));
        } catch (DomainException e) {
            Map<String, HasValidation> fields = new java.util.HashMap<>();
            fields.put("title.ja", titleJa);
            fields.put("organisers", host);
            fields.put("organisers[0].partnerId", host);
            fields.put("organisers[1].partnerId", partner);
            fields.put("place", place);
            fields.put("roomId", room);
            fields.put("startsAt", starts);
            fields.put("endsAt", ends);
            fields.put("capacity", capacity);
            fields.put("minAge", minAge);
            fields.put("maxAge", maxAge);
            fields.put("feeYen", fee);
            fields.put("languages", languages);
            Forms.show(e, fields);
        }
    }
}
