package org.docket.training.samples;

import java.util.List;
import java.util.Random;

/**
 * Who a piece of post is from. Residents write from home; businesses and solicitors on
 * letterhead. Every name, street and number is invented; postcodes use the unallocated area "EV" of the
 * corpus generator's Elmbridge Vale,
 * and telephone numbers the Ofcom drama range 01632 960xxx.
 *
 * @param name         the person who signs
 * @param organisation the business or firm, or null for a resident
 * @param role         the signatory's role at the organisation, or null
 * @param address      street, town and postcode lines
 */
record Sender(Kind kind, String name, String organisation, String role, List<String> address, String phone,
              String email) {

    enum Kind { RESIDENT, BUSINESS, SOLICITOR }

    private static final String[] FIRST = {"Margaret", "David", "Susan", "Peter", "Karen", "James", "Aisha",
        "Mohammed", "Priya", "Tomasz", "Grace", "Oliver", "Linda", "Stephen", "Fatima", "Daniel", "Helen", "Gary",
        "Chloe", "Ian"};
    private static final String[] LAST = {"Thompson", "Hughes", "Patel", "Roberts", "Evans", "Khan", "Walker",
        "Nowak", "Bennett", "Price", "Morgan", "Clarke", "Ahmed", "Fletcher", "Lloyd", "Davies", "Jenkins", "Wright",
        "O'Neill", "Begum"};
    private static final String[] FIRST_CY = {"Siân", "Gwenllian", "Rhys", "Dafydd", "Eleri", "Aled", "Nia", "Iwan",
        "Ffion", "Gethin", "Angharad", "Llinos", "Meirion", "Elin"};
    private static final String[] LAST_CY = {"Jones", "Williams", "Pritchard", "Parry", "Lewis", "Rees", "Owen",
        "Griffiths", "Vaughan", "ap Gwyn"};
    private static final String[] STREETS = {"Acacia Road", "Station Road", "Church Street", "Mill Lane",
        "Victoria Terrace", "Park View", "The Crescent", "Meadow Close", "Castle Street", "Oak Avenue",
        "Marine Parade", "Chapel Row"};
    private static final String[] STREETS_CY = {"Heol y Parc", "Ffordd yr Orsaf", "Stryd y Castell", "Lôn Glasfryn",
        "Maes y Dderwen", "Rhodfa'r Môr", "Bryn Hyfryd", "Cae'r Ysgol", "Tŷ Gwyn", "Heol yr Eglwys"};
    private static final String[] TOWNS = {"Elmbridge", "Vale Cross", "Penybryn", "Glanrhyd", "Ashford Vale"};
    private static final String[] SUPPLIERS = {"Hendre Office Supplies Ltd", "Castle Cleaning Services Ltd",
        "Greenway Grounds Maintenance Ltd", "Afon Print & Design Ltd", "Bryn IT Solutions Ltd",
        "Pentre Plumbing & Heating Ltd"};
    private static final String[] TRADERS = {"The Old Forge Café", "Riverside Catering Ltd", "Bryn Motors",
        "Marine Parade Hotel", "Taylor's Taxis", "Glanrhyd Stores", "The Red Lion", "Siop y Gornel"};
    private static final String[] SOLICITORS = {"Pritchard & Morgan Solicitors", "Harland Lloyd LLP",
        "Bevan Rees Solicitors", "Parry a'i Gwmni Cyfreithwyr"};
    private static final String[] ROLES = {"Accounts Manager", "Director", "Credit Controller", "Owner",
        "Office Manager"};

    static Sender pick(Kind kind, String language, String category, Random random) {
        boolean welsh = language.equals("cym");
        String first = welsh ? pickOne(FIRST_CY, random) : pickOne(FIRST, random);
        String last = welsh ? pickOne(LAST_CY, random) : pickOne(LAST, random);
        String name = first + " " + last;
        String street = (1 + random.nextInt(120)) + " " + (welsh ? pickOne(STREETS_CY, random) : pickOne(STREETS, random));
        String town = pickOne(TOWNS, random);
        String postcode = "EV" + (1 + random.nextInt(24)) + " " + random.nextInt(10)
                + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        String phone = "01632 960" + String.format("%03d", random.nextInt(1000));
        String handle = (first.charAt(0) + last.replace("'", "").replace(" ", "")).toLowerCase(java.util.Locale.ROOT)
                .replace('â', 'a').replace('ŵ', 'w').replace('ŷ', 'y');
        return switch (kind) {
            case RESIDENT -> new Sender(kind, name, null, null, List.of(street, town, postcode), phone,
                    handle + random.nextInt(100) + "@example.net");
            case BUSINESS -> {
                String org = category.equals("accounts-payable") ? pickOne(SUPPLIERS, random) : pickOne(TRADERS, random);
                yield new Sender(kind, name, org, pickOne(ROLES, random),
                        List.of("Unit " + (1 + random.nextInt(30)) + ", " + (welsh ? "Ystad Ddiwydiannol" : "Riverside Business Park"),
                                town, postcode), phone, "accounts@" + domain(org));
            }
            case SOLICITOR -> {
                String org = pickOne(SOLICITORS, random);
                yield new Sender(kind, name, org, welsh ? "Partner" : pickOne(new String[] {"Partner", "Solicitor", "Trainee Solicitor"}, random),
                        List.of((1 + random.nextInt(60)) + " High Street", town, postcode), phone, "enquiries@" + domain(org));
            }
        };
    }

    /** The same sender under the name the letter is signed with. */
    Sender withName(String signed) {
        String handle = java.text.Normalizer.normalize(signed, java.text.Normalizer.Form.NFD)
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        String mail = kind == Kind.RESIDENT ? handle + "@example.net" : email;
        return new Sender(kind, signed, organisation, role, address, phone, mail);
    }

    String signatureLine() {
        return role == null ? name : name + ", " + role;
    }

    private static String domain(String organisation) {
        String word = organisation.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z ]", "").trim().split(" ")[0];
        return word + ".example.co.uk";
    }

    static String pickOne(String[] options, Random random) {
        return options[random.nextInt(options.length)];
    }
}
