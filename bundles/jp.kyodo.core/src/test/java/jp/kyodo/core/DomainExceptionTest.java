package jp.kyodo.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DomainExceptionTest {

    @Test
    void everyExceptionHasItsStableCode() {
        assertEquals("validation", ValidationException.of("name", "名称を入力してください").code());
        assertEquals("not-found", new NotFoundException().code());
        assertEquals("access-denied", new AccessDeniedException().code());
        assertEquals("conflict", new ConflictException().code());
        assertEquals("backup-failed", new DomainException("backup-failed", "バックアップに失敗しました").code());
    }

    @Test
    void subclassesAreDomainExceptions() {
        assertInstanceOf(DomainException.class, new NotFoundException("x"));
        assertInstanceOf(DomainException.class, new AccessDeniedException("x"));
        assertInstanceOf(DomainException.class, new ConflictException("x"));
        assertInstanceOf(DomainException.class, ValidationException.of("f", "m"));
    }

    @Test
    void keepsMessageAndCause() {
        IOException cause = new IOException("disk full");
        DomainException e = new DomainException("backup-failed", "バックアップに失敗しました", cause);
        assertEquals("バックアップに失敗しました", e.getMessage());
        assertSame(cause, e.getCause());
        assertEquals("対象のデータが見つかりません", new NotFoundException().getMessage());
        assertEquals("団体コード 112038 は登録されていません", new NotFoundException("団体コード 112038 は登録されていません").getMessage());
    }

    @Test
    void codeMustNotBeBlank() {
        assertThrows(IllegalArgumentException.class, () -> new DomainException(" ", "メッセージ"));
        assertThrows(NullPointerException.class, () -> new DomainException(null, "メッセージ"));
    }

    @Test
    void validationExceptionCarriesEveryFieldError() {
        List<FieldError> errors = new ArrayList<>(
                List.of(new FieldError("name", "名称を入力してください"), new FieldError("nameKana", "よみはひらがなで入力してください")));
        ValidationException e = new ValidationException(errors);
        errors.clear();
        assertEquals(2, e.errors().size(), "the exception keeps its own copy");
        assertEquals("name", e.errors().get(0).field());
        assertTrue(e.getMessage().startsWith("入力内容に誤りがあります"), e.getMessage());
        assertTrue(e.getMessage().contains("name: 名称を入力してください"), e.getMessage());
        assertTrue(e.getMessage().contains("nameKana: よみはひらがなで入力してください"), e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> e.errors().add(new FieldError("x", "y")));
    }

    @Test
    void ofBuildsASingleFieldError() {
        ValidationException e = ValidationException.of("limit", "件数は1〜1000で指定してください");
        assertEquals(List.of(new FieldError("limit", "件数は1〜1000で指定してください")), e.errors());
    }

    @Test
    void longErrorListsAreShortenedInTheMessageOnly() {
        List<FieldError> errors = IntStream.rangeClosed(1, 8)
                .mapToObj(i -> new FieldError(i + "行目", "誤り" + i))
                .toList();
        ValidationException e = new ValidationException(errors);
        assertEquals(8, e.errors().size());
        assertTrue(e.getMessage().contains("5行目: 誤り5"), e.getMessage());
        assertTrue(!e.getMessage().contains("6行目"), e.getMessage());
        assertTrue(e.getMessage().endsWith("（ほか3件）"), e.getMessage());
    }

    @Test
    void needsAtLeastOneError() {
        assertThrows(IllegalArgumentException.class, () -> new ValidationException(List.of()));
    }

    @Test
    void fieldErrorWithoutFieldPrintsOnlyTheMessage() {
        assertEquals("ファイルが空です", new FieldError("", "ファイルが空です").toString());
        assertThrows(IllegalArgumentException.class, () -> new FieldError("name", " "));
    }
}
