package jp.kyodo.training.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.Locale;
import jp.kyodo.core.calendar.FiscalYear;
import jp.kyodo.training.Course;
import jp.kyodo.training.CourseDraft;
import jp.kyodo.training.CourseStatus;
import jp.kyodo.web.Formats;

/** How the training records read in lists, cards and search hits, in the user's language. */
final class Texts {

    private final Component component;

    Texts(Component component) {
        this.component = component;
    }

    String t(String key, Object... args) {
        return component.getTranslation(key, args);
    }

    Locale locale() {
        return component
                .getUI()
                .map(UI::getLocale)
                .orElseGet(() -> UI.getCurrent() == null
                        ? Locale.JAPANESE
                        : UI.getCurrent().getLocale());
    }

    String date(LocalDate d) {
        return Formats.date(d, locale());
    }

    /** 令和8年度 (FY2026) */
    String fiscalYear(int year) {
        FiscalYear fy = new FiscalYear(year);
        return locale().getLanguage().equals("en") ? "FY" + year : fy.formatWithGregorian();
    }

    String period(LocalDate from, LocalDate until) {
        return date(from) + "〜" + date(until);
    }

    String kind(CourseDraft d) {
        return t("training.kind." + d.kind().name());
    }

    String status(Course c) {
        if (c.status() == CourseStatus.OPEN && c.accepting(LocalDate.now(Formats.ZONE))) {
            return t("training.status.ACCEPTING");
        }
        return t("training.status." + c.status().name());
    }

    static String theme(Course c) {
        return switch (c.status()) {
            case OPEN -> "";
            case ALLOCATED -> "success";
            case FINISHED -> "contrast";
            case CANCELLED -> "error";
        };
    }

    /** 「12 / 20」 or 「25 / 20（抽選）」 */
    String places(Course c) {
        String s = c.applicants() + " / " + c.details().capacity();
        return c.oversubscribed() ? s + " " + t("training.course.oversubscribed") : s;
    }

    String number(long n) {
        return Formats.number(n, locale());
    }
}
