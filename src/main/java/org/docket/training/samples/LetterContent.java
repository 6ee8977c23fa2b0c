package org.docket.training.samples;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A letter ready to lay out, in whatever form it is posted, so that the scan, the PDF and the
 * Word file of one letter say the same thing. Text from the corpus generator usually arrives
 * dressed already (address, date, greeting, sign-off); then only its letterhead is lifted out
 * and everything else stays in {@code paragraphs}. Bare text is dressed by {@link LetterComposer}.
 *
 * @param letterhead a business's name and contact lines, printed large at the top, or empty
 * @param footer     small print at the foot of a letterhead page, or null
 * @param recipient  the council's address lines, or empty when the text carries its own
 * @param date       the date to print, or null when the text carries its own
 * @param reference  a sender's reference ("Our ref: ..."), or null
 * @param subject    a subject line ("Re: ..."), or null
 * @param salutation "Dear ...", or null
 * @param paragraphs the body; a paragraph may hold line breaks that must be kept
 * @param signOff    "Yours faithfully," followed by the sender's name, or null
 * @param formTitle  when non-null, lay the text out as a filled-in form with this title
 * @param heading    printed above an enclosure ("Copy of my letter of ..."), or null
 */
record LetterContent(String language, Sender sender, List<String> letterhead, String footer, List<String> recipient,
                     String date, String reference, String subject, String salutation, List<String> paragraphs,
                     String signOff, String formTitle, String heading) {

    /** A closing such as "Yours faithfully," on its own line, after which a letter is signed. */
    static final Pattern SIGN_OFF = Pattern.compile(
            "(yours (faithfully|sincerely|truly)|(with )?kind regards|regards|best wishes|many thanks|thanks|"
            + "(yr eiddoch )?yn gywir( iawn)?|yn ddiffuant|cofion( gorau)?|gyda diolch|diolch),?", Pattern.CASE_INSENSITIVE);
    /** A line of a table typed with runs of spaces, which must keep its columns. */
    static final Pattern TABLE_LINE = Pattern.compile("\\S.*\\S {3,}\\S.*");

    boolean welsh() {
        return language.equals("cym");
    }

    /** Text that opens with a short title line of its own ("Invoice", a form's name), printed as a heading. */
    boolean opensWithTitle() {
        if (date != null || paragraphs.isEmpty()) return false;
        String first = paragraphs.getFirst();
        return !first.contains("\n") && first.length() <= 60 && !first.matches(".*[.,:;?!]$")
                && !TextShapes.isDate(first) && !TextShapes.FIELD.matcher(first).matches();
    }

    boolean hasLetterhead() {
        return !letterhead.isEmpty();
    }

    /** Every line of text top to bottom, as the plain-text forms carry it. */
    String plainText() {
        StringBuilder sb = new StringBuilder();
        if (heading != null) sb.append(heading).append("\n\n");
        letterhead.forEach(l -> sb.append(l).append('\n'));
        if (hasLetterhead()) sb.append('\n');
        if (date != null) {
            if (!hasLetterhead()) sender.address().forEach(l -> sb.append(l).append('\n'));
            sb.append(date).append("\n\n");
        }
        recipient.forEach(l -> sb.append(l).append('\n'));
        if (!recipient.isEmpty()) sb.append('\n');
        if (reference != null) sb.append(reference).append("\n\n");
        if (subject != null) sb.append(subject).append("\n\n");
        if (salutation != null) sb.append(salutation).append("\n\n");
        paragraphs.forEach(p -> sb.append(p).append("\n\n"));
        if (signOff != null) sb.append(signOff).append("\n\n").append(sender.signatureLine()).append('\n');
        return sb.toString().strip() + "\n";
    }
}
