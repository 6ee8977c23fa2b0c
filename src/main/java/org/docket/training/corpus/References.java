package org.docket.training.corpus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Makes up the fictional people, addresses and reference numbers real post is full of, so a model learns from realistic noise. */
final class References {

    static final String COUNCIL = "Borough of Elmbridge Vale";
    static final String COUNCIL_CY = "Cyngor Bwrdeistref Elmbridge Vale";

    private static final List<String> FIRST = List.of("Susan", "David", "Karen", "Paul", "Janet", "Mark", "Tracey", "Gary",
            "Amina", "Tomasz", "Priya", "Liam", "Chloe", "Kevin", "Margaret", "Stephen", "Aisha", "Daniel", "Joanne",
            "Callum", "Beverley", "Imran", "Sophie", "Graham", "Nicola", "Olu", "Hannah", "Craig", "Wendy", "Marek",
            "Shirley", "Ryan", "Fatima", "Derek", "Leanne", "Josh", "Pauline", "Sunil", "Gemma", "Trevor");
    private static final List<String> LAST = List.of("Hollins", "Whitcombe", "Pearce", "Okonkwo", "Brennan", "Atherton",
            "Kowalski", "Sandhu", "Fairbairn", "Mottram", "Ashworth", "Quigley", "Rahman", "Dunmore", "Pickering",
            "Lister", "Oduya", "Carver", "Kelleher", "Birtles", "Gallagher", "Nowak", "Haworth", "Clegg", "Barraclough",
            "Mistry", "Tolley", "Yeomans", "Fenwick", "Latham", "Hussain", "Crowther", "Eastwood", "Pemberton");
    private static final List<String> FIRST_CY = List.of("Siân", "Dafydd", "Rhys", "Gwenllian", "Huw", "Eleri",
            "Iwan", "Nia", "Gareth", "Ffion", "Owain", "Catrin", "Elin", "Gethin", "Mererid", "Aled", "Lowri", "Emyr",
            "Heledd", "Bryn", "Manon", "Dewi", "Angharad", "Sioned", "Llŷr");
    private static final List<String> LAST_CY = List.of("Pritchard", "Llywelyn", "Parry", "Jenkins", "Bowen",
            "Griffiths", "Owen", "Rees", "Prosser", "Pugh", "Vaughan", "Bevan", "Gwilym", "Meredith", "Huws", "Tudur",
            "Maddocks", "Rowlands");
    private static final List<String> CHILD = List.of("Mia", "Kai", "Ellie", "Jayden", "Ruby", "Alfie", "Zara",
            "Tyler", "Amelia", "Reuben", "Lacey", "Harvey", "Nadia", "Oscar", "Poppy", "Deon");
    private static final List<String> CHILD_CY = List.of("Osian", "Cerys", "Tomos", "Lleucu", "Macsen", "Efa", "Ifan",
            "Seren", "Gwion", "Alaw");
    private static final List<String> STREETS = List.of("Acacia Road", "Linnet Close", "Sycamore Avenue",
            "Marlpit Lane", "Chandos Street", "Foxglove Way", "Beckside Terrace", "Orchard Rise", "Tanners Row",
            "Kingfisher Drive", "Hawthorn Crescent", "Old Mill Lane", "Bramley Gardens", "Station Approach",
            "Coronation Street North", "Larkhill Road", "Priory Walk", "Wheelwright Court", "Ferndale Grove",
            "Cobbold Place", "Meadowsweet Drive", "Gasworks Lane", "Bishops Way", "Quarry Bank", "Elm Parade",
            "Rosemary Close", "Victoria Terrace", "Canal Side", "Nightingale Road", "Ashdown Court");
    private static final List<String> STREETS_CY = List.of("Heol y Felin", "Ffordd yr Eglwys", "Stryd y Bont",
            "Lôn y Capel", "Maes y Wennol", "Heol Bryngwyn", "Rhodfa'r Parc", "Cae Glas", "Stryd Fawr", "Lôn Derw",
            "Bro Deg", "Heol yr Ysgol");
    private static final List<String> TOWNS = List.of("Elmbridge", "Vale Green", "Ashcombe", "Thornley", "Kingsmead",
            "Brackenford", "Lower Elmbridge", "Holloway Cross", "Pen-y-Bryn", "Cwm Elm");
    private static final List<String> SCHOOLS = List.of("Thornley Primary School", "Vale Green Academy",
            "St Aldhelm's Primary School", "Ashcombe Park Junior School", "Kingsmead High School",
            "Brackenford Community College", "Elmbridge Vale Infant School", "Holloway Cross Primary");
    private static final List<String> SCHOOLS_CY = List.of("Ysgol Gymraeg Bro Elmbridge", "Ysgol Gynradd Pen-y-Bryn",
            "Ysgol Uwchradd Cwm Elm", "Ysgol y Ddôl");
    private static final List<String> BUSINESSES = List.of("Kestrel Café", "Vale Hardware Ltd", "Brightside Nails",
            "Thornley Motors", "Hollins & Daughter Bakery", "Ashcombe Vintage Emporium", "Green Bean Deli",
            "Kingsmead Carpets", "Spice Lane Takeaway", "Lister Print Studio", "Copper Kettle Tearooms");
    private static final List<String> PREMISES = List.of("The Plough Inn", "The Wheatsheaf", "Bar Luna",
            "The Kingsmead Tap", "Golden Dragon Restaurant", "The Old Forge", "Neon Lounge", "Ashcombe Social Club");
    private static final List<String> FIRMS = List.of("Harcourt Lyle Solicitors", "Pemberton & Shaw LLP",
            "Greaves Whitfield Law", "Ashby Carr Solicitors", "Marchmont Legal LLP", "Tolley & Rhodes Solicitors");
    private static final List<String> AGENCIES = List.of("Vale Residential Lettings", "Keystone Property Management",
            "Oakfield Homes Lettings", "Cornerstone Estates", "Brookmead Lettings & Management");
    private static final List<String> CHARITIES = List.of("Vale Advice Centre", "Elmbridge Carers' Network",
            "Open Door Housing Trust", "Thornley Food Bank Trust", "Safe Harbour Women's Aid",
            "Age Well Elmbridge Vale");
    private static final List<String> SUPPLIERS = List.of("Kingsmead Office Supplies Ltd",
            "Brackenford Grounds Maintenance Ltd", "Cedarline IT Services Ltd", "Hollybank Facilities Ltd",
            "Marlow & Finch Consulting Ltd", "Vale Print & Design Ltd", "Ashcombe Plumbing & Heating Ltd",
            "Trentway Fleet Hire Ltd", "Bluebell Home Care Ltd", "Greystone Highway Services Ltd");
    private static final List<String> MPS = List.of("Helen Marchbank", "Daniel Okafor-Reid", "Rhian Tudor-Hale",
            "Simon Ellery", "Nadia Farrant");
    private static final List<String> DOMAINS = List.of("mailhub.co.uk", "inboxuk.net", "valeweb.co.uk",
            "postmail.uk", "netlink.co.uk");
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] MONTHS_CY = {"Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
            "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"};
    private static final String[] DAYS_CY = {"Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener",
            "Dydd Sadwrn", "Dydd Sul"};
    private static final String UNIT = "ABDEFGHJLNPQRSTUWXYZ";
    private static final String LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY";

    private final SplittableRandom rnd;

    References(SplittableRandom rnd) {
        this.rnd = rnd;
    }

    <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    int between(int lo, int hiInclusive) {
        return rnd.nextInt(lo, hiInclusive + 1);
    }

    double nextDouble() {
        return rnd.nextDouble();
    }

    boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    String digits(int n) {
        StringBuilder sb = new StringBuilder().append((char) ('1' + rnd.nextInt(9)));
        while (sb.length() < n) sb.append((char) ('0' + rnd.nextInt(10)));
        return sb.toString();
    }

    private char letter() {
        return LETTERS.charAt(rnd.nextInt(LETTERS.length()));
    }

    String firstName(boolean welsh) {
        return pick(welsh && chance(0.8) ? FIRST_CY : FIRST);
    }

    String fullName(boolean welsh) {
        return firstName(welsh) + " " + pick(welsh && chance(0.8) ? LAST_CY : LAST);
    }

    String street(boolean welsh) {
        return pick(welsh && chance(0.6) ? STREETS_CY : STREETS);
    }

    String town() {
        return pick(TOWNS);
    }

    String postcode() {
        return "EV" + between(1, 24) + " " + between(1, 9) + UNIT.charAt(rnd.nextInt(UNIT.length()))
                + UNIT.charAt(rnd.nextInt(UNIT.length()));
    }

    LocalDate day() {
        return LocalDate.of(2025, 1, 1).plusDays(rnd.nextInt(730));
    }

    String date(boolean welsh) {
        LocalDate d = day();
        if (chance(0.25)) return String.format(Locale.ROOT, "%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        String[] months = welsh ? MONTHS_CY : MONTHS;
        return d.getDayOfMonth() + " " + months[d.getMonthValue() - 1] + " " + d.getYear();
    }

    String weekday(boolean welsh) {
        DayOfWeek w = DayOfWeek.of(between(1, 7));
        if (welsh) return DAYS_CY[w.getValue() - 1];
        String s = w.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    String month(boolean welsh) {
        return (welsh ? MONTHS_CY : MONTHS)[rnd.nextInt(12)];
    }

    String money(int lowPounds, int highPounds) {
        int pounds = between(lowPounds, highPounds);
        int pence = chance(0.3) ? 0 : rnd.nextInt(100);
        return pounds(pounds * 100L + pence);
    }

    static String pounds(long pence) {
        return String.format(Locale.UK, "£%,d.%02d", pence / 100, pence % 100);
    }

    String phone() {
        return chance(0.6) ? "07700 900" + String.format(Locale.ROOT, "%03d", rnd.nextInt(1000))
                : "01632 960" + String.format(Locale.ROOT, "%03d", rnd.nextInt(1000));
    }

    String email(String name) {
        String[] parts = name.toLowerCase(Locale.ROOT).replace("'", "").replace("ŷ", "y").replace("â", "a")
                .split(" ");
        String local = switch (rnd.nextInt(3)) {
            case 0 -> parts[0] + "." + parts[parts.length - 1];
            case 1 -> parts[0].charAt(0) + parts[parts.length - 1] + between(1, 99);
            default -> parts[0] + parts[parts.length - 1].charAt(0) + between(60, 99);
        };
        return local.replace("-", "") + "@" + pick(DOMAINS);
    }

    String vehicle() {
        int age = chance(0.5) ? between(15, 25) : between(65, 75);
        return "" + letter() + letter() + age + " " + letter() + letter() + letter();
    }

    /** Values for every slot except those a letter sets itself (sit, ask, items and the invoice totals). */
    String make(String key, boolean welsh) {
        return switch (key) {
            case "name", "other", "caseworker" -> fullName(welsh);
            case "child" -> pick(welsh && chance(0.7) ? CHILD_CY : CHILD);
            case "age" -> String.valueOf(between(3, 16));
            case "oldage" -> String.valueOf(between(71, 96));
            case "street2" -> street(welsh);
            case "ctax" -> digits(8);
            case "nndr" -> "N" + digits(8);
            case "claim" -> "HB" + digits(7);
            case "pcn" -> "EV" + digits(8);
            case "plan" -> between(24, 26) + "/" + String.format(Locale.ROOT, "%05d", between(100, 3999)) + "/"
                    + pick(List.of("FUL", "HOU", "HOU", "OUT", "LBC", "ADV", "TCA"));
            case "inv" -> switch (rnd.nextInt(4)) {
                case 0 -> "INV-" + digits(5);
                case 1 -> "SI" + digits(6);
                case 2 -> digits(7);
                default -> "EV/" + between(25, 26) + "/" + digits(4);
            };
            case "po" -> "45000" + digits(5);
            case "vatno" -> "GB " + digits(3) + " " + digits(4) + " " + digits(2);
            case "sortcode" -> between(20, 60) + "-" + between(10, 99) + "-" + between(10, 99);
            case "bankacc" -> digits(8);
            case "reg" -> vehicle();
            case "tenancy" -> "T" + digits(6);
            case "hreg" -> "HR" + digits(6);
            case "permit" -> "RP" + digits(5);
            case "licence" -> "EV/LIC/" + digits(5);
            case "elector" -> "" + letter() + letter() + between(1, 9) + "-" + between(1, 2400);
            case "case" -> "CAS-" + digits(6);
            case "foi" -> "FOI/" + between(25, 26) + "/" + digits(4);
            case "complaint" -> "CMP-" + digits(6);
            case "ourref" -> "" + letter() + letter() + "/" + letter() + letter() + "/" + digits(4);
            case "amt" -> money(12, 950);
            case "bigamt" -> money(1000, 24000);
            case "rv" -> String.format(Locale.UK, "£%,d", between(30, 900) * 100);
            case "date", "date2", "sent" -> date(welsh);
            case "day" -> weekday(welsh);
            case "month" -> month(welsh);
            case "time" -> between(6, 11) + "." + pick(List.of("00", "15", "30", "45", "10", "20")) + pick(List.of("am", "pm"));
            case "weeks" -> String.valueOf(between(2, 9));
            case "months" -> String.valueOf(between(2, 11));
            case "n" -> String.valueOf(between(2, 6));
            case "phone" -> phone();
            case "school" -> pick(welsh && chance(0.7) ? SCHOOLS_CY : SCHOOLS);
            case "biz" -> pick(BUSINESSES);
            case "premises" -> pick(PREMISES);
            case "firm" -> pick(FIRMS);
            case "agency" -> pick(AGENCIES);
            case "charity" -> pick(CHARITIES);
            case "supplier" -> pick(SUPPLIERS);
            case "mp" -> pick(MPS);
            case "fy" -> pick(List.of("2025/26", "2026/27"));
            default -> throw new IllegalStateException("no generator for slot {" + key + "}");
        };
    }
}
