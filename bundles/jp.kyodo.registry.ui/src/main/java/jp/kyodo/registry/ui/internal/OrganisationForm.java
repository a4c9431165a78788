package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import jp.kyodo.core.contact.CorporateNumber;
import jp.kyodo.registry.Organisation;
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.OrganisationStatus;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.PartnerType;

/** 団体の登録・編集. */
final class OrganisationForm extends RecordForm<OrganisationDraft, Organisation> {

    private static final long serialVersionUID = 1L;

    private final ComboBox<PartnerType> type = new ComboBox<>();
    private final TextField name;
    private final TextField reading;
    private final TextField nameEnglish;
    private final TextField legalForm;
    private final TextField corporateNumber;
    private final TextField stationNumber;
    private final DatePicker stationRegisteredOn;
    private final Select<OrganisationStatus> status = new Select<>();
    private final ContactFields publicContact;
    private final ContactPersonFields representative;
    private final ContactPersonFields contactPerson;
    private final MultiSelectComboBox<String> fields;
    private final MultiSelectComboBox<String> areas;
    private final TextArea description;
    private final TextArea strengths;
    private final TextArea needs;
    private final IntegerField membersCount;
    private final DatePicker foundedOn;
    private final DatePicker certifiedOn;
    private final DatePicker certifiedUntil;
    private final TextField tags;

    OrganisationForm(RegistryServices services) {
        super(services, "registry.organisation.new", "registry.organisation.edit", "org-save");
        type.setLabel(t("registry.type"));
        type.setItems(PartnerType.organisationTypes());
        type.setItemLabelGenerator(labels::type);
        type.setRequiredIndicatorVisible(true);
        type.setManualValidation(true);
        type.setId("org-type");
        type.setWidthFull();
        name = Forms.text(t("registry.organisation.name"), 200);
        name.setRequiredIndicatorVisible(true);
        name.setId("org-name");
        reading = Forms.text(t("registry.reading"), 200);
        reading.setRequiredIndicatorVisible(true);
        reading.setHelperText(t("registry.form.readingHelp"));
        reading.setId("org-reading");
        nameEnglish = Forms.text(t("registry.organisation.nameEnglish"), 200);
        legalForm = Forms.text(t("registry.organisation.legalForm"), 60);
        legalForm.setPlaceholder(t("registry.organisation.legalForm.placeholder"));
        corporateNumber = Forms.text(t("registry.organisation.corporateNumber"), 20);
        corporateNumber.setHelperText(t("registry.organisation.corporateNumber.help"));
        corporateNumber.setId("org-corporate-number");
        stationNumber = Forms.text(t("registry.organisation.stationNumber"), 32);
        stationRegisteredOn = Forms.date(t("registry.organisation.stationRegisteredOn"), labels);
        status.setLabel(t("registry.status"));
        status.setItems(OrganisationStatus.values());
        status.setItemLabelGenerator(labels::status);
        status.setValue(OrganisationStatus.REGISTERED);
        status.setWidthFull();
        publicContact = new ContactFields(labels, true);
        publicContact.phone.setId("org-phone");
        publicContact.email.setId("org-email");
        representative = new ContactPersonFields(labels);
        contactPerson = new ContactPersonFields(labels);
        fields = Forms.activityFields(t("registry.field"), services, labels);
        areas = Forms.areas(t("registry.organisation.areas"), services, labels);
        description = Forms.area(t("registry.organisation.description"), 2000);
        strengths = Forms.area(t("registry.organisation.strengths"), 1000);
        needs = Forms.area(t("registry.organisation.needs"), 1000);
        membersCount = Forms.integer(t("registry.organisation.membersCount"));
        membersCount.setMin(0);
        foundedOn = Forms.date(t("registry.organisation.foundedOn"), labels);
        certifiedOn = Forms.date(t("registry.organisation.certifiedOn"), labels);
        certifiedUntil = Forms.date(t("registry.organisation.certifiedUntil"), labels);
        tags = Forms.text(t("registry.organisation.tags"), 500);
        tags.setHelperText(t("registry.organisation.tags.help"));
        bind();
        layout(
                Forms.section(
                        t("registry.organisation.basics"),
                        type,
                        status,
                        name,
                        reading,
                        nameEnglish,
                        legalForm,
                        corporateNumber,
                        stationNumber,
                        stationRegisteredOn),
                Forms.section(
                        t("registry.organisation.publicContact"),
                        publicContact.components().toArray(Component[]::new)),
                Forms.section(
                        t("registry.organisation.representative"),
                        representative.components().toArray(Component[]::new)),
                Forms.section(
                        t("registry.organisation.contactPerson"),
                        contactPerson.components().toArray(Component[]::new)),
                Forms.section(t("registry.organisation.activity"), fields, areas, description, strengths, needs),
                Forms.section(
                        t("registry.organisation.more"), membersCount, foundedOn, certifiedOn, certifiedUntil, tags));
        saveOnEnter(Stream.of(
                        List.of(name, reading, nameEnglish, legalForm, corporateNumber, stationNumber, tags),
                        publicContact.components(),
                        representative.components(),
                        contactPerson.components())
                .flatMap(List::stream)
                .map(TextField.class::cast)
                .toArray(TextField[]::new));
    }

    private void bind() {
        validation
                .bind("type", type, v -> v == null ? Optional.of(t("registry.form.typeRequired")) : Optional.empty())
                .bind("name", name, this::nameError)
                .bind("nameReading", reading, this::readingError)
                .bind("nameEnglish", nameEnglish)
                .bind("legalForm", legalForm)
                .bind("corporateNumber", corporateNumber, CorporateNumber::error)
                .bind("stationNumber", stationNumber)
                .bind("stationRegisteredOn", stationRegisteredOn)
                .bind("fieldCodes", fields)
                .bind("areaCodes", areas)
                .bind("description", description)
                .bind("strengths", strengths)
                .bind("needs", needs)
                .bind("membersCount", membersCount)
                .bind("foundedOn", foundedOn)
                .bind("certifiedOn", certifiedOn)
                .bind("certifiedUntil", certifiedUntil)
                .bind("tags", tags);
        publicContact.bind(validation, "publicContact");
        representative.bind(validation, "representative", labels);
        contactPerson.bind(validation, "contactPerson", labels);
    }

    @Override
    protected Component firstField() {
        return type;
    }

    @Override
    protected Organisation load(long id) {
        return services.organisations().get(id);
    }

    @Override
    protected long idOf(Organisation o) {
        return o.id();
    }

    @Override
    protected int versionOf(Organisation o) {
        return o.version();
    }

    @Override
    protected void fill(Organisation o) {
        OrganisationDraft d = o.details();
        type.setValue(d.type());
        name.setValue(d.name());
        reading.setValue(d.nameReading());
        nameEnglish.setValue(d.nameEnglish());
        legalForm.setValue(d.legalForm());
        corporateNumber.setValue(d.corporateNumber());
        stationNumber.setValue(d.stationNumber());
        stationRegisteredOn.setValue(d.stationRegisteredOn());
        status.setValue(d.status());
        publicContact.setValue(d.publicContact());
        representative.setValue(d.representative());
        contactPerson.setValue(d.contactPerson());
        fields.setValue(d.fieldCodes());
        areas.setValue(d.areaCodes());
        description.setValue(d.description());
        strengths.setValue(d.strengths());
        needs.setValue(d.needs());
        membersCount.setValue(d.membersCount());
        foundedOn.setValue(d.foundedOn());
        certifiedOn.setValue(d.certifiedOn());
        certifiedUntil.setValue(d.certifiedUntil());
        tags.setValue(Tags.format(d.tags()));
    }

    @Override
    protected OrganisationDraft draft() {
        return new OrganisationDraft(
                type.getValue(),
                name.getValue(),
                reading.getValue(),
                nameEnglish.getValue(),
                legalForm.getValue(),
                corporateNumber.getValue(),
                stationNumber.getValue(),
                stationRegisteredOn.getValue(),
                status.getValue(),
                publicContact.getValue(),
                representative.getValue(),
                contactPerson.getValue(),
                fields.getValue(),
                areas.getValue(),
                description.getValue(),
                strengths.getValue(),
                needs.getValue(),
                membersCount.getValue(),
                foundedOn.getValue(),
                certifiedOn.getValue(),
                certifiedUntil.getValue(),
                Tags.parse(tags.getValue()));
    }

    @Override
    protected List<PartnerSummary> duplicates(OrganisationDraft draft, Long exceptId) {
        return services.organisations().possibleDuplicates(draft, exceptId);
    }

    @Override
    protected Organisation create(OrganisationDraft draft) {
        return services.organisations().create(draft);
    }

    @Override
    protected Organisation update(long id, int version, OrganisationDraft draft) {
        return services.organisations().update(id, version, draft);
    }

    @Override
    protected String pageOf(long id) {
        return Routes.organisation(id);
    }

    @Override
    protected String duplicatesQuestion() {
        return t("registry.organisation.duplicates");
    }
}
