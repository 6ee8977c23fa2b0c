package org.docket.training.corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One category's templates and phrase banks in one language, each entry owned by exactly one
 * {@link TemplateFamily}, so held-out families never see a training sentence.
 *
 * <p>Source format, one entry a line: {@code == kind} starts a section (body, sit, ask, worry,
 * title, ref, item); entries read {@code F [voice] | text} where F is T, C, S or H (or * for short
 * shared references). In text, {@code ~} is a line break and {@code ¶} a paragraph break.
 */
final class Bank {

    /** One template or phrase; voice says who writes it (res, sol, agent, biz, school, charity, mp, supplier, doc, pro). */
    record Entry(String voice, String text) {
        boolean resident() {
            return voice.equals("res");
        }
    }

    private final Map<String, Map<TemplateFamily, List<Entry>>> kinds = new LinkedHashMap<>();

    private Bank() {
    }

    static Bank english(String source) {
        return parse(source, 4, 8);
    }

    static Bank welsh(String source) {
        return parse(source, 2, 4);
    }

    /** Letter furniture shared by all categories (openings, closings, wrappers); no minimum counts. */
    static Bank framing(String source) {
        return parse(source, 0, 0);
    }

    List<Entry> entries(String kind, TemplateFamily family) {
        Map<TemplateFamily, List<Entry>> byFamily = kinds.get(kind);
        return byFamily == null ? List.of() : byFamily.getOrDefault(family, List.of());
    }

    int count(String kind, TemplateFamily family) {
        return entries(kind, family).size();
    }

    private static Bank parse(String source, int minBodies, int minSituations) {
        Bank bank = new Bank();
        String kind = null;
        Set<String> seen = new HashSet<>();
        for (String raw : source.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("== ")) {
                kind = line.substring(3).strip();
                continue;
            }
            int bar = line.indexOf(" | ");
            if (kind == null || bar < 0) throw new IllegalStateException("bad bank line: " + line);
            String[] head = line.substring(0, bar).strip().split("\\s+");
            String voice = head.length > 1 ? head[1] : "res";
            String text = line.substring(bar + 3).strip().replace("¶", "\n\n").replace("~", "\n");
            checkSlots(text);
            if (!seen.add(kind + "\u0000" + text)) throw new IllegalStateException("entry used twice: " + text);
            List<TemplateFamily> families = switch (head[0]) {
                case "T" -> List.of(TemplateFamily.TRAINING);
                case "C" -> List.of(TemplateFamily.CALIBRATION);
                case "S" -> List.of(TemplateFamily.SAMPLE);
                case "H" -> List.of(TemplateFamily.HELDOUT);
                case "*" -> List.of(TemplateFamily.values());
                default -> throw new IllegalStateException("bad family in: " + line);
            };
            for (TemplateFamily f : families) {
                bank.kinds.computeIfAbsent(kind, k -> new EnumMap<>(TemplateFamily.class))
                        .computeIfAbsent(f, k -> new ArrayList<>()).add(new Entry(voice, text));
            }
        }
        for (TemplateFamily f : minBodies == 0 ? new TemplateFamily[0] : TemplateFamily.values()) {
            if (f == TemplateFamily.HELDOUT && !bank.kinds.getOrDefault("body", Map.of()).containsKey(f)) {
                continue; // a bank not yet given its held-out family; CouncilLettersTest insists on it
            }
            require(bank, "body", f, minBodies);
            require(bank, "sit", f, minSituations);
            require(bank, "ask", f, 1);
            require(bank, "worry", f, 1);
            require(bank, "title", f, 1);
        }
        return bank;
    }

    private static void require(Bank bank, String kind, TemplateFamily f, int min) {
        if (bank.count(kind, f) < min) {
            throw new IllegalStateException("bank needs " + min + " " + kind + " entries for " + f + " but has "
                    + bank.count(kind, f) + "; first body: " + bank.entries("body", TemplateFamily.TRAINING));
        }
    }

    private static void checkSlots(String text) {
        int i = 0;
        while ((i = text.indexOf('{', i)) >= 0) {
            int close = text.indexOf('}', i);
            String key = close < 0 ? "" : text.substring(i + 1, close);
            if (!Slots.KNOWN.contains(key)) throw new IllegalStateException("unknown slot {" + key + "} in: " + text);
            i = close;
        }
    }
}
