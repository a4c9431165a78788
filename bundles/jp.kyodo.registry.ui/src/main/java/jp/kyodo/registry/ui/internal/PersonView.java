package jp.kyodo.registry.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.core.DomainException;
import jp.kyodo.registry.Consent;
import jp.kyodo.registry.Contact;
import jp.kyodo.registry.ExpertProfile;
import jp.kyodo.registry.Membership;
import jp.kyodo.registry.PartnerKind;
import jp.kyodo.registry.Person;
import jp.kyodo.registry.PersonDraft;
import jp.kyodo.web.Formats;

/** A person's page: details, memberships, consents and history (the last two for coordinators). */
final class PersonView extends RecordView<Person> {

    static final String RECORD_TYPE = "registry.person";

    private static final long serialVersionUID = 1L;

    PersonView(RegistryServices services) {
        super(services);
    }

    @Override
    protected Person load(long id) {
        return services.people().get(id);
    }

    @Override
    protected void render(Person p) {
        PersonDraft d = p.details();
        List<Component> badges = new ArrayList<>();
        badges.add(Badges.of(labels.type(jp.kyodo.registry.PartnerType.CITIZEN), "contrast"));
        if (d.volunteer()) {
            badges.add(Badges.of(t("registry.person.volunteer"), ""));
        }
        if (d.expert() != null) {
            badges.add(Badges.of(t("registry.person.expert"), "success"));
        }
        if (p.erased()) {
            badges.add(Badges.of(t("registry.person.erased"), "error"));
        } else if (!p.active()) {
            badges.add(Badges.of(t("registry.inactive"), "error"));
        }
        add(header(d.name(), d.nameReading(), badges, actions(p)));
        if (p.masked()) {
            add(maskedNote());
        }
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(t("registry.person.tab.details"), details(p));
        tabs.add(t("registry.person.tab.memberships"), memberships(p));
        if (coordinator) {
            tabs.add(t("registry.person.tab.consents"), new ConsentsTab(p));
            tabs.add(t("registry.tab.history"), history(RECORD_TYPE));
        }
        add(tabs);
    }

    private List<Button> actions(Person p) {
        if (!coordinator || p.erased()) {
            return List.of();
        }
        Button edit = editButton(Routes.editOf(PartnerKind.PERSON, p.id()));
        Button state = activationButton(
                p.active(),
                p.details().name(),
                reason -> services.people().deactivate(p.id(), reason),
                () -> services.people().reactivate(p.id()));
        Button erase = new Button(t("registry.person.erase"), VaadinIcon.ERASER.create(), e -> new ReasonDialog(
                        labels,
                        t("registry.person.erase.title", p.details().name()),
                        t("registry.person.erase.text"),
                        t("registry.person.erase"),
                        true,
                        reason -> change(() -> services.people().erase(p.id(), reason), "registry.person.erase.done"))
                .open());
        erase.setId("registry-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return List.of(edit, state, erase);
    }

    private Component details(Person p) {
        PersonDraft d = p.details();
        FactList profile = new FactList()
                .add(
                        t("registry.person.birthYear"),
                        d.birthYear() == null
                                ? ""
                                : t("registry.person.birthYear.value", Integer.toString(d.birthYear())))
                .add(t("registry.person.area"), labels.areaPath(d.areaCode()))
                .add(t("registry.person.skills"), d.skills())
                .add(
                        t("registry.person.days"),
                        labels.join(d.availableDays().stream().map(labels::day).toList()))
                .add(
                        t("registry.person.times"),
                        labels.join(d.availableTimes().stream()
                                .map(labels::timeBand)
                                .toList()))
                .add(
                        t("registry.person.volunteer"),
                        d.volunteer()
                                ? (d.volunteerSince() == null
                                        ? t("registry.yes")
                                        : t("registry.person.volunteerSince.value", date(d.volunteerSince())))
                                : "")
                .add(t("registry.person.notes"), d.notes());
        FactList expert = new FactList();
        ExpertProfile e = d.expert();
        if (e != null) {
            expert.add(t("registry.person.qualifications"), e.qualifications())
                    .add(t("registry.person.offeredSkills"), e.offeredSkills())
                    .add(t("registry.person.proBono"), e.proBono() ? t("registry.yes") : t("registry.no"));
        }
        FactList record = new FactList()
                .add(t("registry.record.created"), Formats.dateTime(p.createdAt(), getLocale()))
                .add(t("registry.record.updated"), Formats.dateTime(p.updatedAt(), getLocale()));
        return cards(
                facts(t("registry.person.profile"), profile),
                facts(t("registry.person.contact"), contactFacts(d.contact())),
                facts(t("registry.person.expert"), expert),
                facts(t("registry.record"), record));
    }

    private FactList contactFacts(Contact c) {
        return new FactList()
                .add(t("registry.contact.postalCode"), c.postalCode())
                .add(t("registry.contact.address"), c.address())
                .add(t("registry.contact.phone"), c.phone())
                .add(t("registry.contact.email"), c.email());
    }

    private Component memberships(Person p) {
        if (p.memberships().isEmpty()) {
            return emptyState(t("registry.person.memberships.empty"));
        }
        Grid<Membership> grid = new Grid<>();
        grid.setId("registry-memberships");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(m -> new Anchor(Routes.organisation(m.organisationId()), m.organisationName()))
                .setHeader(t("registry.person.memberships.organisation"))
                .setFlexGrow(2);
        grid.addColumn(Membership::role).setHeader(t("registry.members.role")).setFlexGrow(1);
        grid.setItems(p.memberships());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The person's consents, newest first; coordinators record and withdraw them. */
    private final class ConsentsTab extends VerticalLayout {

        private static final long serialVersionUID = 1L;

        private final transient Person person;
        private final Grid<Consent> grid = new Grid<>();

        ConsentsTab(Person person) {
            this.person = person;
            setPadding(false);
            Button record = new Button(t("registry.consent.record"), VaadinIcon.PLUS.create(), e -> new ConsentDialog(
                            labels, (scope, recipient, purpose, givenOn) -> {
                                try {
                                    services.people().recordConsent(person.id(), scope, recipient, purpose, givenOn);
                                    Notices.success(t("registry.consent.recorded"));
                                    refresh();
                                    return true;
                                } catch (DomainException ex) {
                                    Notices.error(ex.message(getLocale()));
                                    return false;
                                }
                            })
                    .open());
            record.setId("registry-consent-record");
            record.setEnabled(!person.erased());
            grid.setId("registry-consents");
            grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
            grid.addColumn(c -> labels.consentScope(c.scope()))
                    .setHeader(t("registry.consent.scope"))
                    .setAutoWidth(true);
            grid.addColumn(Consent::recipient)
                    .setHeader(t("registry.consent.recipient"))
                    .setFlexGrow(1);
            grid.addColumn(Consent::purpose)
                    .setTooltipGenerator(Consent::purpose)
                    .setHeader(t("registry.consent.purpose"))
                    .setFlexGrow(1);
            grid.addColumn(c -> date(c.givenOn()))
                    .setHeader(t("registry.consent.givenOn"))
                    .setAutoWidth(true);
            grid.addComponentColumn(this::withdrawal)
                    .setHeader(t("registry.consent.withdrawnOn"))
                    .setAutoWidth(true);
            grid.setEmptyStateText(t("registry.consent.empty"));
            grid.setAllRowsVisible(true);
            add(record, grid);
            refresh();
        }

        private void refresh() {
            try {
                grid.setItems(services.people().consents(person.id()));
            } catch (DomainException e) {
                grid.setItems(List.of());
                grid.setEmptyStateText(e.message(getLocale()));
            }
        }

        private Component withdrawal(Consent c) {
            if (c.withdrawnOn() != null) {
                return new Span(date(c.withdrawnOn()));
            }
            Button withdraw = new Button(t("registry.consent.withdraw"), e -> confirmWithdraw(c));
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return withdraw;
        }

        private void confirmWithdraw(Consent c) {
            confirm(
                    t("registry.consent.withdraw"),
                    t("registry.consent.withdraw.text", labels.consentScope(c.scope()), c.recipient()),
                    t("registry.consent.withdraw"),
                    () -> {
                        try {
                            services.people().withdrawConsent(c.id(), LocalDate.now(Formats.ZONE));
                            Notices.success(t("registry.consent.withdrawn"));
                        } catch (DomainException ex) {
                            Notices.error(ex.message(getLocale()));
                        }
                        refresh();
                    });
        }
    }
}
