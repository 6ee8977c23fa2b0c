package org.docket.training.samples;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;

/**
 * Post that arrives as text: an e-mail (RFC 5322, MIME multipart with the letter attached in
 * base64) and the plain-text dump a web form sends on. Both are built by hand so that every
 * header, boundary and date is fixed by the seed.
 */
final class MailFiles {

    private static final String CRLF = "\r\n";
    private static final String COUNCIL_MAILBOX = "post@afonwen.example.gov.uk";

    private static final java.util.regex.Pattern FORM_OR_MAIL =
            java.util.regex.Pattern.compile("(?m)^(Name|Enw|From|Oddi wrth): ");

    private MailFiles() {
    }

    /**
     * @param attachmentName file name of the attached letter, e.g. "letter.pdf"
     * @param contentType    MIME type of the attachment
     */
    static byte[] email(LetterContent letter, String title, LocalDate date, int number, String attachmentName,
                        String contentType, byte[] attachment) {
        boolean cy = letter.welsh();
        Sender s = letter.sender();
        String boundary = "----=_Part_" + number + "_" + date.toEpochDay();
        String note = cy
                ? "Annwyl Syr neu Fadam,\n\nGweler fy llythyr ynghlwm ynglŷn â'r mater isod. Byddwn yn ddiolchgar am ateb.\n\n"
                  + title + "\n\nYn gywir,\n" + s.name() + "\n" + s.phone() + "\n"
                : "Dear Sir or Madam,\n\nPlease find my letter attached about the matter below. I would be grateful for a reply.\n\n"
                  + title + "\n\nKind regards,\n" + s.name() + "\n" + s.phone() + "\n";
        StringBuilder m = new StringBuilder();
        String display = StandardCharsets.US_ASCII.newEncoder().canEncode(s.name()) ? "\"" + s.name() + "\"" : encodeWord(s.name());
        header(m, "From", display + " <" + s.email() + ">");
        header(m, "To", COUNCIL_MAILBOX);
        header(m, "Subject", encodeWord(title));
        header(m, "Date", String.format(Locale.ROOT, "%s, %d %s %d 09:%02d:00 +0000",
                date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.UK), date.getDayOfMonth(),
                date.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.UK), date.getYear(), number % 60));
        header(m, "Message-ID", "<" + date.toEpochDay() + "." + number + "@mail.example.net>");
        header(m, "MIME-Version", "1.0");
        header(m, "Content-Type", "multipart/mixed; boundary=\"" + boundary + "\"");
        m.append(CRLF).append("This is a multi-part message in MIME format.").append(CRLF);
        m.append("--").append(boundary).append(CRLF);
        header(m, "Content-Type", "text/plain; charset=UTF-8");
        header(m, "Content-Transfer-Encoding", "base64");
        m.append(CRLF).append(base64Lines(note.replace("\n", CRLF).getBytes(StandardCharsets.UTF_8)));
        m.append("--").append(boundary).append(CRLF);
        header(m, "Content-Type", contentType + "; name=\"" + attachmentName + "\"");
        header(m, "Content-Disposition", "attachment; filename=\"" + attachmentName + "\"");
        header(m, "Content-Transfer-Encoding", "base64");
        m.append(CRLF).append(base64Lines(attachment));
        m.append("--").append(boundary).append("--").append(CRLF);
        return m.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** What the council's "contact us" form forwards: its fields, then the message as typed. */
    static byte[] webForm(LetterContent letter, String title, String submitted, int number) {
        String own = String.join("\n\n", letter.paragraphs());
        if (FORM_OR_MAIL.matcher(own).find()) {
            // already a form or e-mail dump: saved as it came
            return (String.join("\n", letter.letterhead()) + (letter.hasLetterhead() ? "\n\n" : "") + own + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        }
        boolean cy = letter.welsh();
        Sender s = letter.sender();
        StringBuilder t = new StringBuilder();
        t.append(cy ? "Cyflwyniad ffurflen ar-lein - Cysylltu â ni" : "Online form submission - Contact us").append('\n');
        t.append("========================================\n");
        t.append(cy ? "Cyfeirnod: " : "Reference: ").append("WEB-").append(String.format("%06d", 240000 + number * 37)).append('\n');
        t.append(cy ? "Cyflwynwyd: " : "Submitted: ").append(submitted).append('\n');
        t.append(cy ? "Enw: " : "Name: ").append(s.name()).append('\n');
        t.append(cy ? "Cyfeiriad: " : "Address: ").append(String.join(", ", s.address())).append('\n');
        t.append(cy ? "Ffôn: " : "Phone: ").append(s.phone()).append('\n');
        t.append(cy ? "E-bost: " : "Email: ").append(s.email()).append('\n');
        t.append(cy ? "Pwnc: " : "Subject: ").append(title).append('\n');
        t.append(cy ? "Neges:" : "Message:").append("\n\n");
        for (String p : letter.paragraphs()) {
            t.append(p).append("\n\n");
        }
        t.append(cy ? "Caniatâd i gysylltu: Ie\n" : "Consent to contact: Yes\n");
        return t.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void header(StringBuilder m, String name, String value) {
        m.append(name).append(": ").append(value).append(CRLF);
    }

    /** RFC 2047 encoded word when the text is not plain ASCII. */
    private static String encodeWord(String text) {
        if (StandardCharsets.US_ASCII.newEncoder().canEncode(text)) return text;
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    private static String base64Lines(byte[] bytes) {
        return Base64.getMimeEncoder(76, CRLF.getBytes(StandardCharsets.US_ASCII)).encodeToString(bytes) + CRLF;
    }
}
