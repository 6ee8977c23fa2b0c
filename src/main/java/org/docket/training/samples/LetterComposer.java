package org.docket.training.samples;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.docket.training.corpus.GeneratedLetter;

/**
 * Prepares a generated letter for layout. Text that is already a whole letter, e-mail, form or
 * note is kept as written, with a business's letterhead lifted out to be printed as one; bare
 * text is given a sender's address, the council's address, a date, a greeting and a sign-off.
 */
final class LetterComposer {

    /** The council the corpus generator writes to. */
    static final List<String> COUNCIL_EN = List.of("Customer Services", "Borough of Elmbridge Vale", "Civic Offices",
            "Vale Road", "Elmbridge", "EV1 1AA");
    static final List<String> COUNCIL_CY = List.of("Gwasanaethau Cwsmeriaid", "Cyngor Bwrdeistref Elmbridge Vale",
            "Swyddfeydd Dinesig", "Heol y Fro", "Elmbridge", "EV1 1AA");

    private static final String[] MONTHS_CY = {"Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
        "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"};
    private static final Pattern GREETING = Pattern.compile(
            "(?im)^(dear|annwyl|to whom|hello|hi|good (morning|afternoon)|to the council|at y cyngor|at bwy bynnag|bore da|helo|shwmae)\\b");
    private static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d{1,2}[A-Z]? \\d[A-Z]{2}\\b");
    private static final Pattern HEADER = Pattern.compile("(?m)^(From|Oddi wrth|Name|Enw): ");
    private static final Pattern NAME_FIELD = Pattern.compile("(?m)^(?:Name|Enw|From|Oddi wrth): ([^<\\n]+?)\\s*(<|$)");
    private static final Pattern PERSON = Pattern.compile("\\p{Lu}[\\p{L}'.-]+( (ap |\\p{Lu}')?\\p{Lu}[\\p{L}'-]+){1,2}");
    private static final Pattern FORM_NAME = Pattern.compile("(?m)^(Name|Enw): ");
    private static final Pattern SUPPLIER = Pattern.compile("(?m)^(?:Supplier|Cyflenwr): (.+)$");
    private static final Pattern SOLICITOR_VOICE = Pattern.compile("\\b(our client|we act for|we are instructed|ein cleient)\\b",
            Pattern.CASE_INSENSITIVE);

    private LetterComposer() {
    }

    /** Who plausibly wrote bare text: the words first, then what is usual for the service. */
    static Sender.Kind senderKind(GeneratedLetter letter, Random random) {
        if (SOLICITOR_VOICE.matcher(letter.text()).find()) return Sender.Kind.SOLICITOR;
        if (letter.category().equals("accounts-payable")) return Sender.Kind.BUSINESS;
        if ((letter.category().equals("business-rates") || letter.category().equals("licensing")) && random.nextInt(3) > 0) {
            return Sender.Kind.BUSINESS;
        }
        return Sender.Kind.RESIDENT;
    }

    /** @param asForm lay a form's text (one with a Name field), or bare text, out as a boxed form */
    static LetterContent compose(GeneratedLetter letter, Sender invented, LocalDate date, boolean asForm, Random random) {
        String text = letter.text();
        List<String> paragraphs = paragraphs(text);
        Sender sender = signedName(text).map(invented::withName).orElse(invented);
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        boolean dressed = GREETING.matcher(text).find() || POSTCODE.matcher(text).find() || HEADER.matcher(text).find()
                || lines.stream().anyMatch(l -> LetterContent.SIGN_OFF.matcher(l).matches())
                || lines.stream().filter(l -> TextShapes.FIELD.matcher(l).matches()).count() >= 2
                || PERSON.matcher(lines.getLast()).lookingAt();
        if (dressed) {
            List<String> letterhead = List.of();
            Matcher supplier = SUPPLIER.matcher(text);
            if (isLetterhead(paragraphs.getFirst())) {
                letterhead = List.of(paragraphs.getFirst().split("\n"));
                paragraphs = paragraphs.subList(1, paragraphs.size());
            } else if (supplier.find()) {
                letterhead = List.of(supplier.group(1).strip()); // an invoice is printed on its supplier's paper
            }
            String formTitle = null;
            if (asForm && FORM_NAME.matcher(text).find() && paragraphs.getFirst().lines().count() == 1) {
                formTitle = paragraphs.getFirst();
                paragraphs = paragraphs.subList(1, paragraphs.size());
            }
            return new LetterContent(letter.language(), sender, letterhead, null, List.of(), null, null, null, null,
                    List.copyOf(paragraphs), null, formTitle, null);
        }
        return dress(letter, sender, paragraphs, date, asForm, random);
    }

    private static LetterContent dress(GeneratedLetter letter, Sender sender, List<String> paragraphs, LocalDate date,
                                       boolean asForm, Random random) {
        boolean welsh = letter.language().equals("cym");
        List<String> letterhead = List.of();
        String footer = null;
        String reference = null;
        String subject = null;
        if (sender.kind() != Sender.Kind.RESIDENT) {
            letterhead = List.of(sender.organisation(), String.join(", ", sender.address()),
                    "Tel " + sender.phone() + "    " + sender.email());
            footer = sender.kind() == Sender.Kind.SOLICITOR
                    ? "Authorised and regulated by the Solicitors Regulation Authority (SRA No. " + (600000 + random.nextInt(99999)) + ")"
                    : "Registered in England and Wales No. " + (10000000 + random.nextInt(8999999));
            reference = (welsh ? "Ein cyf: " : "Our ref: ") + initials(sender.organisation()) + "/" + (1000 + random.nextInt(9000));
            subject = "Re: " + letter.title();
        }
        return new LetterContent(letter.language(), sender, letterhead, footer, welsh ? COUNCIL_CY : COUNCIL_EN,
                formatDate(date, letter.language()), reference, subject,
                asForm ? null : (welsh ? "Annwyl Syr neu Fadam," : "Dear Sir or Madam,"), List.copyOf(paragraphs),
                asForm ? null : (welsh ? "Yn gywir," : "Yours faithfully,"),
                asForm ? (welsh ? "Ffurflen gyswllt" : "Contact form") : null, null);
    }

    /** An earlier letter about the same matter, marked as a copy enclosed with the new one. */
    static LetterContent asEnclosure(LetterContent c, String earlierDate) {
        String heading = c.welsh() ? "AMGAEEDIG - copi o ohebiaeth gynharach, " + earlierDate
                : "ENCLOSURE - copy of earlier correspondence, " + earlierDate;
        return new LetterContent(c.language(), c.sender(), c.letterhead(), c.footer(), c.recipient(),
                c.date() == null ? null : earlierDate, c.reference(), c.subject(), c.salutation(), c.paragraphs(),
                c.signOff(), c.formTitle(), heading);
    }

    static String formatDate(LocalDate date, String language) {
        if (language.equals("cym")) {
            return date.getDayOfMonth() + " " + MONTHS_CY[date.getMonthValue() - 1] + " " + date.getYear();
        }
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }

    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String block : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            String p = block.strip();
            if (!p.isEmpty()) out.add(p);
        }
        return out;
    }

    /**
     * A first block that names an organisation: a name in capitals, as businesses print theirs, or
     * a name without a house number above an address with a postcode (a charity, an MP's office).
     * The council's own address, which some writers put first, is not one.
     */
    static boolean isLetterhead(String paragraph) {
        List<String> lines = paragraph.lines().toList();
        String first = lines.getFirst();
        long letters = first.chars().filter(Character::isLetter).count();
        if (paragraph.contains("EV1 1AA") || first.startsWith("RE:") || letters < 4) return false;
        if (first.equals(first.toUpperCase(Locale.ROOT))) return true;
        return lines.size() >= 2 && lines.size() <= 6 && lines.stream().allMatch(l -> l.length() <= 60)
                && first.chars().noneMatch(Character::isDigit) && !first.contains(":") && !first.endsWith(",")
                && !GREETING.matcher(first).find() && POSTCODE.matcher(paragraph).find();
    }

    /** The writer's name: a Name or From field, else the line under the sign-off. */
    static java.util.Optional<String> signedName(String text) {
        Matcher field = NAME_FIELD.matcher(text);
        if (field.find()) return java.util.Optional.of(field.group(1).strip());
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = lines.size() - 2; i >= 0; i--) {
            if (LetterContent.SIGN_OFF.matcher(lines.get(i)).matches() && PERSON.matcher(lines.get(i + 1)).matches()) {
                return java.util.Optional.of(lines.get(i + 1));
            }
        }
        return java.util.Optional.empty();
    }

    private static String initials(String organisation) {
        StringBuilder sb = new StringBuilder();
        for (String w : organisation.split("[ &']+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) sb.append(w.charAt(0));
        }
        return sb.toString();
    }
}
