package jp.kyodo.funding.internal;

import static jp.kyodo.funding.internal.FundingKit.COORDINATOR;
import static jp.kyodo.funding.internal.FundingKit.REVIEWER_A;
import static jp.kyodo.funding.internal.FundingKit.STAFF;
import static jp.kyodo.funding.internal.FundingKit.VIEWER;
import static jp.kyodo.funding.internal.FundingKit.as;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import jp.kyodo.core.AccessDeniedException;
import jp.kyodo.core.ConflictException;
import jp.kyodo.core.ValidationException;
import jp.kyodo.core.audit.AuditAction;
import jp.kyodo.funding.Application;
import jp.kyodo.funding.ApplicationDraft;
import jp.kyodo.funding.ApplicationStatus;
import jp.kyodo.funding.AttachmentContent;
import jp.kyodo.funding.AttachmentInfo;
import jp.kyodo.funding.BudgetLine;
import jp.kyodo.funding.GrantApplications;
import jp.kyodo.funding.Programme;
import jp.kyodo.funding.ProgrammeDraft;
import jp.kyodo.funding.ProgrammeKind;
import jp.kyodo.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@DatabaseTest
class AttachmentTest {

    private final FundingKit kit = new FundingKit();

    @AfterEach
    void close() {
        kit.close();
    }

    private Application application() {
        ProgrammeDraft d = ProgrammeDraft.of(
                        2026,
                        ProgrammeKind.CITIZEN_ACTIVITY,
                        "市民活動補助金",
                        1_000_000,
                        LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 6, 30))
                .withDocumentsAndCriteria(List.of("事業計画書", "収支予算書"), null);
        Programme p = as(COORDINATOR, () -> kit.programmes.create(d));
        as(COORDINATOR, () -> kit.programmes.publish(p.id(), p.version()));
        return as(
                STAFF,
                () -> kit.applications.submit(ApplicationDraft.of(
                                p.id(), kit.npo.id(), "子ども食堂", List.of(BudgetLine.expense("食材費", 200_000)), 100_000)
                        .submittedOn(LocalDate.of(2026, 5, 1))));
    }

    @Test
    void documentsAreStoredWholeReadByStaffOnlyAndEveryReadIsAudited() {
        Application a = application();
        // larger than one chunk, not a multiple of it
        byte[] pdf = new byte[AttachmentStore.CHUNK_BYTES * 3 + 17];
        new Random(7).nextBytes(pdf);
        System.arraycopy(ContentTypesTest.PDF, 0, pdf, 0, ContentTypesTest.PDF.length);
        AttachmentInfo info = as(STAFF, () -> kit.applications.attach(a.id(), "事業計画書", "C:\\書類\\計画書.docx", pdf));
        assertEquals(ContentTypes.PDF, info.mediaType(), "the content says PDF, whatever the name says");
        assertEquals("計画書.docx", info.fileName());
        assertEquals(pdf.length, info.sizeBytes());
        AttachmentContent read = as(REVIEWER_A, () -> kit.applications.readAttachment(info.id()));
        assertArrayEquals(pdf, read.content());
        assertEquals(1, kit.audit.of(AuditAction.READ_PERSONAL).size());
        assertEquals("shinsa-a", kit.audit.of(AuditAction.READ_PERSONAL).get(0).actor());
        assertThrows(AccessDeniedException.class, () -> as(VIEWER, () -> kit.applications.readAttachment(info.id())));
        assertThrows(AccessDeniedException.class, () -> as(VIEWER, () -> kit.applications.attachments(a.id())));
        assertEquals(1, as(STAFF, () -> kit.applications.attachments(a.id())).size());
    }

    @Test
    void typeAndSizeAreLimitedAndAMissingRequiredDocumentIsAReason() {
        Application a = application();
        ValidationException type = assertThrows(
                ValidationException.class,
                () -> as(
                        STAFF, () -> kit.applications.attach(a.id(), "事業計画書", "plan.pdf", "MZ executable".getBytes())));
        assertEquals("content", type.errors().get(0).field());
        byte[] huge = new byte[(int) GrantApplications.MAX_ATTACHMENT_BYTES + 1];
        System.arraycopy(ContentTypesTest.PDF, 0, huge, 0, ContentTypesTest.PDF.length);
        assertThrows(
                ValidationException.class,
                () -> as(STAFF, () -> kit.applications.attach(a.id(), "事業計画書", "plan.pdf", huge)));
        as(STAFF, () -> kit.applications.attach(a.id(), "事業計画書", "plan.png", ContentTypesTest.PNG));
        Application screened = as(COORDINATOR, () -> kit.applications.screen(a.id(), a.version()));
        assertEquals(ApplicationStatus.INELIGIBLE, screened.status());
        assertEquals(1, screened.reasons().size());
        assertTrue(screened.reasons().get(0).toString().contains("収支予算書"));
        AttachmentInfo late =
                as(STAFF, () -> kit.applications.attachments(a.id())).get(0);
        assertThrows(
                ConflictException.class,
                () -> as(STAFF, () -> {
                    kit.applications.removeAttachment(late.id());
                    return null;
                }));
    }
}
