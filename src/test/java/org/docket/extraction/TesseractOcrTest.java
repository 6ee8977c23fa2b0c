package org.docket.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringReader;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import javax.imageio.ImageIO;
import org.docket.CharacterErrorRate;
import org.docket.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = ExtractionTestConfiguration.class, properties = "docket.home=./target/test-homes/ocr")
class TesseractOcrTest {

    private static final String LETTER = """
            Dear Sir or Madam,
            I am writing about the missed collection of my green recycling bin
            at 14 Acacia Road on Tuesday 3 March. The crew did not return.
            Please arrange a collection this week. Yours faithfully, Jane Morgan""";

    @Autowired
    TesseractOcr ocr;

    @Test
    void renderedLetterIsReadWithFewErrors() {
        OcrResult result = ocr.read(render(LETTER), 300);
        assertThat(CharacterErrorRate.of(result.text(), LETTER)).isLessThan(0.02);
        assertThat(result.confidence()).isGreaterThan(85);
        assertThat(result.words()).isBetween(36, 48);
    }

    @Test
    void blankPageHasNoWords() {
        OcrResult result = ocr.read(render(""), 300);
        assertThat(result.text()).isBlank();
        assertThat(result.words()).isZero();
    }

    @Test
    void hocrAndAltoCarryTheWords() {
        assertThat(ocr.markup(render(LETTER), 300, false)).startsWith("<?xml").contains("ocrx_word").contains("Acacia").endsWith("</html>\n");
        assertThat(ocr.markup(render(LETTER), 300, true)).startsWith("<?xml").contains("<alto").contains("CONTENT=\"Acacia\"").endsWith("</alto>\n");
    }

    /**
     * The hOCR and ALTO Docket writes from one walk over a recognition hold the same words in the same
     * boxes as Tesseract's own renderers, in documents an XML parser reads.
     */
    @Test
    void docketsHocrAndAltoAgreeWithTesseractsOwn() throws Exception {
        BufferedImage page = ImageIO.read(TestPaths.testdata().resolve("ocr/phototest.tif").toFile());
        PageRecognition reading = ocr.recognise(page, 200, 3);

        Pattern hocrWord = Pattern.compile("<span class='ocrx_word'[^>]*title='(bbox \\d+ \\d+ \\d+ \\d+)[^']*'>([^<]*)</span>");
        assertThat(matches(hocrWord, OcrMarkup.hocr(reading.hocr()))).isEqualTo(matches(hocrWord, ocr.markup(page, 200, false)))
                .hasSize(reading.words().size()).contains("bbox 36 92 96 116 This");
        Pattern altoWord = Pattern.compile("<String [^>]*(HPOS=\"\\d+\" VPOS=\"\\d+\" WIDTH=\"\\d+\" HEIGHT=\"\\d+\")[^>]*CONTENT=\"([^\"]*)\"");
        assertThat(matches(altoWord, OcrMarkup.alto(reading.alto()))).isEqualTo(matches(altoWord, ocr.markup(page, 200, true)))
                .hasSize(reading.words().size());

        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        Document alto = xml.newDocumentBuilder().parse(new InputSource(new StringReader(OcrMarkup.alto(reading.alto()))));
        int lines = ocr.markup(page, 200, true).split("<TextLine ", -1).length - 1;
        assertThat(alto.getElementsByTagNameNS("*", "TextLine").getLength()).isEqualTo(lines).isEqualTo(8);
        assertThat(alto.getElementsByTagNameNS("*", "String").item(0).getAttributes().getNamedItem("ID").getNodeValue()).isEqualTo("p3_string_1");
        xml.setValidating(false);
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document hocr = xml.newDocumentBuilder().parse(new InputSource(new StringReader(OcrMarkup.hocr(reading.hocr()))));
        assertThat(hocr.getElementsByTagNameNS("*", "span").getLength()).isEqualTo(lines + reading.words().size());
    }

    /** Each match's groups joined: a word's box and its text. */
    private static java.util.List<String> matches(Pattern pattern, String markup) {
        return pattern.matcher(markup).results().map(match -> match.group(1) + " " + match.group(2)).toList();
    }

    static Stream<Arguments> groundTruthPages() {
        // page images with their transcriptions; the bound is what Tesseract 5 achieves on each, with a little room
        return Stream.of(
                Arguments.of("phototest.tif", 0.02),
                Arguments.of("eurotext.tif", 0.05),
                Arguments.of("8071_093.3B.tif", 0.12),
                Arguments.of("8087_054.3B.tif", 0.10));
    }

    @ParameterizedTest
    @MethodSource("groundTruthPages")
    void sharedPagesAreReadWithinTheirErrorBound(String page, double bound) throws Exception {
        Path image = TestPaths.testdata().resolve("ocr").resolve(page);
        String truth = Files.readString(image.resolveSibling(page.replaceFirst("\\.tif$", ".gt.txt")), StandardCharsets.UTF_8);
        OcrResult result = ocr.read(ImageIO.read(image.toFile()), 300);
        assertThat(CharacterErrorRate.of(result.text(), truth)).as("CER of %s", page).isLessThan(bound);
    }

    private static BufferedImage render(String text) {
        BufferedImage page = new BufferedImage(2480, 1200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 50));
        int y = 200;
        for (String line : text.split("\n")) {
            g.drawString(line, 200, y);
            y += 80;
        }
        g.dispose();
        return page;
    }
}
