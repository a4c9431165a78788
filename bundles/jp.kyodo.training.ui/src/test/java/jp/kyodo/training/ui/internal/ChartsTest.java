package jp.kyodo.training.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyodo.training.Question;
import org.junit.jupiter.api.Test;

class ChartsTest {

    private static final Pattern WIDTH =
            Pattern.compile("<rect x='[0-9.]+' y='\\d+' width='([0-9.]+)' height='16' fill='#");

    private static List<Double> widths(String svg) {
        Matcher m = WIDTH.matcher(svg);
        java.util.ArrayList<Double> w = new java.util.ArrayList<>();
        while (m.find()) {
            w.add(Double.parseDouble(m.group(1)));
        }
        return w;
    }

    @Test
    void barsAreAsLongAsTheirShareAndTextIsEscaped() {
        String svg = Charts.bars(
                Charts.Size.PAGE, "受講率", List.of("A&B課", "<script>"), List.of(50.0, 100.0), List.of("50.0%", "100.0%"));
        assertTrue(svg.startsWith("<svg xmlns='http://www.w3.org/2000/svg'"), svg);
        assertTrue(svg.contains("A&amp;B課") && svg.contains("&lt;script&gt;"), svg);
        assertFalse(svg.contains("<script>"), svg);
        // background (380) and value bar per row
        assertEquals(List.of(380.0, 190.0, 380.0, 380.0), widths(svg));
    }

    @Test
    void stackedBarsSplitTheWholeWidthAndSayTheShares() {
        String svg = Charts.stacked(
                Charts.Size.PAGE,
                "協働",
                List.of("全体"),
                List.of(List.of(50.0, 25.0, 25.0)),
                List.of("知っている", "聞いたことはある", "知らない"),
                List.of("回答 4"));
        assertEquals(List.of(190.0, 95.0, 95.0), widths(svg));
        assertTrue(svg.contains(">50.0%<") && svg.contains(">25.0%<") && svg.contains("知らない"), svg);
        String none = Charts.stacked(
                Charts.Size.PAGE,
                "協働",
                List.of("総務課"),
                List.of(List.of(0.0, 0.0, 0.0)),
                List.of("a", "b", "c"),
                List.of(""));
        assertEquals(List.of(380.0), widths(none).subList(0, 1), "no answers: the empty bar only");
        String card = Charts.stacked(
                Charts.Size.CARD, "協働", List.of("全体"), List.of(List.of(50.0, 50.0)), List.of("a", "b"), List.of(""));
        assertEquals(List.of(75.0, 75.0), widths(card), "a card's bars are narrower");
        assertTrue(card.contains("style='max-width:330px;height:auto'"), "scales down, never up");
    }

    @Test
    void surveyQuestionsAreReadOneALine() {
        List<Question> q = TrainingView.parse("kyodo: 協働を知っていますか = はい / いいえ／わからない\n\npractice: 取り組みたいですか = はい / いいえ");
        assertEquals(2, q.size());
        assertEquals(new Question("kyodo", "協働を知っていますか", List.of("はい", "いいえ", "わからない")), q.get(0));
        assertEquals("practice", q.get(1).code());
        assertEquals(List.of(), TrainingView.parse("設問だけ").get(0).choices(), "the service names what is missing");
    }
}
