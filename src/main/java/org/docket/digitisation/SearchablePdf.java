package org.docket.digitisation;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * A searchable PDF/A-2b of one document: each page's scan, with the words Tesseract read laid over
 * it as invisible text in an embedded font, so it can be searched, selected and copied. PDF/A-2b
 * needs embedded fonts, an output intent and XMP metadata that agrees with the document information.
 */
final class SearchablePdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String PRODUCER = "Docket";
    /**
     * The font parsed once per thread rather than once per document; a parsed font is not safe to share
     * between threads. Its glyph substitutions (ligatures) are left out: invisible text needs none, and
     * PDFBox would work them out again for every word.
     */
    private static final ThreadLocal<TrueTypeFont> FONTS = ThreadLocal.withInitial(() -> {
        try (InputStream in = SearchablePdf.class.getResourceAsStream(FONT)) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            font.getTableMap().remove("GSUB");
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("PDFBox's own font " + FONT + " cannot be read", e);
        }
    });

    /** One page: its scan (one-bit PNG or JPEG), its size in pixels, resolution and hOCR. */
    record Page(Path image, int width, int height, int dpi, String hocr) {
    }

    private SearchablePdf() {
    }

    static void write(String title, List<Page> pages, Path target) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.setVersion(1.7f);
            PDFont font = PDType0Font.load(pdf, FONTS.get(), true);
            for (Page page : pages) {
                addPage(pdf, font, page);
            }
            describe(pdf, title);
            pdf.save(target.toFile());
        }
    }

    private static void addPage(PDDocument pdf, PDFont font, Page page) throws IOException {
        float scale = 72f / page.dpi();
        float width = page.width() * scale;
        float height = page.height() * scale;
        PDPage pdfPage = new PDPage(new PDRectangle(width, height));
        pdf.addPage(pdfPage);
        byte[] bytes = java.nio.file.Files.readAllBytes(page.image());
        PDImageXObject image = page.image().toString().endsWith(".png") ? BilevelPng.image(pdf, bytes)
                : JPEGFactory.createFromByteArray(pdf, bytes);
        try (PDPageContentStream content = new PDPageContentStream(pdf, pdfPage)) {
            content.drawImage(image, 0, 0, width, height);
            content.beginText();
            content.setRenderingMode(RenderingMode.NEITHER);
            for (HocrWords.Word word : HocrWords.of(page.hocr())) {
                String text = encodable(font, word.text());
                float textWidth = font.getStringWidth(text) / 1000f;
                float boxHeight = (word.bottom() - word.top()) * scale;
                float boxWidth = (word.right() - word.left()) * scale;
                if (text.isEmpty() || textWidth <= 0 || boxHeight <= 0 || boxWidth <= 0) {
                    continue;
                }
                float size = boxHeight;
                content.setFont(font, size);
                content.setHorizontalScaling(100f * boxWidth / (textWidth * size));
                content.setTextMatrix(Matrix.getTranslateInstance(word.left() * scale, height - word.bottom() * scale));
                content.showText(text);
            }
            content.endText();
        }
    }

    /** The word less any letter the font has no glyph for (PDF/A forbids text it cannot draw). */
    private static String encodable(PDFont font, String text) {
        try {
            font.encode(text);
            return text;
        } catch (IllegalArgumentException | IOException notAll) {
            StringBuilder kept = new StringBuilder();
            text.codePoints().forEach(code -> {
                String letter = Character.toString(code);
                try {
                    font.encode(letter);
                    kept.append(letter);
                } catch (IllegalArgumentException | IOException missing) {
                    // left out of the text layer; the scan still shows it
                }
            });
            return kept.toString();
        }
    }

    private static void describe(PDDocument pdf, String title) throws IOException {
        Calendar now = Calendar.getInstance();
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        info.setCreationDate(now);
        info.setModificationDate(now);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        id.setPart(2);
        try {
            id.setConformance("B");
        } catch (org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IllegalStateException("PDF/A conformance level B was refused", e);
        }
        DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
        dublinCore.setTitle(title);
        dublinCore.addCreator(PRODUCER);
        AdobePDFSchema adobe = xmp.createAndAddAdobePDFSchema();
        adobe.setProducer(PRODUCER);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(PRODUCER);
        basic.setCreateDate(now);
        basic.setModifyDate(now);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, bytes, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("The PDF's XMP metadata could not be written", e);
        }
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(bytes.toByteArray());
        catalog.setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }
}
