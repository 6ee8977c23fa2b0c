package org.docket.training.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * A letter as a Word document, as residents and firms attach them. POI stamps the time of the run
 * in the core properties and the ZIP entries; both are set to the letter's date so the bytes repeat.
 */
final class DocxFiles {

    private DocxFiles() {
    }

    static byte[] docx(List<LetterContent> letters, String fontFamily, LocalDate date) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            Writer w = new Writer(doc, fontFamily);
            boolean first = true;
            for (LetterContent l : letters) {
                if (!first) doc.getParagraphs().getLast().createRun().addBreak(BreakType.PAGE);
                first = false;
                w.letter(l);
            }
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            Date when = PdfFiles.calendar(date).getTime();
            core.setCreator(letters.getFirst().sender().name());
            core.setLastModifiedByUser(letters.getFirst().sender().name());
            core.setCreated(Optional.of(when));
            core.setModified(Optional.of(when));
            core.setTitle(letters.getFirst().subject() == null ? "" : letters.getFirst().subject());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return withFixedEntryTimes(out.toByteArray(), date.atTime(10, 10));
        }
    }

    /** Rewrites the package with every entry dated {@code when}, keeping entry order and content. */
    static byte[] withFixedEntryTimes(byte[] zip, LocalDateTime when) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream rezipped = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(when);
                rezipped.putNextEntry(copy);
                in.transferTo(rezipped);
                rezipped.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private record Writer(XWPFDocument doc, String font) {

        void letter(LetterContent l) {
            if (l.heading() != null) para(l.heading(), true, ParagraphAlignment.LEFT);
            if (l.hasLetterhead()) {
                XWPFRun name = doc.createParagraph().createRun();
                name.setText(l.letterhead().getFirst());
                name.setBold(true);
                name.setFontSize(18);
                name.setFontFamily(font);
                lines(l.letterhead().subList(1, l.letterhead().size()), ParagraphAlignment.LEFT);
            }
            if (l.formTitle() != null) para(l.formTitle(), true, ParagraphAlignment.LEFT);
            if (l.date() != null) {
                if (!l.hasLetterhead()) {
                    lines(l.sender().address(), ParagraphAlignment.RIGHT);
                    para(l.date(), false, ParagraphAlignment.RIGHT);
                }
                lines(l.recipient(), ParagraphAlignment.LEFT);
                if (l.hasLetterhead()) para(l.date(), false, ParagraphAlignment.LEFT);
                if (l.reference() != null) para(l.reference(), false, ParagraphAlignment.LEFT);
                if (l.subject() != null) para(l.subject(), true, ParagraphAlignment.LEFT);
                if (l.salutation() != null) para(l.salutation(), false, ParagraphAlignment.LEFT);
            }
            for (int i = 0; i < l.paragraphs().size(); i++) {
                String p = l.paragraphs().get(i);
                boolean right = l.date() == null && !l.hasLetterhead()
                        && ((i == 0 && TextShapes.isAddress(p)) || (i <= 2 && TextShapes.isDate(p)));
                if (i == 0 && l.opensWithTitle()) {
                    para(p, true, ParagraphAlignment.LEFT);
                } else {
                    lines(List.of(p.split("\n")), right ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
                }
            }
            if (l.signOff() != null) {
                para(l.signOff(), false, ParagraphAlignment.LEFT);
                lines(l.sender().organisation() != null
                        ? List.of(l.sender().name(), l.sender().role(), l.sender().organisation())
                        : List.of(l.sender().name()), ParagraphAlignment.LEFT);
            }
        }

        /** One paragraph whose lines are separated by soft line breaks, as an address is typed. */
        void lines(List<String> lines, ParagraphAlignment align) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(align);
            for (int i = 0; i < lines.size(); i++) {
                XWPFRun run = p.createRun();
                boolean table = LetterContent.TABLE_LINE.matcher(lines.get(i)).matches();
                run.setFontFamily(table ? "Courier New" : font);
                run.setFontSize(table ? 9 : 11);
                if (i > 0) run.addBreak();
                run.setText(lines.get(i));
            }
        }

        void para(String text, boolean bold, ParagraphAlignment align) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(align);
            XWPFRun run = p.createRun();
            run.setFontFamily(font);
            run.setFontSize(11);
            run.setBold(bold);
            run.setText(text);
        }
    }
}
