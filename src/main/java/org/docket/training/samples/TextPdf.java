package org.docket.training.samples;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A letter saved as PDF from a word processor: real text, in an embedded font when one covers
 * Welsh, laid out like the printed letter and running onto further pages as needed.
 */
final class TextPdf {

    private static final float SIZE = 11f;
    private static final float LEADING = 14.5f;
    private static final float LEFT = 68f;
    private static final float RIGHT = PDRectangle.A4.getWidth() - 62f;
    private static final float TOP = PDRectangle.A4.getHeight() - 56f;
    private static final float BOTTOM = 64f;

    private final PDDocument doc;
    private final PdfFonts fonts;
    private PDPageContentStream cs;
    private float y;
    private int pageCount;
    private String pageWord;

    private TextPdf(PDDocument doc, boolean serif) {
        this.doc = doc;
        this.fonts = PdfFonts.load(doc, serif);
    }

    /** Lays out the letters (the first, then any enclosures, each from a new page) into a new document. */
    static PDDocument build(List<LetterContent> letters, boolean serif) throws IOException {
        PDDocument doc = new PDDocument();
        TextPdf pdf = new TextPdf(doc, serif);
        pdf.pageWord = letters.getFirst().welsh() ? "Tudalen" : "Page";
        for (LetterContent letter : letters) {
            pdf.newPage();
            pdf.letter(letter);
        }
        pdf.cs.close();
        return doc;
    }

    private void letter(LetterContent l) throws IOException {
        if (l.heading() != null) {
            line(l.heading(), fonts.bold, SIZE, LEFT);
            y -= LEADING;
        }
        if (l.hasLetterhead()) {
            String name = l.letterhead().getFirst();
            float size = Math.min(18f, (RIGHT - LEFT) / fonts.width(fonts.bold, name, 1f));
            line(name, fonts.bold, size, LEFT);
            for (String more : l.letterhead().subList(1, l.letterhead().size())) line(more, fonts.regular, 9f, LEFT);
            cs.moveTo(LEFT, y + 8);
            cs.lineTo(RIGHT, y + 8);
            cs.stroke();
            y -= LEADING;
            if (l.footer() != null) show(l.footer(), fonts.regular, 8f, LEFT, BOTTOM - 30);
        }
        if (l.formTitle() != null) {
            line(l.recipient().isEmpty() ? l.formTitle() : l.recipient().get(1) + " - " + l.formTitle(), fonts.bold, 14f, LEFT);
            y -= LEADING / 2;
        }
        if (l.date() != null) dressing(l);
        for (int i = 0; i < l.paragraphs().size(); i++) {
            String p = l.paragraphs().get(i);
            if (i == 0 && l.opensWithTitle()) {
                line(p, fonts.bold, 14f, LEFT);
            } else if (i == 0 && l.date() == null && !l.hasLetterhead() && TextShapes.isAddress(p)) {
                rightAligned(p.lines().toList());
            } else if (i <= 2 && l.date() == null && !l.hasLetterhead() && TextShapes.isDate(p)) {
                rightAligned(List.of(p));
            } else {
                wrapped(p, fonts.regular);
            }
            y -= LEADING / 2;
        }
        if (l.signOff() != null) {
            line(l.signOff(), fonts.regular, SIZE, LEFT);
            y -= LEADING * 2;
            line(l.sender().name(), fonts.regular, SIZE, LEFT);
            if (l.sender().role() != null) line(l.sender().role(), fonts.regular, SIZE, LEFT);
            if (l.sender().organisation() != null) line(l.sender().organisation(), fonts.regular, SIZE, LEFT);
        }
    }

    /** Address, date, council, reference and greeting for bare text that arrived without them. */
    private void dressing(LetterContent l) throws IOException {
        boolean cy = l.welsh();
        Sender s = l.sender();
        if (l.formTitle() != null) {
            line((cy ? "Enw: " : "Name: ") + s.name(), fonts.regular, SIZE, LEFT);
            line((cy ? "Cyfeiriad: " : "Address: ") + String.join(", ", s.address()), fonts.regular, SIZE, LEFT);
            line((cy ? "Ffôn: " : "Telephone: ") + s.phone(), fonts.regular, SIZE, LEFT);
            line((cy ? "Dyddiad: " : "Date: ") + l.date(), fonts.regular, SIZE, LEFT);
            y -= LEADING / 2;
            line(cy ? "Manylion eich ymholiad" : "Details of your enquiry", fonts.bold, SIZE, LEFT);
            return;
        }
        if (!l.hasLetterhead()) {
            rightAligned(s.address());
            y -= LEADING / 2;
            rightAligned(List.of(l.date()));
            y -= LEADING / 2;
        }
        l.recipient().forEach(r -> line(r, fonts.regular, SIZE, LEFT));
        y -= LEADING;
        if (l.hasLetterhead()) {
            line(l.date(), fonts.regular, SIZE, LEFT);
            y -= LEADING;
        }
        if (l.reference() != null) line(l.reference(), fonts.regular, SIZE, LEFT);
        if (l.subject() != null) wrapped(l.subject(), fonts.bold);
        if (l.reference() != null || l.subject() != null) y -= LEADING / 2;
        if (l.salutation() != null) {
            line(l.salutation(), fonts.regular, SIZE, LEFT);
            y -= LEADING / 2;
        }
    }

    private void newPage() throws IOException {
        if (cs != null) cs.close();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        cs.setLineWidth(1f);
        pageCount++;
        y = TOP;
        if (pageCount > 1) {
            String n = pageWord + " " + pageCount;
            show(n, fonts.regular, 8f, RIGHT - fonts.width(fonts.regular, n, 8f), y);
            y -= LEADING * 1.5f;
        }
    }

    private void line(String text, PDFont font, float size, float x) {
        try {
            if (y < BOTTOM) newPage();
            show(text, font, size, x, y);
            y -= Math.max(LEADING, size * 1.25f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void show(String text, PDFont font, float size, float x, float atY) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, atY);
        cs.showText(fonts.printable(text));
        cs.endText();
    }

    private void rightAligned(List<String> lines) throws IOException {
        float widest = 0;
        for (String l : lines) widest = Math.max(widest, fonts.width(fonts.regular, l, SIZE));
        for (String l : lines) line(l, fonts.regular, SIZE, RIGHT - widest);
    }

    private void wrapped(String paragraph, PDFont font) throws IOException {
        for (String given : paragraph.split("\n")) {
            if (LetterContent.TABLE_LINE.matcher(given).matches()) {
                float size = Math.min(SIZE, (RIGHT - LEFT) / fonts.width(fonts.mono, given, 1f));
                line(given, fonts.mono, size, LEFT);
                continue;
            }
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : given.strip().split(" +")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (current.isEmpty() || fonts.width(font, candidate, SIZE) <= RIGHT - LEFT) {
                    current.setLength(0);
                    current.append(candidate);
                } else {
                    lines.add(current.toString());
                    current.setLength(0);
                    current.append(word);
                }
            }
            lines.add(current.toString());
            lines.forEach(l -> line(l, font, SIZE, LEFT));
        }
    }
}
