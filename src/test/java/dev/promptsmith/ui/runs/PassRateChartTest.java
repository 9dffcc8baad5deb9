package dev.promptsmith.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.run.store.RunStatus;
import dev.promptsmith.run.store.RunSummary;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PassRateChartTest {

    private static final Instant START = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void drawsOnePointPerRunOldestLeftWithItsPassRateInTheTooltip() throws Exception {
        // given
        List<RunSummary> runs = List.of(run(1, 9, 10, false), run(2, 5, 10, false), run(3, 10, 10, false));

        // when
        Document svg = parse(PassRateChart.svg("tickets", runs));

        // then
        List<Element> points = points(svg);
        assertThat(points).extracting(p -> p.getAttribute("data-run")).containsExactly("1", "2", "3");
        assertThat(points).extracting(p -> Double.parseDouble(p.getAttribute("cx"))).isSorted();
        assertThat(text(points.get(1), "title")).startsWith("Run #2, ").contains(": 50.0% passed (5/10)");
        // a higher pass rate is drawn higher up
        assertThat(Double.parseDouble(points.get(2).getAttribute("cy")))
                .isLessThan(Double.parseDouble(points.get(0).getAttribute("cy")));
    }

    @Test
    void drawsTheWilsonIntervalAsABandAndAWhiskerPerRun() throws Exception {
        Document svg = parse(PassRateChart.svg("tickets", List.of(run(1, 1, 2, false), run(2, 2, 2, false))));

        assertThat(byClass(svg, "polygon", "band")).hasSize(1);
        List<Element> whiskers = byClass(svg, "line", "whisker");
        assertThat(whiskers).hasSize(2);
        // two samples say little: the interval of 1 of 2 spans most of the scale
        Element first = whiskers.getFirst();
        assertThat(Double.parseDouble(first.getAttribute("y2")) - Double.parseDouble(first.getAttribute("y1")))
                .isLessThan(-100);
    }

    @Test
    void marksTheBaselineRun() throws Exception {
        Document svg = parse(PassRateChart.svg("tickets", List.of(run(1, 9, 10, true), run(2, 5, 10, false))));

        List<Element> baseline = points(svg).stream().filter(p -> p.getAttribute("class").contains("baseline")).toList();
        assertThat(baseline).extracting(p -> p.getAttribute("data-run")).containsExactly("1");
        assertThat(text(baseline.getFirst(), "title")).startsWith("Run #1 (baseline)");
        assertThat(byClass(svg, "text", "baseline-label")).hasSize(1);
    }

    @Test
    void leavesOutRunsWithoutAnyResult() throws Exception {
        RunSummary justStarted = new RunSummary(3, "tickets", 1, RunStatus.RUNNING, "browser", 10, 0, 0, 0,
                BigDecimal.ZERO, START, null, false);

        Document svg = parse(PassRateChart.svg("tickets", List.of(run(1, 9, 10, false), justStarted)));

        assertThat(points(svg)).hasSize(1);
    }

    @Test
    void saysSoWhenThereIsNothingToDraw() throws Exception {
        Document svg = parse(PassRateChart.svg("tickets", List.of()));

        assertThat(points(svg)).isEmpty();
        assertThat(byClass(svg, "text", "empty").getFirst().getTextContent()).isEqualTo("No run with results yet");
    }

    @Test
    void escapesTheSuiteNameSoItCannotAddMarkup() throws Exception {
        String name = "<script>alert('x')</script> & \"quoted\"\u0001";

        String svg = PassRateChart.svg(name, List.of(run(1, 1, 1, false)));

        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
                + "&quot;quoted&quot;");
        Document document = parse(svg);
        assertThat(document.getDocumentElement().getElementsByTagName("script").getLength()).isZero();
        assertThat(document.getDocumentElement().getAttribute("aria-label"))
                .isEqualTo("Pass rate of <script>alert('x')</script> & \"quoted\" over 1 runs");
    }

    @Test
    void labelsManyRunsSparselyButDrawsEveryPoint() throws Exception {
        List<RunSummary> runs = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            runs.add(run(i, i % 10, 10, false));
        }

        Document svg = parse(PassRateChart.svg("tickets", runs));

        assertThat(points(svg)).hasSize(100);
        assertThat(byClass(svg, "text", "x-label").size()).isBetween(2, 16);
    }

    @Test
    void eachPointLinksToItsRun() throws Exception {
        Document svg = parse(PassRateChart.svg("tickets", List.of(run(4, 9, 10, false), run(7, 5, 10, false))));

        assertThat(points(svg)).extracting(p -> ((Element) p.getParentNode()).getAttribute("href"))
                .containsExactly("runs/4", "runs/7");
    }

    @Test
    void marksTheRunsWhereTheSuiteVersionChangedFromTheRunBefore() throws Exception {
        // given: versions 1, 1, 2, 2, 3
        List<RunSummary> runs = List.of(run(1, 9, 10, false, 1), run(2, 9, 10, false, 1), run(3, 5, 10, false, 2),
                run(4, 6, 10, false, 2), run(5, 8, 10, false, 3));

        // when
        Document svg = parse(PassRateChart.svg("tickets", runs));

        // then
        List<Element> changed = points(svg).stream()
                .filter(p -> List.of(p.getAttribute("class").split(" ")).contains("version-change")).toList();
        assertThat(changed).extracting(p -> p.getAttribute("data-run")).containsExactly("3", "5");
        assertThat(text(changed.getFirst(), "title")).endsWith("; suite version 2, was 1 in run #2");
        assertThat(byClass(svg, "line", "version-line")).hasSize(2);
        assertThat(byClass(svg, "text", "version-label")).extracting(Element::getTextContent)
                .containsExactly("v2", "v3");
    }

    @Test
    void stretchesToTheWidthOfThePage() throws Exception {
        Element root = parse(PassRateChart.svg("tickets", List.of(run(1, 1, 1, false)))).getDocumentElement();

        assertThat(root.getAttribute("width")).isEqualTo("100%");
        assertThat(root.getAttribute("height")).isEmpty();
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + PassRateChart.WIDTH + " " + PassRateChart.HEIGHT);
    }

    private static RunSummary run(long id, int passed, int done, boolean baseline) {
        return run(id, passed, done, baseline, 1);
    }

    private static RunSummary run(long id, int passed, int done, boolean baseline, int suiteVersion) {
        return new RunSummary(id, "tickets", suiteVersion, RunStatus.FINISHED, "browser", done, done, passed, 0, BigDecimal.ZERO,
                START.plusSeconds(id * 60), START.plusSeconds(id * 60 + 30), baseline);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> points(Document svg) {
        return byClass(svg, "circle", "point");
    }

    private static List<Element> byClass(Document svg, String tag, String cssClass) {
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (List.of(element.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element element, String child) {
        return element.getElementsByTagNameNS("http://www.w3.org/2000/svg", child).item(0).getTextContent();
    }
}
