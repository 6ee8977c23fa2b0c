package org.docket.training.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Pins the properties that keep the classifier's training and held-out figures honest. */
class CouncilLettersTest {


    private static final List<String> WELSH_WORDS = List.of(" yn ", " mae ", " y ", " i ", " ar ", " fy ", " am ",
            " wedi ", " yr ", "anfoneb", " a ", " o ", " dw ", "i'n ", " ei ", " â ", "hoffwn", "rwy");

    @Test
    void categoryIdsFollowTheTaxonomy() {
        List<String> ids = CouncilLetters.categoryIds();
        assertEquals(18, ids.size());
        assertEquals("council-tax", ids.get(0));
        assertEquals("accounts-payable", ids.get(17));
        assertFalse(ids.contains("safeguarding"), "safeguarding is a flag, not a category");
    }

    @Test
    void everyCategoryWritesInBothLanguagesInEveryFamily() {
        for (TemplateFamily family : TemplateFamily.values()) {
            CouncilLetters letters = new CouncilLetters(family, 7);
            for (String id : CouncilLetters.categoryIds()) {
                for (String language : List.of("eng", "cym")) {
                    for (int i = 0; i < 6; i++) {
                        GeneratedLetter letter = letters.write(id, language, false);
                        assertEquals(id, letter.category());
                        assertEquals(language, letter.language());
                        assertFalse(letter.title().isBlank());
                        assertFalse(letter.text().contains("{"), letter.text());
                        int words = letter.text().split("\\s+").length;
                        assertTrue(words >= 15 && words <= 450, words + " words: " + letter.text());
                        if (language.equals("cym")) {
                            String lower = " " + letter.text().toLowerCase(Locale.ROOT).replace("\n", " ") + " ";
                            assertTrue(WELSH_WORDS.stream().filter(lower::contains).count() >= 2, letter.text());
                        }
                    }
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new CouncilLetters(TemplateFamily.TRAINING, 1)
                .write("parks", "eng", false));
        assertThrows(IllegalArgumentException.class, () -> new CouncilLetters(TemplateFamily.TRAINING, 1)
                .write("waste", "fra", false));
    }

    @Test
    void sameSeedGivesSameOutputAndDifferentSeedsDiffer() {
        List<GeneratedLetter> a = new CouncilLetters(TemplateFamily.TRAINING, 42).corpus(6, 0.3, 0.2);
        List<GeneratedLetter> b = new CouncilLetters(TemplateFamily.TRAINING, 42).corpus(6, 0.3, 0.2);
        List<GeneratedLetter> c = new CouncilLetters(TemplateFamily.TRAINING, 43).corpus(6, 0.3, 0.2);
        assertEquals(a, b);
        assertNotEquals(a, c);
        GeneratedLetter one = new CouncilLetters(TemplateFamily.SAMPLE, 9).write("waste", "cym", true);
        assertEquals(one, new CouncilLetters(TemplateFamily.SAMPLE, 9).write("waste", "cym", true));
    }

    @Test
    void heldOutFamiliesNeverRepeatATrainingSentence() {
        Set<String> training = sentences(new CouncilLetters(TemplateFamily.TRAINING, 11).corpus(200, 0.25, 0.2));
        for (TemplateFamily heldOut : List.of(TemplateFamily.SAMPLE, TemplateFamily.CALIBRATION)) {
            Set<String> leaked = new TreeSet<>(sentences(new CouncilLetters(heldOut, 12).corpus(120, 0.25, 0.2)));
            leaked.retainAll(training);
            assertTrue(leaked.isEmpty(), heldOut + " repeats training sentences: "
                    + leaked.size() + " " + leaked.stream().limit(40).toList());
        }
    }

    @Test
    void familiesShareNoTemplateOrPhrase() {
        for (boolean welsh : new boolean[]{false, true}) {
            Set<String> seen = new HashSet<>();
            for (TemplateFamily family : TemplateFamily.values()) {
                Set<String> mine = new HashSet<>();
                for (String id : CouncilLetters.categoryIds()) {
                    Bank bank = CouncilLetters.bank(id, welsh);
                    for (String kind : List.of("body", "sit", "ask", "worry", "item")) {
                        bank.entries(kind, family).forEach(e -> mine.add(e.text()));
                    }
                }
                Bank furniture = Banks.furniture(welsh);
                for (String kind : List.of("greet", "greetpro", "close", "closepro", "mpintro", "mpclose",
                        "charityintro", "fwdnote", "formhead", "formdecl", "ramble", "worry3")) {
                    furniture.entries(kind, family).stream().map(Bank.Entry::text)
                            .filter(t -> t.split("\\s+").length >= 6).forEach(mine::add);
                }
                for (String text : mine) assertFalse(seen.contains(text), family + " reuses: " + text);
                seen.addAll(mine);
            }
        }
    }

    @Test
    void everyFamilyHasEnoughTemplatesAndPhrases() {
        for (String id : CouncilLetters.categoryIds()) {
            for (TemplateFamily family : TemplateFamily.values()) {
                Bank english = CouncilLetters.bank(id, false);
                Bank welsh = CouncilLetters.bank(id, true);
                assertTrue(english.count("body", family) >= 4, id + " " + family);
                assertTrue(english.count("sit", family) >= 8, id + " " + family);
                assertTrue(welsh.count("body", family) >= 2, id + " " + family);
                assertTrue(welsh.count("sit", family) >= 4, id + " " + family);
            }
        }
    }

    @Test
    void corpusIsBalancedWithTheAskedShares() {
        List<GeneratedLetter> corpus = new CouncilLetters(TemplateFamily.CALIBRATION, 5).corpus(40, 0.25, 0.1);
        assertEquals(40 * 18, corpus.size());
        for (String id : CouncilLetters.categoryIds()) {
            List<GeneratedLetter> mine = corpus.stream().filter(l -> l.category().equals(id)).toList();
            assertEquals(40, mine.size(), id);
            assertEquals(10, mine.stream().filter(l -> l.language().equals("cym")).count(), id);
            assertEquals(4, mine.stream().filter(GeneratedLetter::safeguarding).count(), id);
        }
        assertEquals(CouncilLetters.categoryIds(), corpus.subList(0, 18).stream().map(GeneratedLetter::category).toList());
    }

    @Test
    void safeguardingLettersCarryTheirConcernAndOthersNone() {
        // concerns are often voiced without any tell-tale word, so what is pinned is that the concern is in the letter
        for (TemplateFamily family : TemplateFamily.values()) {
            for (GeneratedLetter letter : new CouncilLetters(family, 3).corpus(20, 0.3, 0.5)) {
                if (!letter.safeguarding()) {
                    assertEquals(null, letter.concern());
                    continue;
                }
                List<String> words = longWords(letter.concern());
                assertTrue(words.size() >= 3, "no concern: " + letter.concern());
                String text = letter.text().toLowerCase(Locale.ROOT);
                long present = words.stream().filter(text::contains).count();
                // scrawled letters get misspellings, so most, not all, of the concern's words are there as written
                assertTrue(present * 10 >= words.size() * 7, "concern not in the letter: " + letter.concern() + " / " + letter.text());
            }
        }
    }

    private static List<String> longWords(String text) {
        return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).filter(w -> w.length() >= 4).toList();
    }
    private static Set<String> sentences(List<GeneratedLetter> letters) {
        Set<String> out = new HashSet<>();
        for (GeneratedLetter letter : letters) {
            for (String s : letter.text().split("[.!?\\n]")) {
                String norm = s.strip().replaceAll("\\s+", " ");
                if (norm.split(" ").length >= 6) out.add(norm);
            }
        }
        return out;
    }
}
