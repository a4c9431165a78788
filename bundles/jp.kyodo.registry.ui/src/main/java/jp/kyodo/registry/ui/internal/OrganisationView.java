package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.PageRequest;
import jp.kyodo.registry.Contact;
import jp.kyodo.registry.ContactPerson;
import jp.kyodo.registry.Membership;
import jp.kyodo.registry.Organisation;
import jp.kyodo.registry.OrganisationDraft;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.web.Formats;

/** An organisation's page: its details, members, fields and areas, and (coordinators) its history. */
final class OrganisationView extends RecordView<Organisation> {

    static final String RECORD_TYPE = "registry.organisation";

    private static final long serialVersionUID = 1L;

    OrganisationView(RegistryServices services) {
        super(services);
    }

    @Override
    protected Organisation load(long id) {
        return services.organisations().get(id);
    }

    @Override
    protected void render(Organisation o) {
        OrganisationDraft d = o.details();
        List<Component> badges = new ArrayList<>();
        badges.add(Badges.of(labels.type(d.type()), "contrast"));
        badges.add(Badges.of(labels.status(d.status()), ""));
        if (d.certifiedOn(LocalDate.now(Formats.ZONE))) {
            badges.add(Badges.of(t("registry.certified"), "success"));
        }
        if (o.received()) {
            // provenance: an organisation a neighbouring city shared (市域を越えて活動する団体)
            badges.add(Badges.of(t("registry.received", o.sourceCity()), ""));
        }
        if (!o.active()) {
            badges.add(Badges.of(t("registry.inactive"), "error"));
        }
        add(header(d.name(), d.nameReading(), badges, actions(o)));
        if (o.masked()) {
            add(maskedNote());
        }
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(t("registry.organisation.tab.overview"), overview(o));
        tabs.add(t("registry.organisation.tab.members"), members(o));
        tabs.add(t("registry.organisation.tab.fieldsAreas"), fieldsAndAreas(d));
        if (coordinator) {
            tabs.add(t("registry.tab.history"), history(RECORD_TYPE));
        }
        add(tabs);
    }

    private List<Button> actions(Organisation o) {
        if (!coordinator) {
            return List.of();
        }
        return List.of(
                editButton(Routes.editOf(PartnerKind.ORGANISATION, o.id())),
                activationButton(
                        o.active(),
                        o.details().name(),
                        reason -> services.organisations().deactivate(o.id(), reason),
                        () -> services.organisations().reactivate(o.id())));
    }

    private Component overview(Organisation o) {
        OrganisationDraft d = o.details();
        FactList basics = new FactList()
                .add(t("registry.organisation.nameEnglish"), d.nameEnglish())
                .add(t("registry.organisation.legalForm"), d.legalForm())
                .add(t("registry.organisation.corporateNumber"), d.corporateNumber())
                .add(t("registry.organisation.stationNumber"), d.stationNumber())
                .add(t("registry.organisation.stationRegisteredOn"), date(d.stationRegisteredOn()))
                .add(t("registry.organisation.foundedOn"), dateWithEra(d.foundedOn()))
                .add(
                        t("registry.organisation.membersCount"),
                        d.membersCount() == null
                                ? ""
                                : t(
                                        "registry.organisation.membersCount.value",
                                        Formats.number(d.membersCount(), getLocale())))
                .add(t("registry.organisation.certification"), certification(d))
                .add(t("registry.organisation.tags"), labels.join(d.tags()));
        FactList profile = new FactList()
                .add(t("registry.organisation.description"), d.description())
                .add(t("registry.organisation.strengths"), d.strengths())
                .add(t("registry.organisation.needs"), d.needs());
        FactList record = new FactList()
                .add(t("registry.record.created"), Formats.dateTime(o.createdAt(), getLocale()))
                .add(t("registry.record.updated"), Formats.dateTime(o.updatedAt(), getLocale()));
        return cards(
                facts(t("registry.organisation.basics"), basics),
                facts(t("registry.organisation.profile"), profile),
                facts(t("registry.organisation.publicContact"), contactFacts(d.publicContact())),
                facts(t("registry.organisation.representative"), personFacts(d.representative())),
                facts(t("registry.organisation.contactPerson"), personFacts(d.contactPerson())),
                facts(t("registry.record"), record));
    }

    private String certification(OrganisationDraft d) {
        if (d.certifiedOn() == null) {
            return "";
        }
        return t("registry.period", date(d.certifiedOn()), date(d.certifiedUntil()));
    }

    private FactList contactFacts(Contact c) {
        FactList facts = new FactList()
                .add(t("registry.contact.postalCode"), c.postalCode())
                .add(t("registry.contact.address"), c.address())
                .add(t("registry.contact.phone"), c.phone());
        if (!c.email().isEmpty()) {
            facts.add(t("registry.contact.email"), new Anchor("mailto:" + c.email(), c.email()));
        }
        if (!c.website().isEmpty()) {
            Anchor web = new Anchor(c.website(), c.website());
            web.setTarget("_blank");
            web.getElement().setAttribute("rel", "noopener noreferrer");
            facts.add(t("registry.contact.website"), web);
        }
        return facts;
    }

    private FactList personFacts(ContactPerson p) {
        String name = p.name().isEmpty() || p.nameReading().isEmpty()
                ? p.name()
                : t("registry.nameWithReading", p.name(), p.nameReading());
        return new FactList()
                .add(t("registry.person.name"), name)
                .add(t("registry.contactPerson.title"), p.title())
                .add(t("registry.contact.phone"), p.contact().phone())
                .add(t("registry.contact.email"), p.contact().email());
    }

    private Component members(Organisation o) {
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        List<Membership> members;
        try {
            members = services.organisations().members(o.id());
        } catch (DomainException e) {
            tab.add(emptyState(e.message(getLocale())));
            return tab;
        }
        Span total = new Span(t("registry.members.count", Formats.number(members.size(), getLocale())));
        tab.add(total);
        if (coordinator && o.active()) {
            tab.add(addMember(o));
        }
        if (members.isEmpty()) {
            tab.add(emptyState(t("registry.members.empty")));
            return tab;
        }
        Grid<Membership> grid = new Grid<>();
        grid.setId("registry-members");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(m -> new Anchor(Routes.person(m.personId()), m.personName()))
                .setHeader(t("registry.person.name"))
                .setFlexGrow(2);
        grid.addColumn(Membership::role).setHeader(t("registry.members.role")).setFlexGrow(1);
        if (coordinator) {
            grid.addComponentColumn(m -> {
                        Button remove = new Button(t("registry.members.remove"), e -> confirmRemove(m));
                        remove.addThemeVariants(
                                ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                        return remove;
                    })
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setItems(members);
        grid.setAllRowsVisible(true);
        tab.add(grid);
        return tab;
    }

    /** Search a registered citizen by name or reading, give a role, add. */
    private Component addMember(Organisation o) {
        ComboBox<PartnerSummary> person = new ComboBox<>(t("registry.members.person"));
        person.setId("registry-member-person");
        person.setPlaceholder(t("registry.members.person.placeholder"));
        person.setItems(q -> services
                .directory()
                .search(
                        PartnerQuery.text(q.getFilter().orElse("")).withTypes(Set.of(PartnerType.CITIZEN)),
                        new PageRequest(q.getOffset(), Math.min(q.getLimit(), PageRequest.MAX_LIMIT), List.of()))
                .items()
                .stream());
        // namesakes are common: the area of residence tells them apart
        person.setItemLabelGenerator(s -> {
            String name = t("registry.nameWithReading", s.name(), s.nameReading());
            return s.areaCodes().isEmpty() ? name : name + " · " + labels.join(labels.areas(s.areaCodes()));
        });
        person.setWidth("22rem");
        TextField role = Forms.text(t("registry.members.role"), 60);
        role.setWidth("12rem");
        role.setPlaceholder(t("registry.members.role.placeholder"));
        Button add = new Button(t("registry.members.add"), VaadinIcon.PLUS.create(), e -> {
            if (person.getValue() == null) {
                person.setErrorMessage(t("registry.members.person.required"));
                person.setInvalid(true);
                return;
            }
            change(
                    () -> services.organisations()
                            .addMember(o.id(), person.getValue().id(), role.getValue()),
                    "registry.members.added");
        });
        HorizontalLayout line = new HorizontalLayout(person, role, add);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.getStyle().set("flex-wrap", "wrap");
        return line;
    }

    private void confirmRemove(Membership m) {
        confirm(
                t("registry.members.remove"),
                t("registry.members.remove.text", m.personName(), m.organisationName()),
                t("registry.members.remove"),
                () -> change(
                        () -> services.organisations().removeMember(m.organisationId(), m.personId()),
                        "registry.members.removed"));
    }

    private Component fieldsAndAreas(OrganisationDraft d) {
        Div fields = new Div();
        fields.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        labels.fields(d.fieldCodes()).forEach(label -> fields.add(Badges.of(label, "")));
        FactList list = new FactList();
        if (!d.fieldCodes().isEmpty()) {
            list.add(t("registry.field"), fields);
        }
        if (!d.areaCodes().isEmpty()) {
            list.add(t("registry.area"), AreaTree.of(services, labels, d.areaCodes()));
        }
        if (!list.hasLines()) {
            return emptyState(t("registry.organisation.noFieldsAreas"));
        }
        return list;
    }
}
