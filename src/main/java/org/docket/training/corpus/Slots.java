package org.docket.training.corpus;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Fills the {placeholders} of one letter, so a name, street or account number stays the same wherever it recurs. */
final class Slots {

    /** Every placeholder a template may use; Bank rejects any other at class-load time. */
    static final Set<String> KNOWN = Set.of("name", "first", "other", "caseworker", "child", "age", "oldage",
            "house", "street", "town", "postcode", "addr", "street2", "email", "ctax", "nndr", "claim", "pcn", "plan",
            "inv", "po", "vatno", "sortcode", "bankacc", "reg", "tenancy", "hreg", "permit", "licence", "elector",
            "case", "foi", "complaint", "ourref", "amt", "bigamt", "rv", "date", "date2", "sent", "day", "month", "time",
            "weeks", "months", "n", "phone", "school", "biz", "premises", "firm", "agency", "charity", "supplier",
            "mp", "fy", "sit", "sit2", "ask", "items", "net", "vatamt", "total");

    private final References refs;
    private final boolean welsh;
    private final Map<String, String> values = new HashMap<>(); // looked up by key only, never iterated

    Slots(References refs, boolean welsh) {
        this.refs = refs;
        this.welsh = welsh;
    }

    boolean welsh() {
        return welsh;
    }

    void put(String key, String value) {
        values.put(key, value);
    }

    String get(String key) {
        String v = values.get(key);
        if (v != null) return v;
        switch (key) {
            case "house", "street", "town", "postcode", "addr" -> {
                String house = String.valueOf(refs.between(1, 140));
                String street = refs.street(welsh);
                String town = refs.town();
                String postcode = refs.postcode();
                values.put("house", house);
                values.put("street", street);
                values.put("town", town);
                values.put("postcode", postcode);
                values.put("addr", house + " " + street + ", " + town + ", " + postcode);
            }
            case "name", "first" -> {
                String name = refs.fullName(welsh);
                values.put("name", name);
                values.put("first", name.substring(0, name.indexOf(' ')));
            }
            case "email" -> values.put("email", refs.email(get("name")));
            default -> values.put(key, refs.make(key, welsh));
        }
        return values.get(key);
    }

    /** Replaces every {key}; values put by the letter may themselves hold placeholders. */
    String fill(String template) {
        String text = template;
        for (int round = 0; round < 4 && text.indexOf('{') >= 0; round++) {
            StringBuilder out = new StringBuilder(text.length() + 64);
            int i = 0;
            while (i < text.length()) {
                int open = text.indexOf('{', i);
                if (open < 0) {
                    out.append(text, i, text.length());
                    break;
                }
                int close = text.indexOf('}', open);
                if (close < 0) throw new IllegalStateException("unclosed placeholder in: " + template);
                out.append(text, i, open).append(get(text.substring(open + 1, close)));
                i = close + 1;
            }
            text = out.toString();
        }
        return text;
    }
}
