package dev.promptsmith.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgPlotTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    @Test
    void thePercentAxisHasAGridLineAndALabelEveryQuarterFromTheFootToTheTop() throws Exception {
        // given: a plot 214 high, so the axis runs from y 180 (0%) up to y 14 (100%)
        SvgPlot plot = new SvgPlot(1000, 214, "chart", "label", "title");

        // when
        Document svg = parse(plot.percentAxis().end());

        // then
        List<Element> lines = elements(svg, "line");
        assertThat(lines).extracting(l -> l.getAttribute("y1"))
                .containsExactly("180.0", "138.5", "97.0", "55.5", "14.0");
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.getAttribute("class")).isEqualTo("grid-line");
            assertThat(l.getAttribute("x1")).isEqualTo("46.0");
            assertThat(l.getAttribute("x2")).isEqualTo("980.0");
            assertThat(l.getAttribute("y2")).isEqualTo(l.getAttribute("y1"));
        });
        List<Element> labels = elements(svg, "text");
        assertThat(labels).extracting(Element::getTextContent).containsExactly("0%", "25%", "50%", "75%", "100%");
        assertThat(labels).extracting(l -> l.getAttribute("y")).containsExactly("184.0", "142.5", "101.0", "59.5",
                "18.0");
        assertThat(labels).allSatisfy(l -> assertThat(l.getAttribute("text-anchor")).isEqualTo("end"));
    }

    @Test
    void pointsSpreadEvenlyBetweenThePaddedEdgesAndASinglePointStandsInTheMiddle() {
        SvgPlot plot = new SvgPlot(1000, 230, "chart", "label", "title");

        assertThat(List.of(plot.x(0, 3, 20), plot.x(1, 3, 20), plot.x(2, 3, 20))).containsExactly(66.0, 513.0, 960.0);
        assertThat(plot.x(0, 1, 10)).isEqualTo(513.0);
    }

    @Test
    void everyTextIsEscapedSoItCannotAddMarkup() throws Exception {
        // given
        String name = "<b>a & \"b\"</b>";
        SvgPlot plot = new SvgPlot(1000, 230, "chart", "Pass rate of " + name, "Runs of " + name);

        // when
        String markup = plot.xLabel(100, name).text("note", 10, 10, null, name).end();

        // then
        assertThat(markup).doesNotContain("<b>").contains("&lt;b&gt;a &amp; &quot;b&quot;&lt;/b&gt;");
        Document svg = parse(markup);
        assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo("Pass rate of " + name);
        assertThat(elements(svg, "title")).extracting(Element::getTextContent).containsExactly("Runs of " + name);
        assertThat(elements(svg, "text")).extracting(Element::getTextContent).containsExactly(name, name);
        assertThat(svg.getElementsByTagNameNS(SVG, "b").getLength()).isZero();
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document svg, String tag) {
        NodeList nodes = svg.getElementsByTagNameNS(SVG, tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
