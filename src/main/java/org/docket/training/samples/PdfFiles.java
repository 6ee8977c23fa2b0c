package org.docket.training.samples;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Image-only PDFs as a scanner makes them, and the document information every PDF here carries.
 * Dates and the trailer's document ID are fixed from the letter, so the same seed gives the same
 * bytes; PDFBox would otherwise stamp the time of the run.
 */
final class PdfFiles {

    /** What a PDF says about itself. */
    record Stamp(String title, String author, String creator, LocalDate date, String idSource) {
    }

    /** How a scanner stores page images inside a PDF. */
    enum ImageCoding { JPEG, LOSSLESS, CCITT }

    private PdfFiles() {
    }

    static byte[] imagePdf(List<BufferedImage> pages, int dpi, ImageCoding coding, Stamp stamp) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage image : pages) {
                PDPage page = new PDPage(new PDRectangle(image.getWidth() * 72f / dpi, image.getHeight() * 72f / dpi));
                doc.addPage(page);
                PDImageXObject xobject = switch (coding) {
                    case JPEG -> JPEGFactory.createFromImage(doc, image, 0.72f, dpi);
                    case LOSSLESS -> LosslessFactory.createFromImage(doc, image);
                    case CCITT -> CCITTFactory.createFromImage(doc, image);
                };
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    PDRectangle box = page.getMediaBox();
                    cs.drawImage(xobject, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            stamp(doc, stamp);
            return save(doc);
        }
    }

    static void stamp(PDDocument doc, Stamp stamp) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(stamp.title());
        info.setAuthor(stamp.author());
        info.setCreator(stamp.creator());
        info.setProducer("Docket sample post");
        Calendar when = calendar(stamp.date());
        info.setCreationDate(when);
        info.setModificationDate(when);
        byte[] id = md5(stamp.idSource());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().setDocumentID(ids);
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** Ten past ten in the morning, UTC, on the letter's date. */
    static Calendar calendar(LocalDate date) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 10, 10, 0);
        return c;
    }

    static byte[] md5(String source) {
        try {
            return MessageDigest.getInstance("MD5").digest(source.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java runtime", e);
        }
    }
}
