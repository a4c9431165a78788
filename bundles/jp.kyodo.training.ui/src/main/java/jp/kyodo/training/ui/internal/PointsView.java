package jp.kyodo.training.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.PageRequest;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.core.security.Permissions;
import jp.kyodo.core.security.Role;
import jp.kyodo.registry.PartnerQuery;
import jp.kyodo.registry.PartnerSummary;
import jp.kyodo.registry.PartnerType;
import jp.kyodo.training.PointBalance;
import jp.kyodo.training.PointEntry;
import jp.kyodo.training.PointRule;
import jp.kyodo.web.FieldErrors;
import jp.kyodo.web.FormFields;
import jp.kyodo.web.Formats;
import jp.kyodo.web.Ui;

/**
 * ボランティアポイント: a volunteer of the registry chosen by name; their balance (expiring on 31 March), the ledger,
 * an activity recorded with the points its rule gives, a redemption, and the certificate of volunteer hours as PDF.
 * Coordinators keep the rules.
 */
final class PointsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient TrainingServices services;
    private final transient Texts texts = new Texts(this);
    private final ComboBox<PartnerSummary> person;
    private final Div account = new Div();

    PointsView(TrainingServices services) {
        this.services = services;
        add(Ui.header(t("training.points.title")));
        person = FormFields.lookup(
                t("training.points.person"),
                (text, page) -> services
                        .directory()
                        .search(
                                new PartnerQuery(
                                        text,
                                        Set.of(PartnerType.CITIZEN),
                                        Set.of(),
                                        "",
                                        "",
                                        false,
                                        false,
                                        false,
                                        false),
                                page)
                        .items()
                        .stream(),
                PartnerSummary::name,
                PartnerSummary::nameReading,
                "training-points-person");
        person.setWidth("24rem");
        person.addValueChangeListener(e -> show());
        account.setWidthFull();
        add(person, account);
        if (Permissions.hasRole(Role.COORDINATOR)) {
            add(Ui.card(t("training.rules.title"), rules()));
        }
        show();
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    private void show() {
        account.removeAll();
        PartnerSummary p = person.getValue();
        if (p == null) {
            account.add(Ui.emptyState(t("training.points.choose")));
            return;
        }
        PointBalance b = services.points().balance(p.id());
        Ui.Facts facts = new Ui.Facts()
                .line(t("training.points.balance"), t("training.points.value", b.balance()))
                .line(t("training.points.expires"), texts.date(b.expiresOn()))
                .line(t("training.fiscalYear"), texts.fiscalYear(b.fiscalYear()));
        Div balance = new Div(facts);
        balance.setId("training-points-balance");
        account.add(Ui.cards(
                Ui.card(p.name(), balance),
                Ui.card(t("training.points.earn"), earn(p)),
                Ui.card(t("training.points.redeem"), redeem(p)),
                Ui.card(t("training.certificate.title"), certificate(p))));
        Grid<PointEntry> ledger = new Grid<>();
        ledger.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        ledger.setHeight("20rem");
        ledger.addColumn(e -> texts.date(e.on()))
                .setHeader(t("training.points.on"))
                .setAutoWidth(true);
        ledger.addColumn(e -> t("training.pointKind." + e.kind().name()))
                .setHeader(t("training.points.kind"))
                .setAutoWidth(true);
        ledger.addColumn(PointEntry::activity)
                .setHeader(t("training.points.activity"))
                .setFlexGrow(2);
        ledger.addColumn(e -> e.minutes() == 0 ? "" : CertificateTexts.hours(e.minutes(), getLocale()))
                .setHeader(t("training.points.time"));
        ledger.addColumn(PointEntry::points)
                .setHeader(t("training.points.points"))
                .setTextAlign(ColumnTextAlign.END);
        ledger.addColumn(PointEntry::note).setHeader(t("training.points.note"));
        ledger.setItems(
                q ->
                        services
                                .points()
                                .ledger(p.id(), new PageRequest(q.getOffset(), q.getLimit(), List.of()))
                                .items()
                                .stream(),
                q -> (int)
                        services.points().ledger(p.id(), PageRequest.first(1)).total());
        ledger.setEmptyStateText(t("training.points.noEntries"));
        ledger.setId("training-points-ledger");
        account.add(Ui.card(t("training.points.ledger"), ledger));
    }

    private Component earn(PartnerSummary p) {
        FieldErrors errors = new FieldErrors(this::getLocale);
        Select<PointRule> rule = new Select<>();
        rule.setLabel(t("training.points.rule"));
        rule.setItems(
                services.points().rules().stream().filter(PointRule::active).toList());
        rule.setItemLabelGenerator(r -> r.name() + "（" + t("training.points.perHour", r.pointsPerHour()) + "）");
        rule.setId("training-earn-rule");
        DatePicker on = FormFields.date(t("training.points.on"), getLocale(), "training-earn-on");
        on.setValue(LocalDate.now(Formats.ZONE));
        IntegerField minutes = FormFields.integer(t("training.points.minutes"), "training-earn-minutes");
        minutes.setStep(15);
        minutes.setStepButtonsVisible(true);
        TextField note = FormFields.text(t("training.points.note"), 500, "training-earn-note");
        errors.require("ruleCode", rule, t("training.required"))
                .require("on", on, t("training.required"))
                .require("minutes", minutes, t("training.required"))
                .bind("note", note);
        Button save = new Button(t("training.points.earnButton"), VaadinIcon.PLUS.create(), e -> {
            errors.clearAll();
            if (errors.checkRequired() > 0) {
                return;
            }
            try {
                PointEntry entry = services.points()
                        .earn(p.id(), rule.getValue().code(), on.getValue(), minutes.getValue(), note.getValue());
                Ui.success(t("training.points.earned", entry.points()));
                show();
            } catch (ValidationException v) {
                showRest(errors.show(v));
            } catch (DomainException x) {
                Ui.error(x.message(getLocale()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("training-earn-save");
        return column(rule, on, minutes, note, save);
    }

    private Component redeem(PartnerSummary p) {
        FieldErrors errors = new FieldErrors(this::getLocale);
        IntegerField points = FormFields.integer(t("training.points.points"), "training-redeem-points");
        TextField note = FormFields.text(t("training.points.redeemFor"), 500, "training-redeem-note");
        errors.require("points", points, t("training.required")).bind("note", note);
        Button save = new Button(t("training.points.redeemButton"), e -> {
            errors.clearAll();
            if (errors.checkRequired() > 0) {
                return;
            }
            Ui.confirm(
                    t("training.points.redeemTitle", p.name()),
                    t("training.points.redeemText", points.getValue()),
                    t("training.points.redeemButton"),
                    () -> {
                        try {
                            services.points().redeem(p.id(), points.getValue(), note.getValue());
                            Ui.success(t("training.points.redeemed", points.getValue()));
                            show();
                        } catch (ValidationException v) {
                            showRest(errors.show(v));
                        } catch (DomainException x) {
                            Ui.error(x.message(getLocale()));
                        }
                    });
        });
        save.setId("training-redeem-save");
        return column(points, note, save);
    }

    private Component certificate(PartnerSummary p) {
        FiscalYear year = FiscalYear.of(LocalDate.now(Formats.ZONE));
        DatePicker from = FormFields.date(t("training.certificate.from"), getLocale(), "training-certificate-from");
        DatePicker until = FormFields.date(t("training.certificate.until"), getLocale(), "training-certificate-until");
        from.setValue(year.start());
        until.setValue(LocalDate.now(Formats.ZONE));
        Div link = new Div();
        Button make = new Button(t("training.certificate.make"), VaadinIcon.FILE_TEXT_O.create(), e -> {
            link.removeAll();
            try {
                byte[] pdf = services.points().certificate(p.id(), from.getValue(), until.getValue());
                String name = "ボランティア活動証明書_" + p.name().replace(' ', '_') + ".pdf";
                Anchor a = new Anchor(
                        DownloadHandler.fromInputStream(x -> new com.vaadin.flow.server.streams.DownloadResponse(
                                new java.io.ByteArrayInputStream(pdf), name, "application/pdf", pdf.length)),
                        t("training.certificate.download"));
                a.getElement().setAttribute("download", true);
                a.setId("training-certificate-download");
                link.add(a);
            } catch (DomainException x) {
                Ui.error(x.message(getLocale()));
            }
        });
        make.setId("training-certificate-make");
        return column(from, until, make, link);
    }

    private Component rules() {
        Grid<PointRule> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(PointRule::code).setHeader(t("training.rules.code")).setAutoWidth(true);
        grid.addColumn(PointRule::name).setHeader(t("training.rules.name")).setFlexGrow(2);
        grid.addColumn(PointRule::pointsPerHour)
                .setHeader(t("training.rules.perHour"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.active() ? t("training.rules.active") : t("training.rules.inactive"))
                .setHeader(t("training.status"));
        grid.setItems(services.points().rules());
        grid.setEmptyStateText(t("training.rules.empty"));
        FieldErrors errors = new FieldErrors(this::getLocale);
        TextField code = FormFields.text(t("training.rules.code"), 32, "training-rule-code");
        TextField name = FormFields.text(t("training.rules.name"), 100, "training-rule-name");
        IntegerField perHour = FormFields.integer(t("training.rules.perHour"), "training-rule-per-hour");
        Checkbox active = new Checkbox(t("training.rules.active"), true);
        grid.addItemClickListener(e -> {
            code.setValue(e.getItem().code());
            name.setValue(e.getItem().name());
            perHour.setValue(e.getItem().pointsPerHour());
            active.setValue(e.getItem().active());
        });
        errors.require("code", code, t("training.required"))
                .require("name", name, t("training.required"))
                .require("pointsPerHour", perHour, t("training.required"));
        Button save = new Button(t("training.save"), e -> {
            errors.clearAll();
            if (errors.checkRequired() > 0) {
                return;
            }
            try {
                services.points().saveRule(code.getValue(), name.getValue(), perHour.getValue(), active.getValue());
                Ui.success(t("training.rules.saved"));
                grid.setItems(services.points().rules());
            } catch (ValidationException v) {
                showRest(errors.show(v));
            } catch (DomainException x) {
                Ui.error(x.message(getLocale()));
            }
        });
        save.setId("training-rule-save");
        HorizontalLayout form = new HorizontalLayout(code, name, perHour, active, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return new Div(grid, form);
    }

    private void showRest(List<jp.kyodo.core.FieldError> rest) {
        if (!rest.isEmpty()) {
            Ui.error(rest.stream().map(f -> f.message(getLocale())).toArray(String[]::new));
        }
    }

    private static Div column(Component... parts) {
        Div d = new Div(parts);
        d.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        return d;
    }
}
