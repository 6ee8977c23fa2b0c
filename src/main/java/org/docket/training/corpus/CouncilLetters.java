package org.docket.training.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Seeded generator of realistic council post for training and measuring the classifier; each
 * {@link TemplateFamily} draws on its own templates and phrases so held-out figures are honest.
 */
public final class CouncilLetters {

    private final TemplateFamily family;
    private final SplittableRandom random;
    private final References refs;
    private final Senders senders;

    public CouncilLetters(TemplateFamily family, long seed) {
        this.family = Objects.requireNonNull(family, "family");
        this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 31L * family.ordinal() + 7L);
        this.refs = new References(random);
        this.senders = new Senders(refs, family);
    }

    /** The 18 category ids in taxonomy.yml order. */
    public static List<String> categoryIds() {
        return Departments.IDS;
    }

    /** One letter of the given category in "eng" or "cym"; with safeguarding, the text also carries a concern. */
    public GeneratedLetter write(String categoryId, String language, boolean safeguarding) {
        boolean welsh = switch (Objects.requireNonNull(language, "language")) {
            case "eng" -> false;
            case "cym" -> true;
            default -> throw new IllegalArgumentException("language must be eng or cym: " + language);
        };
        Bank bank = bank(categoryId, welsh);
        Slots slots = new Slots(refs, welsh);
        Bank.Entry body = refs.pick(bank.entries("body", family));
        List<Bank.Entry> sits = bank.entries("sit", family);
        int first = refs.between(0, sits.size() - 1);
        int second = (first + refs.between(1, sits.size() - 1)) % sits.size();
        slots.put("sit", slots.fill(sits.get(first).text()));
        slots.put("sit2", slots.fill(sits.get(second).text()));
        slots.put("ask", slots.fill(refs.pick(bank.entries("ask", family)).text()));
        if (!bank.entries("item", family).isEmpty()) invoiceLines(bank, slots);
        String worry = safeguarding ? worry(bank, body.resident(), slots) : null;
        String title = slots.fill(refs.pick(bank.entries("title", family)).text());
        List<Bank.Entry> refEntries = bank.entries("ref", family);
        String ref = refEntries.isEmpty() ? null : slots.fill(refs.pick(refEntries).text());
        List<Bank.Entry> subjects = bank.entries("subj", family);
        String subject = subjects.isEmpty() ? title : slots.fill(refs.pick(subjects).text());
        String text = senders.compose(new Senders.Draft(categoryId, body.voice(), slots.fill(body.text()), worry,
                slots.get("sit"), slots.get("ask"), subject, ref), slots);
        return new GeneratedLetter(categoryId, language, safeguarding, title, text, worry);
    }

    /**
     * perCategory letters for every category, interleaved so any prefix stays balanced; in each
     * category round(perCategory * welshShare) are Welsh and round(perCategory * safeguardingShare) flagged.
     */
    public List<GeneratedLetter> corpus(int perCategory, double welshShare, double safeguardingShare) {
        if (perCategory < 0) throw new IllegalArgumentException("perCategory must be >= 0");
        if (!(welshShare >= 0 && welshShare <= 1) || !(safeguardingShare >= 0 && safeguardingShare <= 1)) {
            throw new IllegalArgumentException("shares must be between 0 and 1");
        }
        int welshCount = (int) Math.round(perCategory * welshShare);
        int flaggedCount = (int) Math.round(perCategory * safeguardingShare);
        List<String> ids = categoryIds();
        boolean[][] welsh = new boolean[ids.size()][];
        boolean[][] flagged = new boolean[ids.size()][];
        for (int c = 0; c < ids.size(); c++) {
            welsh[c] = spread(perCategory, welshCount);
            flagged[c] = spread(perCategory, flaggedCount);
        }
        List<GeneratedLetter> out = new ArrayList<>(perCategory * ids.size());
        for (int i = 0; i < perCategory; i++) {
            for (int c = 0; c < ids.size(); c++) {
                out.add(write(ids.get(c), welsh[c][i] ? "cym" : "eng", flagged[c][i]));
            }
        }
        return out;
    }

    /** Exactly {@code count} true values among {@code size}, at seeded random positions. */
    private boolean[] spread(int size, int count) {
        boolean[] marks = new boolean[size];
        for (int i = 0; i < count; i++) marks[i] = true;
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            boolean t = marks[i];
            marks[i] = marks[j];
            marks[j] = t;
        }
        return marks;
    }

    private String worry(Bank bank, boolean residentVoice, Slots slots) {
        List<Bank.Entry> fitting = bank.entries("worry", family).stream()
                .filter(e -> e.resident() == residentVoice).toList();
        if (fitting.isEmpty()) {
            Bank furniture = Banks.furniture(slots.welsh());
            fitting = furniture.entries("worry3", family);
        }
        return slots.fill(refs.pick(fitting).text());
    }

    /** Supplier invoices: priced lines whose totals add up, in {items}, {net}, {vatamt} and {total}. */
    private void invoiceLines(Bank bank, Slots slots) {
        List<Bank.Entry> items = bank.entries("item", family);
        int lines = refs.between(1, Math.min(4, items.size()));
        int start = refs.between(0, items.size() - 1);
        StringBuilder sb = new StringBuilder();
        long net = 0;
        for (int i = 0; i < lines; i++) {
            String description = slots.fill(items.get((start + i) % items.size()).text());
            int qty = refs.chance(0.4) ? 1 : refs.between(2, 40);
            long unit = refs.between(4, 950) * 100L + (refs.chance(0.5) ? 0 : refs.between(1, 99));
            long lineNet = unit * qty;
            net += lineNet;
            sb.append(String.format(java.util.Locale.ROOT, "%-46s %4d %11s %12s%n", description, qty,
                    References.pounds(unit), References.pounds(lineNet)));
        }
        long vat = Math.round(net * 0.2);
        slots.put("items", sb.toString().replace(System.lineSeparator(), "\n").stripTrailing());
        slots.put("net", References.pounds(net));
        slots.put("vatamt", References.pounds(vat));
        slots.put("total", References.pounds(net + vat));
    }

    /** The bank for one category and language; package-private so tests can count templates per family. */
    static Bank bank(String categoryId, boolean welsh) {
        Objects.requireNonNull(categoryId, "categoryId");
        return Banks.of(categoryId, welsh);
    }
}
