package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.util.List;
import java.util.stream.Stream;
import jp.kyodo.registry.ExpertProfile;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.Person;
import jp.kyodo.registry.PersonDraft;
import jp.kyodo.registry.TimeBand;

/** 個人の登録・編集: citizens, volunteers and experts. */
final class PersonForm extends RecordForm<PersonDraft, Person> {

    private static final long serialVersionUID = 1L;

    private final TextField name;
    private final TextField reading;
    private final IntegerField birthYear;
    private final ComboBox<String> area;
    private final ContactFields contact;
    private final TextArea skills;
    private final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
    private final CheckboxGroup<TimeBand> times = new CheckboxGroup<>();
    private final Checkbox volunteer = new Checkbox();
    private final DatePicker volunteerSince;
    private final Checkbox expert = new Checkbox();
    private final TextField qualifications;
    private final TextArea offeredSkills;
    private final Checkbox proBono = new Checkbox();
    private final TextArea notes;

    PersonForm(RegistryServices services) {
        super(services, "registry.person.new", "registry.person.edit", "person-save");
        name = Forms.text(t("registry.person.name"), 200);
        name.setRequiredIndicatorVisible(true);
        name.setId("person-name");
        reading = Forms.text(t("registry.reading"), 200);
        reading.setRequiredIndicatorVisible(true);
        reading.setHelperText(t("registry.form.readingHelp"));
        reading.setId("person-reading");
        birthYear = Forms.integer(t("registry.person.birthYear"));
        birthYear.setMin(1900);
        birthYear.setHelperText(t("registry.person.birthYear.help"));
        area = Forms.area(t("registry.person.area"), services, labels);
        area.setWidthFull();
        contact = new ContactFields(labels, false);
        contact.phone.setId("person-phone");
        contact.email.setId("person-email");
        skills = Forms.area(t("registry.person.skills"), 1000);
        days.setLabel(t("registry.person.days"));
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(labels::day);
        times.setLabel(t("registry.person.times"));
        times.setItems(TimeBand.values());
        times.setItemLabelGenerator(labels::timeBand);
        volunteer.setLabel(t("registry.person.volunteerRegistered"));
        volunteerSince = Forms.date(t("registry.person.volunteerSince"), labels);
        expert.setLabel(t("registry.person.expertRegistered"));
        qualifications = Forms.text(t("registry.person.qualifications"), 500);
        qualifications.setPlaceholder(t("registry.person.qualifications.placeholder"));
        offeredSkills = Forms.area(t("registry.person.offeredSkills"), 1000);
        proBono.setLabel(t("registry.person.proBono"));
        notes = Forms.area(t("registry.person.notes"), 2000);
        volunteer.addValueChangeListener(e -> volunteerSince.setEnabled(e.getValue()));
        expert.addValueChangeListener(e ->
                Stream.<HasEnabled>of(qualifications, offeredSkills, proBono).forEach(c -> c.setEnabled(e.getValue())));
        volunteerSince.setEnabled(false);
        Stream.<HasEnabled>of(qualifications, offeredSkills, proBono).forEach(c -> c.setEnabled(false));
        bind();
        layout(
                Forms.section(t("registry.person.profile"), name, reading, birthYear, area),
                Forms.section(t("registry.person.contact"), contact.components().toArray(Component[]::new)),
                Forms.section(t("registry.person.activity"), skills, days, times, volunteer, volunteerSince),
                Forms.section(t("registry.person.expert"), expert, proBono, qualifications, offeredSkills),
                Forms.section(t("registry.person.notes"), notes));
        saveOnEnter(Stream.concat(
                        Stream.of(name, reading, qualifications),
                        contact.components().stream().map(TextField.class::cast))
                .toArray(TextField[]::new));
    }

    private void bind() {
        validation
                .bind("name", name, this::nameError)
                .bind("nameReading", reading, this::readingError)
                .bind("birthYear", birthYear)
                .bind("areaCode", area)
                .bind("skills", skills)
                .bind("volunteerSince", volunteerSince)
                .bind("expert.qualifications", qualifications)
                .bind("expert.offeredSkills", offeredSkills)
                .bind("expert", offeredSkills)
                .bind("notes", notes);
        contact.bind(validation, "contact");
    }

    @Override
    protected Component firstField() {
        return name;
    }

    @Override
    protected Person load(long id) {
        return services.people().get(id);
    }

    @Override
    protected long idOf(Person p) {
        return p.id();
    }

    @Override
    protected int versionOf(Person p) {
        return p.version();
    }

    @Override
    protected void fill(Person p) {
        PersonDraft d = p.details();
        name.setValue(d.name());
        reading.setValue(d.nameReading());
        birthYear.setValue(d.birthYear());
        area.setValue(d.areaCode().isEmpty() ? null : d.areaCode());
        contact.setValue(d.contact());
        skills.setValue(d.skills());
        days.setValue(d.availableDays());
        times.setValue(d.availableTimes());
        volunteer.setValue(d.volunteer());
        volunteerSince.setValue(d.volunteerSince());
        ExpertProfile e = d.expert();
        expert.setValue(e != null);
        if (e != null) {
            qualifications.setValue(e.qualifications());
            offeredSkills.setValue(e.offeredSkills());
            proBono.setValue(e.proBono());
        }
        notes.setValue(d.notes());
    }

    @Override
    protected PersonDraft draft() {
        ExpertProfile profile = expert.getValue()
                ? new ExpertProfile(qualifications.getValue(), offeredSkills.getValue(), proBono.getValue())
                : null;
        return new PersonDraft(
                name.getValue(),
                reading.getValue(),
                birthYear.getValue(),
                Forms.orEmpty(area.getValue()),
                contact.getValue(),
                skills.getValue(),
                days.getValue(),
                times.getValue(),
                volunteer.getValue(),
                volunteer.getValue() ? volunteerSince.getValue() : null,
                profile,
                notes.getValue());
    }

    @Override
    protected List<PartnerSummary> duplicates(PersonDraft draft, Long exceptId) {
        return services.people().possibleDuplicates(draft, exceptId);
    }

    @Override
    protected Person create(PersonDraft draft) {
        return services.people().create(draft);
    }

    @Override
    protected Person update(long id, int version, PersonDraft draft) {
        return services.people().update(id, version, draft);
    }

    @Override
    protected String pageOf(long id) {
        return Routes.person(id);
    }

    @Override
    protected String duplicatesQuestion() {
        return t("registry.person.duplicates");
    }
}
