package jp.kyodo.matching.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.DomainException;
import jp.kyodo.core.FieldError;
import jp.kyodo.core.ValidationException;
import jp.kyodo.matching.Match;
import jp.kyodo.matching.MatchStage;
import jp.kyodo.web.Ui;

/**
 * Moves a match on: the stages the pipeline allows from where it is, and a note — the outcome, required
 * for 完了, or the reason, required for 不成立. The service has the last word; its messages appear at the
 * stage or the note, and the dialog stays open.
 */
final class MoveDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final RadioButtonGroup<MatchStage> stage = new RadioButtonGroup<>();
    private final TextArea note;
    private final transient Labels labels;

    /**
     * @param preselected the stage to suggest (a drop on a column), or null for the next one
     * @param done called with the moved match after the dialog closed
     */
    MoveDialog(MatchingServices services, Labels labels, Match match, MatchStage preselected, Consumer<Match> done) {
        this.labels = labels;
        setHeaderTitle(labels.text("matching.move.title"));
        setWidth("min(38rem, 95vw)");
        Paragraph what = new Paragraph(
                labels.text("matching.move.what", match.needTitle(), match.candidateName(), labels.of(match.stage())));
        what.getStyle().set("margin-top", "0");
        stage.setLabel(labels.text("matching.move.to"));
        stage.setItems(match.stage().next());
        stage.setItemLabelGenerator(labels::of);
        stage.setId("matching-move-stage");
        note = Fields.area(labels.text("matching.note"), 2000, "matching-move-note");
        stage.addValueChangeListener(e -> {
            stage.setInvalid(false);
            note.setInvalid(false);
            MatchStage to = e.getValue();
            boolean required = to == MatchStage.COMPLETED || to == MatchStage.DECLINED;
            note.setLabel(labels.text(
                    to == MatchStage.COMPLETED
                            ? "matching.move.outcome"
                            : to == MatchStage.DECLINED ? "matching.move.reason" : "matching.note"));
            note.setRequiredIndicatorVisible(required);
            note.setHelperText(to == MatchStage.AGREED ? labels.text("matching.move.agreedHelp") : "");
        });
        stage.setValue(
                preselected != null
                        ? preselected
                        : Board.suggested(match.stage()).orElse(null));
        note.addValueChangeListener(e -> note.setInvalid(false));
        add(what, stage, note);

        Anchor details = new Anchor(Routes.match(match.id()), labels.text("matching.move.details"));
        Button cancel = new Button(labels.text("kyodo.cancel"), e -> close());
        cancel.setId("matching-move-cancel");
        Button confirm = new Button(labels.text("matching.move.confirm"), e -> move(services, match, done));
        confirm.setId("matching-move-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        details.getStyle().set("margin-inline-end", "auto");
        getFooter().add(details, cancel, confirm);
    }

    private void move(MatchingServices services, Match match, Consumer<Match> done) {
        MatchStage to = stage.getValue();
        String text = note.getValue().strip();
        if (to == null) {
            stage.setErrorMessage(labels.text("matching.move.stageRequired"));
            stage.setInvalid(true);
            return;
        }
        if ((to == MatchStage.COMPLETED || to == MatchStage.DECLINED) && text.isEmpty()) {
            note.setErrorMessage(labels.text(
                    to == MatchStage.COMPLETED ? "matching.move.outcomeRequired" : "matching.move.reasonRequired"));
            note.setInvalid(true);
            note.focus();
            return;
        }
        try {
            Match moved = services.pipeline().move(match.id(), match.version(), to, text);
            close();
            done.accept(moved);
        } catch (ValidationException ex) {
            for (FieldError f : ex.errors()) {
                if ("stage".equals(f.field())) {
                    stage.setErrorMessage(f.message(labels.locale()));
                    stage.setInvalid(true);
                } else {
                    note.setErrorMessage(f.message(labels.locale()));
                    note.setInvalid(true);
                }
            }
        } catch (ConflictException ex) {
            close();
            Ui.error(labels.text("kyodo.form.conflict", ex.message(labels.locale())));
            done.accept(null);
        } catch (DomainException ex) {
            Ui.error(ex.message(labels.locale()));
        }
    }

    @Override
    public void open() {
        super.open();
        note.focus();
    }
}
