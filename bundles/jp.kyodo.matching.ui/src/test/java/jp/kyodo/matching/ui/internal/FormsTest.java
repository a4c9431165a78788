package jp.kyodo.matching.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import jp.kyodo.core.ValidationException;
import jp.kyodo.matching.CaseDraft;
import jp.kyodo.matching.CaseStudy;
import jp.kyodo.matching.CollaborationProjects;
import jp.kyodo.matching.DeskItemKind;
import jp.kyodo.matching.Indicator;
import jp.kyodo.matching.NeedDraft;
import jp.kyodo.matching.ProjectDraft;
import jp.kyodo.matching.ProjectPartner;
import org.junit.jupiter.api.Test;

/** The forms read a stored record into their fields and give back the same draft; blank rows are left out. */
class FormsTest {

    /** Nothing is looked up while a form is filled and read; the project form lists the agendas (none). */
    private static final MatchingServices NONE = new MatchingServices(null, null, null, null, null, noAgendas(), null);

    private static CollaborationProjects noAgendas() {
        return (CollaborationProjects) Proxy.newProxyInstance(
                FormsTest.class.getClassLoader(),
                new Class<?>[] {CollaborationProjects.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("agendas")) {
                        return List.of();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aNeedReadIntoTheFormComesBackAsTheSameDraft() {
        NeedForm form = new NeedForm(NONE);
        form.fill(Samples.need());

        assertEquals(Samples.needDraft(), form.draft());
        assertEquals("120,000", form.amount.getValue(), "yen shown with grouping");
    }

    @Test
    void anEmptyNeedFormGivesAnEmptyDraftForTheServiceToJudge() {
        NeedDraft draft = new NeedForm(NONE).draft();

        assertEquals(0, draft.ownerId());
        assertEquals("", draft.title());
        assertTrue(draft.kinds().isEmpty());
        assertEquals("", draft.areaCode());
        assertNull(draft.amountYen());
    }

    @Test
    void yenIsReadAsTyped() {
        NeedForm form = new NeedForm(NONE);
        form.amount.setValue("12万");
        assertEquals(120_000L, form.draft().amountYen());
        form.amount.setValue("たくさん");
        assertTrue(form.amount.isBadInput());
        assertEquals(1, form.checkFields());
    }

    @Test
    void aProjectReadIntoTheFormComesBackAsTheSameDraft() {
        ProjectForm form = new ProjectForm(NONE);
        form.fill(Samples.project());

        ProjectDraft draft = form.draft();
        assertEquals(Samples.projectDraft().judgement(), draft.judgement());
        assertEquals(Samples.projectDraft().partners(), draft.partners());
        assertEquals(Samples.projectDraft().indicators(), draft.indicators());
        assertEquals(Samples.projectDraft(), draft);
    }

    @Test
    void blankRowsAreLeftOutAndErrorsReachTheRowTheyConcern() {
        ProjectForm form = new ProjectForm(NONE);
        form.partners.setValue(List.of(
                new ProjectPartner(30, "NPO法人 環境ネット", "集計"),
                new ProjectPartner(0, "", ""), // an added row left empty
                new ProjectPartner(31, "第一小学校", "会場")));
        form.indicators.setValue(List.of(new Indicator("", "", null, null), new Indicator("参加者数", "人", 100L, 80L)));

        ProjectDraft draft = form.draft();
        assertEquals(
                List.of(30L, 31L),
                draft.partners().stream().map(ProjectPartner::organisationId).toList());
        assertEquals(
                List.of("参加者数"),
                draft.indicators().stream().map(Indicator::name).toList());

        form.checkFields(); // binds partners[i] and indicators[i] to the filled rows
        var rest = form.fieldErrors()
                .show(new ValidationException(List.of(
                        new jp.kyodo.core.FieldError("partners[1].organisationId", "同じ団体が二度入っています"),
                        new jp.kyodo.core.FieldError("indicators[0].target", "目標値・実績値は0以上で入力してください"))));
        assertTrue(rest.isEmpty(), "both errors found a field: " + rest);
    }

    @Test
    void aCaseStudyAndADeskItemComeBackAsTyped() {
        CaseForm cases = new CaseForm(NONE);
        CaseDraft draft = new CaseDraft("子ども食堂に税理士がプロボノで会計支援", "税理士が決算書づくりを支援", "期限内に提出", true);
        cases.fill(new CaseStudy(
                1, 1, 5, draft, java.util.Set.of(), "", null, Samples.UPDATED, java.util.Set.of(), "", ""));
        assertEquals(draft, cases.draft());

        DeskReceiveForm desk = new DeskReceiveForm(NONE);
        desk.fromName.setValue("ひまわり自治会");
        desk.subject.setValue("防災倉庫の置き場所");
        assertEquals(DeskItemKind.CONSULTATION, desk.draft().kind(), "a consultation unless chosen otherwise");
        assertEquals("ひまわり自治会", desk.draft().fromName());
        assertNull(desk.draft().fromPartnerId());
        assertFalse(desk.draft().receivedOn() == null, "today by default");
    }

    @Test
    void labelsUseTheKeyOfEachConstant() {
        Labels labels =
                new Labels(Locale.JAPANESE, (key, args) -> key, java.util.Optional.empty(), java.util.Optional.empty());
        assertEquals("matching.MatchStage.IN_PROGRESS", labels.of(jp.kyodo.matching.MatchStage.IN_PROGRESS));
        assertEquals("matching.TimeBand.EVENING", labels.of(jp.kyodo.registry.TimeBand.EVENING));
        assertEquals("", labels.of((Enum<?>) null));
        assertEquals("11203", labels.area("11203"), "an unknown area shows its code");
    }
}
