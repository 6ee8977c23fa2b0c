package org.docket.training.corpus;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Dresses a category's body as the post a given sender would send: letter, e-mail, web form, note, scrawl or covering letter. */
final class Senders {

    /** What the category bank contributed to one letter, already filled in. */
    record Draft(String category, String voice, String body, String worry, String sit, String ask, String subject,
                 String ref) {
    }

    private final References refs;
    private final TemplateFamily family;

    Senders(References refs, TemplateFamily family) {
        this.refs = refs;
        this.family = family;
    }

    String compose(Draft d, Slots s) {
        String text = switch (d.voice()) {
            case "doc" -> d.worry() == null ? d.body() : d.body() + "\n\n" + (s.welsh() ? "Nodyn: " : "Note: ") + d.worry();
            case "res" -> resident(d, s);
            default -> refs.chance(0.7) ? professionalLetter(d, s) : email(d, s, true);
        };
        return text.replaceAll("\n{3,}", "\n\n").strip();
    }

    private String resident(Draft d, Slots s) {
        double r = refs.nextDouble();
        if (r < 0.32) return letter(d, s);
        if (r < 0.54) return email(d, s, false);
        if (r < 0.66) return form(d, s);
        if (r < 0.77) return note(d, s);
        if (r < 0.88) return ramble(d, s);
        if (r < 0.94) return covering(d, s, "mp");
        return covering(d, s, "charity");
    }

    private String bit(Slots s, String kind) {
        Bank furniture = Banks.furniture(s.welsh());
        return s.fill(refs.pick(furniture.entries(kind, family)).text());
    }

    private String bodyWithWorry(Draft d) {
        if (d.worry() == null) return d.body();
        String[] paras = d.body().split("\n\n");
        if (paras.length > 1 && refs.chance(0.5)) {
            int at = 1 + refs.between(0, paras.length - 2);
            List<String> out = new ArrayList<>(List.of(paras));
            out.add(at, d.worry());
            return String.join("\n\n", out);
        }
        return d.body() + "\n\n" + d.worry();
    }

    private String letter(Draft d, Slots s) {
        List<String> parts = new ArrayList<>();
        if (refs.chance(0.6)) parts.add(s.get("house") + " " + s.get("street") + "\n" + s.get("town") + "\n" + s.get("postcode"));
        if (refs.chance(0.75)) parts.add(s.get("sent"));
        if (refs.chance(0.35)) parts.add(councilBlock(d.category(), s.welsh()));
        parts.add(bit(s, "greet"));
        if (refs.chance(0.5)) parts.add(subjectLine(d, s));
        parts.add(bodyWithWorry(d));
        parts.add(bit(s, "close"));
        parts.add(bit(s, "sign") + "\n\n" + s.get("name") + (refs.chance(0.2) ? (s.welsh() ? "\nFfôn: " : "\nTel: ") + s.get("phone") : ""));
        return String.join("\n\n", parts);
    }

    private String subjectLine(Draft d, Slots s) {
        if (d.ref() != null && (s.welsh() || refs.chance(0.4))) return (s.welsh() ? "Cyfeirnod: " : "Ref: ") + d.ref();
        return (s.welsh() ? "Ynglŷn â: " : "Re: ") + d.subject();
    }

    private String email(Draft d, Slots s, boolean professional) {
        boolean cy = s.welsh();
        String from = professional ? s.get("name") + " <" + orgMailbox(s.get("name"), organisation(d.voice(), s)) + ">"
                : s.get("name") + " <" + s.get("email") + ">";
        String header = (cy ? "Oddi wrth: " : "From: ") + from + "\n"
                + sentLine(cy) + "\n"
                + (cy ? "At: " : "To: ") + mailbox(d.category(), cy) + "\n"
                + (cy ? "Pwnc: " : "Subject: ") + (refs.chance(0.2) ? "RE: " : "") + d.subject();
        List<String> parts = new ArrayList<>();
        if (!professional && refs.chance(0.2)) {
            parts.add(bit(s, "fwdnote") + "\n\n" + s.get("first"));
            parts.add("---------- Forwarded message ---------");
        }
        parts.add(header);
        parts.add(bit(s, professional ? "greetpro" : "greet"));
        parts.add(bodyWithWorry(d));
        parts.add(bit(s, professional ? "closepro" : "close"));
        String signer = professional ? s.get("name") + "\n" + role(d.voice(), s) + "\n" + organisation(d.voice(), s)
                : (refs.chance(0.5) ? s.get("first") : s.get("name"));
        parts.add(bit(s, professional ? "signpro" : "sign") + "\n" + signer
                + (refs.chance(0.3) ? "\n" + s.get("phone") : ""));
        return String.join("\n\n", parts);
    }

    private String form(Draft d, Slots s) {
        boolean cy = s.welsh();
        StringBuilder sb = new StringBuilder(bit(s, "formhead")).append("\n\n");
        sb.append(cy ? "Enw: " : "Name: ").append(s.get("name")).append('\n');
        sb.append(cy ? "Cyfeiriad: " : "Address: ").append(s.get("addr")).append('\n');
        sb.append(cy ? "Rhif ffôn: " : "Telephone: ").append(s.get("phone")).append('\n');
        sb.append(cy ? "E-bost: " : "Email: ").append(s.get("email")).append('\n');
        if (d.ref() != null) {
            boolean account = d.category().equals("council-tax") || d.category().equals("business-rates")
                    || d.category().equals("benefits");
            sb.append(cy ? (account ? "Cyfeirnod y cyfrif: " : "Cyfeirnod: ") : (account ? "Account reference: " : "Reference: "))
                    .append(d.ref()).append('\n');
        }
        sb.append(cy ? "Pwnc: " : "Subject: ").append(d.subject()).append("\n\n");
        sb.append(cy ? "Manylion eich ymholiad:\n" : "Details of your enquiry:\n");
        sb.append(bodyWithWorry(d).replace("\n\n", " ")).append("\n\n");
        sb.append(bit(s, "formdecl")).append("\n");
        sb.append(cy ? "Llofnod: " : "Signed: ").append(s.get("name")).append("    ")
                .append(cy ? "Dyddiad: " : "Date: ").append(s.get("sent"));
        return sb.toString();
    }

    private String note(Draft d, Slots s) {
        String head = refs.chance(0.3) ? (s.welsh() ? "At y cyngor," : "To the council,") + "\n" : "";
        String worry = d.worry() == null ? "" : " " + d.worry();
        String who = refs.chance(0.5) ? s.get("name") + ", " + s.get("house") + " " + s.get("street")
                : s.get("first").charAt(0) + ". " + s.get("name").substring(s.get("name").indexOf(' ') + 1)
                + "\n" + s.get("addr");
        return head + d.sit() + " " + d.ask() + worry + "\n" + who;
    }

    private String ramble(Draft d, Slots s) {
        String text = bit(s, "greet") + " " + (refs.chance(0.5) ? bit(s, "ramble") + " " : "") + bodyWithWorry(d) + " "
                + (d.worry() == null && refs.chance(0.5) ? d.sit() + " " : "") + bit(s, "close") + " "
                + bit(s, "sign") + " " + s.get("first");
        return Scribble.scruff(text, s.welsh(), refs);
    }

    private String covering(Draft d, Slots s, String who) {
        boolean cy = s.welsh();
        boolean mp = who.equals("mp");
        String head = mp
                ? (cy ? "Swyddfa " + s.get("mp") + " AS\nSwyddfa'r Etholaeth" : "Office of " + s.get("mp") + " MP\nConstituency Office")
                + "\n" + refs.between(2, 60) + " Market Street\nElmbridge\nEV1 " + refs.between(1, 9) + "BX"
                : s.get("charity") + "\n" + orgAddress();
        List<String> parts = new ArrayList<>();
        parts.add(head);
        parts.add((cy ? "Ein cyf: " : "Our ref: ") + s.get("ourref") + "\n" + s.get("sent"));
        parts.add(bit(s, "greetpro"));
        parts.add(bit(s, mp ? "mpintro" : "charityintro"));
        parts.add(bodyWithWorry(d));
        parts.add(mp ? bit(s, "mpclose") : bit(s, "close"));
        String role = mp ? role("mp", s) : role("charity", s);
        parts.add(bit(s, "signpro") + "\n\n" + s.get("caseworker") + "\n" + role);
        return String.join("\n\n", parts);
    }

    private String professionalLetter(Draft d, Slots s) {
        boolean cy = s.welsh();
        List<String> parts = new ArrayList<>();
        String org = organisation(d.voice(), s);
        parts.add(org.toUpperCase(Locale.ROOT) + "\n" + orgAddress() + (cy ? "\nFfôn: " : "\nTel: ") + s.get("phone"));
        String dated = s.get("sent");
        if (d.voice().equals("sol") || d.voice().equals("agent") || refs.chance(0.3)) {
            dated = (cy ? "Ein cyf: " : "Our ref: ") + s.get("ourref") + "\n" + dated;
        }
        parts.add(dated);
        if (refs.chance(0.6)) parts.add(councilBlock(d.category(), cy));
        parts.add(bit(s, "greetpro"));
        parts.add(subjectLine(d, s));
        parts.add(bodyWithWorry(d));
        parts.add(bit(s, "closepro"));
        parts.add(bit(s, "signpro") + "\n\n" + s.get("name") + "\n" + role(d.voice(), s) + "\n" + org);
        return String.join("\n\n", parts);
    }

    /** The e-mail's sent line; each family mimics a different mail client so no header line is shared. */
    private String sentLine(boolean welsh) {
        LocalDate d = refs.day();
        String time = String.format(Locale.ROOT, "%02d:%02d", refs.between(7, 22), refs.between(0, 59));
        String[] monthsCy = {"Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
                "Hydref", "Tachwedd", "Rhagfyr"};
        String[] daysCy = {"Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"};
        String month = welsh ? monthsCy[d.getMonthValue() - 1] : d.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
        String weekday = welsh ? daysCy[d.getDayOfWeek().getValue() - 1] : d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
        return switch (family) {
            case TRAINING -> (welsh ? "Anfonwyd: " : "Sent: ") + weekday + ", " + d.getDayOfMonth() + " " + month + " " + d.getYear() + " " + time;
            case CALIBRATION -> welsh ? "Dyddiad: " + d.getDayOfMonth() + " " + month + " " + d.getYear() + " am " + time
                    : "Date: " + d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK) + ", " + d.getDayOfMonth() + " "
                    + d.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + d.getYear() + " at " + time;
            case SAMPLE -> (welsh ? "Anfonwyd: " : "Sent: ") + String.format(Locale.ROOT, "%02d/%02d/%d %s",
                    d.getDayOfMonth(), d.getMonthValue(), d.getYear(), time);
            case HELDOUT -> (welsh ? "Amser anfon: " : "Sent at ") + time + (welsh ? ", " : " on ")
                    + String.format(Locale.ROOT, "%d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        };
    }

    private String orgAddress() {
        return refs.between(1, 220) + " " + refs.street(false) + ", " + refs.town() + ", " + refs.postcode();
    }

    private String organisation(String voice, Slots s) {
        return switch (voice) {
            case "sol" -> s.get("firm");
            case "agent" -> s.get("agency");
            case "biz" -> s.get("biz");
            case "school" -> s.get("school");
            case "supplier" -> s.get("supplier");
            case "mp" -> s.welsh() ? "Swyddfa " + s.get("mp") + " AS" : "Office of " + s.get("mp") + " MP";
            default -> s.get("charity");
        };
    }

    private String role(String voice, Slots s) {
        boolean cy = s.welsh();
        List<String> roles = switch (voice) {
            case "sol" -> cy ? List.of("Cyfreithiwr") : List.of("Solicitor", "Associate Solicitor", "Partner");
            case "agent" -> cy ? List.of("Rheolwr Eiddo") : List.of("Property Manager", "Lettings Manager");
            case "biz" -> cy ? List.of("Perchennog", "Cyfarwyddwr") : List.of("Director", "Owner", "Finance Manager");
            case "school" -> cy ? List.of("Pennaeth", "Cydlynydd ADY")
                    : List.of("Headteacher", "SENCo", "School Business Manager", "Attendance Officer");
            case "supplier" -> cy ? List.of("Adran Gyfrifon") : List.of("Credit Control", "Accounts Receivable", "Finance Assistant");
            case "mp" -> List.of(switch (family) {
                case TRAINING -> cy ? "Gweithiwr Achos i " + s.get("mp") + " AS" : "Caseworker to " + s.get("mp") + " MP";
                case CALIBRATION -> cy ? "Swyddfa " + s.get("mp") + " AS" : "Senior Caseworker, office of " + s.get("mp") + " MP";
                case SAMPLE -> cy ? "Ar ran " + s.get("mp") + " AS" : "Parliamentary assistant (" + s.get("mp") + " MP)";
                case HELDOUT -> cy ? "Tîm gwaith achos " + s.get("mp") + " AS" : "Casework team, " + s.get("mp") + " MP";
            });
            default -> cy ? List.of("Gweithiwr Cymorth") : List.of("Support Worker", "Advice Caseworker", "Project Coordinator");
        };
        return refs.pick(roles);
    }

    private String orgMailbox(String person, String org) {
        String domain = org.toLowerCase(Locale.ROOT).replaceAll("\\b(ltd|llp|the)\\b", "").replaceAll("[^a-z]", "");
        String[] p = person.toLowerCase(Locale.ROOT).split(" ");
        return (p[0].charAt(0) + p[p.length - 1]).replaceAll("[^a-z]", "") + "@" + domain + ".co.uk";
    }

    private String mailbox(String category, boolean welsh) {
        if (refs.chance(0.55)) return welsh ? "ymholiadau@elmbridgevale.gov.uk" : "customer.services@elmbridgevale.gov.uk";
        String box = switch (category) {
            case "council-tax" -> "counciltax";
            case "business-rates" -> "business.rates";
            case "benefits" -> "benefits";
            case "housing-repairs" -> "repairs";
            case "housing-needs" -> "housingoptions";
            case "planning" -> "planning";
            case "highways" -> "highways";
            case "parking" -> "parking";
            case "waste" -> "wasteandrecycling";
            case "environmental-health" -> "envhealth";
            case "licensing" -> "licensing";
            case "adult-social-care" -> "adultcare.enquiries";
            case "childrens-services" -> "childrens.frontdoor";
            case "education" -> "admissions";
            case "information-request" -> "foi";
            case "complaints" -> "complaints";
            case "electoral-services" -> "elections";
            default -> "ap.invoices";
        };
        return box + "@elmbridgevale.gov.uk";
    }

    private String councilBlock(String category, boolean welsh) {
        String dept = refs.chance(0.4) ? Departments.name(category, welsh) + "\n" : "";
        return dept + (welsh ? References.COUNCIL_CY + "\nSwyddfeydd Dinesig\nHeol y Fro" : References.COUNCIL
                + "\nCivic Offices\nVale Road") + "\nElmbridge\nEV1 1AA";
    }
}
