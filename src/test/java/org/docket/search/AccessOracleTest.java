package org.docket.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.docket.TestPaths;
import org.junit.jupiter.api.Test;

/**
 * Random searches by random people against a brute-force oracle: every result a person gets is one
 * they may see and that matches, none they may see and that matches is missing, and the facet counts
 * say the same.
 */
class AccessOracleTest {

    private static final List<String> CATEGORIES = List.of("council-tax", "benefits", "planning", "waste", "parking", "licensing");
    private static final int DOCUMENTS = 400;
    private static final int SEARCHES = 300;

    private record Letter(String id, String category, Set<String> words) {
    }

    private record Search(String query, Predicate<Letter> matches) {
    }

    @Test
    void everySearchReturnsExactlyWhatThePersonMaySeeAndMatches() throws IOException {
        SplittableRandom random = new SplittableRandom(20261201);
        List<String> vocabulary = vocabulary(random, 40);
        List<Letter> letters = new ArrayList<>();
        try (ArchiveIndex index = ArchiveIndexTest.open(TestPaths.freshHome("access-oracle"))) {
            for (int i = 0; i < DOCUMENTS; i++) {
                Set<String> words = new LinkedHashSet<>();
                int count = 3 + random.nextInt(8);
                while (words.size() < count) {
                    words.add(vocabulary.get(random.nextInt(vocabulary.size())));
                }
                Letter letter = new Letter("doc-" + i, CATEGORIES.get(random.nextInt(CATEGORIES.size())), words);
                letters.add(letter);
                List<String> list = new ArrayList<>(words);
                int split = 1 + random.nextInt(list.size() - 1);
                index.upsert(ArchiveIndexTest.post(letter.id(), letter.category(), "eng", "2026-0" + (1 + random.nextInt(9)) + "-15",
                        List.of(String.join(" ", list.subList(0, split)), String.join(" ", list.subList(split, list.size()))), List.of()));
            }
            index.commit();

            for (int s = 0; s < SEARCHES; s++) {
                Access access = randomAccess(random, s);
                Search search = randomSearch(random, vocabulary);
                SearchResults found = index.search(new SearchRequest(search.query(), access, SearchRequest.Order.RELEVANCE, 0, DOCUMENTS));
                Set<String> expected = new TreeSet<>();
                Map<String, Long> expectedFacets = new HashMap<>();
                for (Letter letter : letters) {
                    if (access.allows(letter.category()) && search.matches().test(letter)) {
                        expected.add(letter.id());
                        expectedFacets.merge(letter.category(), 1L, Long::sum);
                    }
                }
                Set<String> got = new TreeSet<>(found.hits().stream().map(SearchResults.Hit::documentId).toList());
                assertThat(got).as("%s searching %s", access, search.query()).isEqualTo(expected);
                assertThat(found.total()).isEqualTo(expected.size());
                Map<String, Long> gotFacets = new HashMap<>();
                found.facets().get(IndexFields.CATEGORY).forEach(count -> gotFacets.put(count.value(), count.count()));
                assertThat(gotFacets).as("category facet for %s searching %s", access, search.query()).isEqualTo(expectedFacets);
            }
        }
    }

    /** Made-up words that no stemming or OCR folding can merge: consonant-vowel, no i, l, o, s, m, n, r, w, v. */
    private static List<String> vocabulary(SplittableRandom random, int size) {
        String consonants = "bdfgkpt";
        String vowels = "au";
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < size) {
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                word.append(consonants.charAt(random.nextInt(consonants.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
            }
            words.add(word.toString());
        }
        return new ArrayList<>(words);
    }

    private static Access randomAccess(SplittableRandom random, int n) {
        return switch (random.nextInt(6)) {
            case 0 -> Access.everything("admin-" + n);
            case 1 -> Access.only("nobody-" + n, Set.of());
            default -> {
                Set<String> allowed = new HashSet<>();
                for (String category : CATEGORIES) {
                    if (random.nextBoolean()) {
                        allowed.add(category);
                    }
                }
                yield Access.only("officer-" + n, allowed);
            }
        };
    }

    private static Search randomSearch(SplittableRandom random, List<String> vocabulary) {
        String a = vocabulary.get(random.nextInt(vocabulary.size()));
        String b = vocabulary.get(random.nextInt(vocabulary.size()));
        String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
        return switch (random.nextInt(6)) {
            case 0 -> new Search(a, letter -> letter.words().contains(a));
            case 1 -> new Search(a + " " + b, letter -> letter.words().contains(a) && letter.words().contains(b));
            case 2 -> new Search(a + " OR " + b, letter -> letter.words().contains(a) || letter.words().contains(b));
            case 3 -> new Search(a + " NOT " + b, letter -> letter.words().contains(a) && !letter.words().contains(b));
            case 4 -> new Search("category:" + category + " " + a, letter -> letter.category().equals(category) && letter.words().contains(a));
            default -> new Search("", letter -> true);
        };
    }
}
