package org.docket.training.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.docket.training.corpus.CouncilLetters;
import org.docket.training.corpus.GeneratedLetter;

/**
 * Turns one planned piece of post into the bytes of its file: decides who sent it and when,
 * lays it out, and writes it in its form (scan, fax, PDF, Word, web form or e-mail). Letters that
 * must run to several pages carry copies of earlier correspondence as enclosures.
 */
final class PostFormats {

    private static final LocalDate POSTMARK = LocalDate.of(2026, 11, 23);
    private static final String[] DOCX_FONTS = {"Calibri", "Arial", "Times New Roman"};

    private final CouncilLetters letters;

    PostFormats(CouncilLetters letters) {
        this.letters = letters;
    }

    /** The bytes of the file for one planned letter, in its planned form. */
    byte[] write(SamplePlan.Letter plan, Random random) throws IOException {
        GeneratedLetter letter = letters.write(plan.category(), plan.language(), plan.safeguarding());
        Posted posted = post(letter, plan.form(), random);
        LetterContent main = posted.main();
        Sender sender = posted.sender();
        LocalDate date = posted.date();
        Enclosures enclosures = new Enclosures(plan, sender, date, random);
        String idSource = plan.number() + "/" + plan.category() + "/" + letter.title();
        return switch (plan.form()) {
            case SCAN_PNG, SCAN_TIFF, SCAN_JPEG, SCAN_PDF, FAX_TIFF, FAX_PDF, FAX_PNG ->
                    scan(plan, main, enclosures, date, idSource, random);
            case BORN_DIGITAL_PDF -> bornDigital(plan.pages(), main, enclosures, date, idSource, letter.title(), random.nextBoolean());
            case DOCX -> DocxFiles.docx(List.of(main), Sender.pickOne(DOCX_FONTS, random), date);
            case WEB_FORM -> MailFiles.webForm(main, letter.title(), LetterComposer.formatDate(date, plan.language()), plan.number());
            case EMAIL -> {
                boolean pdf = plan.number() % 2 == 0;
                byte[] attachment = pdf ? bornDigital(1, main, enclosures, date, idSource, letter.title(), true)
                        : DocxFiles.docx(List.of(main), Sender.pickOne(DOCX_FONTS, random), date);
                String name = (main.welsh() ? "llythyr-" : "letter-") + date + (pdf ? ".pdf" : ".docx");
                String type = pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                yield MailFiles.email(main, letter.title(), date, plan.number(), name, type, attachment);
            }
        };
    }

    /** A letter as its sender sent it: who they are, the day they wrote, and the text laid out for its form. */
    record Posted(LetterContent main, Sender sender, LocalDate date) {
    }

    /** Decides who sent the letter and when, and lays its text out for the form it is posted in. */
    static Posted post(GeneratedLetter letter, PostForm form, Random random) {
        Sender sender = Sender.pick(LetterComposer.senderKind(letter, random), letter.language(), letter.category(), random);
        LocalDate date = POSTMARK.minusDays(2 + random.nextInt(30));
        // a printed web form or contact form is mostly laid out in boxes; the text decides whether it is one
        boolean asForm = (form.isScan() || form == PostForm.BORN_DIGITAL_PDF) && random.nextInt(3) > 0;
        return new Posted(LetterComposer.compose(letter, sender, date, asForm, random), sender, date);
    }

    /** The line a fax machine prints along the top of page {@code index} of a fax. */
    static String faxHeader(LocalDate date, int number, String phone, int index, int pages) {
        return String.format("%s 09:%02d  FROM: %s  TO: 01632 960000  P.%03d/%03d",
                date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), 10 + number % 40, phone, index + 1, pages);
    }

    /** A letter of no particular service, for the broken files. */
    LetterContent plainLetter(Random random) {
        List<String> ids = CouncilLetters.categoryIds();
        GeneratedLetter letter = letters.write(ids.get(random.nextInt(ids.size())), "eng", false);
        Sender sender = Sender.pick(Sender.Kind.RESIDENT, "eng", letter.category(), random);
        return LetterComposer.compose(letter, sender, POSTMARK.minusDays(3), false, random);
    }

    static PDDocument textPdf(LetterContent letter, String idSource) throws IOException {
        PDDocument doc = TextPdf.build(List.of(letter), true);
        PdfFiles.stamp(doc, new PdfFiles.Stamp(letter.subject(), letter.sender().name(), "Writer", POSTMARK, idSource));
        return doc;
    }

    private byte[] scan(SamplePlan.Letter plan, LetterContent main, Enclosures enclosures, LocalDate date, String idSource,
                        Random random) throws IOException {
        boolean fax = plan.form().isFax();
        ScannedPages scanner = new ScannedPages(fax, random);
        int dpi = scanner.dpi;
        List<LetterContent> contents = new ArrayList<>(List.of(main));
        List<BufferedImage> pages = scanner.print(contents, random);
        while (pages.size() < plan.pages()) {
            contents.add(enclosures.next());
            pages = scanner.print(contents, random);
        }
        // scanners that store TIFF or PDF often pass the page through JPEG first; a PNG would only grow from it
        boolean jpegPass = (plan.form() == PostForm.SCAN_TIFF || plan.form() == PostForm.SCAN_PDF) && random.nextInt(3) == 0;
        int sheets = pages.size();
        List<BufferedImage> scanned = scanner.scan(pages, jpegPass,
                i -> faxHeader(date, plan.number(), main.sender().phone(), i, sheets), random);
        PdfFiles.Stamp stamp = new PdfFiles.Stamp("Scan " + date, null, fax ? "Fax server" : "Multifunction scanner", date, idSource);
        return switch (plan.form()) {
            case SCAN_PNG, FAX_PNG -> ImageFiles.png(scanned.getFirst(), dpi);
            case SCAN_TIFF, FAX_TIFF -> ImageFiles.tiff(scanned, dpi);
            case SCAN_JPEG -> ImageFiles.jpeg(scanned.getFirst(), dpi, 0.8f);
            case SCAN_PDF -> PdfFiles.imagePdf(scanned, dpi,
                    random.nextBoolean() ? PdfFiles.ImageCoding.JPEG : PdfFiles.ImageCoding.LOSSLESS, stamp);
            case FAX_PDF -> PdfFiles.imagePdf(scanned, dpi, PdfFiles.ImageCoding.CCITT, stamp);
            default -> throw new IllegalArgumentException(plan.form() + " is not a scan");
        };
    }

    private byte[] bornDigital(int pages, LetterContent main, Enclosures enclosures, LocalDate date, String idSource,
                               String title, boolean serif) throws IOException {
        List<LetterContent> contents = new ArrayList<>(List.of(main));
        while (true) {
            try (PDDocument doc = TextPdf.build(contents, serif)) {
                if (doc.getNumberOfPages() >= pages) {
                    PdfFiles.stamp(doc, new PdfFiles.Stamp(title, main.sender().name(), "Writer", date, idSource));
                    return PdfFiles.save(doc);
                }
            }
            contents.add(enclosures.next());
        }
    }

    /** Copies of earlier correspondence about the same matter, each dated a few weeks before. */
    private final class Enclosures {
        private final SamplePlan.Letter plan;
        private final Sender sender;
        private final Random random;
        private LocalDate date;

        Enclosures(SamplePlan.Letter plan, Sender sender, LocalDate date, Random random) {
            this.plan = plan;
            this.sender = sender;
            this.date = date;
            this.random = random;
        }

        LetterContent next() {
            date = date.minusDays(14 + random.nextInt(28));
            GeneratedLetter earlier = letters.write(plan.category(), plan.language(), false);
            LetterContent content = LetterComposer.compose(earlier, sender, date, false, random);
            return LetterComposer.asEnclosure(content, LetterComposer.formatDate(date, plan.language()));
        }
    }
}
