package jp.kyodo.training.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.core.calendar.Wareki;
import jp.kyodo.core.pdf.PageWriter;
import jp.kyodo.core.pdf.PdfDocuments;
import jp.kyodo.core.pdf.PdfPage;
import jp.kyodo.training.PointEntry;

/**
 * The certificate of volunteer hours (ボランティア活動証明書) as A4 PDF through the core's {@link PdfDocuments}:
 * the person, the period, a table of the activities (date, activity, hours) and the total, the issue date in the
 * Japanese era and the issuer. Long lists continue on further pages; the total is on the last.
 */
final class CertificatePdf {

    private static final float MARGIN = 64;
    private static final int ROWS_FIRST_PAGE = 22;
    private static final int ROWS_PER_PAGE = 34;

    private final PdfDocuments pdf;

    CertificatePdf(PdfDocuments pdf) {
        this.pdf = pdf;
    }

    byte[] render(
            Path font,
            String number,
            String name,
            LocalDate from,
            LocalDate until,
            List<PointEntry> activities,
            LocalDate issuedOn,
            String city,
            String issuer) {
        long minutes = activities.stream().mapToLong(PointEntry::minutes).sum();
        List<PageWriter> pages = new ArrayList<>();
        int first = Math.min(ROWS_FIRST_PAGE, activities.size());
        pages.add(page -> {
            float top = page.height() - MARGIN;
            page.rightAligned(10, page.width() - MARGIN, top, "No. " + number);
            page.centred(22, top - 50, "ボランティア活動証明書");
            page.text(14, MARGIN, top - 110, name + "　様");
            page.text(11, MARGIN, top - 140, "活動期間　" + Wareki.formatDate(from) + "〜" + Wareki.formatDate(until));
            page.text(11, MARGIN, top - 160, "活動時間の合計　" + hours(minutes) + "（" + activities.size() + " 件）");
            rows(page, activities.subList(0, first), top - 200);
            if (activities.size() <= ROWS_FIRST_PAGE) {
                closing(page, minutes, issuedOn, city, issuer);
            }
        });
        for (int at = first; at < activities.size(); at += ROWS_PER_PAGE) {
            List<PointEntry> slice = activities.subList(at, Math.min(at + ROWS_PER_PAGE, activities.size()));
            boolean last = at + ROWS_PER_PAGE >= activities.size();
            pages.add(page -> {
                rows(page, slice, page.height() - MARGIN);
                if (last) {
                    closing(page, minutes, issuedOn, city, issuer);
                }
            });
        }
        return pdf.a4(font, "ボランティア活動証明書 " + number, pages);
    }

    private static void rows(PdfPage page, List<PointEntry> rows, float top) {
        float right = page.width() - MARGIN;
        page.text(10, MARGIN, top, "活動日");
        page.text(10, MARGIN + 130, top, "活動内容");
        page.rightAligned(10, right, top, "時間");
        page.line(MARGIN, top - 5, right, top - 5, 0.7f);
        float y = top - 20;
        for (PointEntry e : rows) {
            page.text(10, MARGIN, y, Wareki.formatDate(e.on()));
            String activity = e.activity() + (e.note().isEmpty() ? "" : "（" + e.note() + "）");
            page.text(10, MARGIN + 130, y, activity.length() > 34 ? activity.substring(0, 33) + "…" : activity);
            page.rightAligned(10, right, y, hours(e.minutes()));
            y -= 18;
        }
        page.line(MARGIN, y + 12, right, y + 12, 0.4f);
    }

    private static void closing(PdfPage page, long minutes, LocalDate issuedOn, String city, String issuer) {
        float y = 170;
        page.text(
                11,
                MARGIN,
                y,
                "上記のとおり、" + (city.isEmpty() ? "本市" : city) + "のボランティア活動に合計 " + hours(minutes) + " 参加したことを証明します。");
        page.text(12, page.width() - MARGIN - 240, y - 50, Wareki.formatDate(issuedOn));
        page.text(14, page.width() - MARGIN - 240, y - 76, issuer);
    }

    /** 2時間30分 */
    static String hours(long minutes) {
        long h = minutes / 60;
        long m = minutes % 60;
        return m == 0 ? h + "時間" : h + "時間" + m + "分";
    }
}
