package org.docket.training.samples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Decides, from the seed alone, which files sample-docs/ holds: for each letter its category,
 * language, safeguarding flag, form and page count, plus one duplicate and the broken files,
 * shuffled into one post bag and numbered.
 */
final class SamplePlan {

    /** One file of the plan, numbered from 1 in the order it is written. */
    sealed interface PlannedFile permits Letter, Duplicate, Broken {
        int number();
    }

    /** A piece of post; {@code pages} is the fewest pages the file must have. */
    record Letter(int number, String category, String language, boolean safeguarding, PostForm form, int pages)
            implements PlannedFile {
    }

    /** A byte-for-byte copy of an earlier file, as when the same letter is posted and e-mailed. */
    record Duplicate(int number, int originalNumber) implements PlannedFile {
    }

    record Broken(int number, BrokenFiles.Kind kind) implements PlannedFile {
    }

    private static final int PER_CATEGORY = 3;
    /** Busier services get one more letter each, as they do in a real post bag. */
    private static final List<String> BUSY = List.of("council-tax", "housing-repairs", "waste", "benefits",
            "parking", "planning", "highways", "complaints");
    /** Roughly half scans; the rest arrive born digital. Sums to 18 * 3 + BUSY.size() = 62. */
    private static final List<FormCount> FORMS = List.of(
            new FormCount(PostForm.SCAN_PNG, 9), new FormCount(PostForm.SCAN_TIFF, 6),
            new FormCount(PostForm.SCAN_JPEG, 6), new FormCount(PostForm.SCAN_PDF, 7),
            new FormCount(PostForm.FAX_TIFF, 2), new FormCount(PostForm.FAX_PDF, 1),
            new FormCount(PostForm.FAX_PNG, 1), new FormCount(PostForm.BORN_DIGITAL_PDF, 10),
            new FormCount(PostForm.DOCX, 8), new FormCount(PostForm.WEB_FORM, 8),
            new FormCount(PostForm.EMAIL, 4));
    /** Forms given two or three pages, two letters each. */
    private static final List<PostForm> MULTI_PAGE = List.of(PostForm.SCAN_TIFF, PostForm.SCAN_PDF,
            PostForm.BORN_DIGITAL_PDF);
    /** Where a safeguarding concern is most often raised; two more go to other services. */
    private static final List<String> SAFEGUARDING_FIRST = List.of("childrens-services", "adult-social-care",
            "housing-needs");
    private static final int WELSH = 6;
    private static final int EXTRA_SAFEGUARDING = 2;

    private record FormCount(PostForm form, int count) {
    }

    private record Draft(String category, PostForm form) {
    }

    private SamplePlan() {
    }

    static List<PlannedFile> build(long seed, List<String> categoryIds) {
        Random random = new Random(seed);
        List<Draft> drafts = draftLetters(categoryIds, random);
        Set<Integer> welsh = chooseWelsh(drafts, random);
        Set<Integer> safeguarding = chooseSafeguarding(drafts, random);
        Set<Integer> multiPage = chooseMultiPage(drafts);

        List<Letter> letters = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            int pages = multiPage.contains(i) ? 2 + random.nextInt(2) : 1;
            letters.add(new Letter(0, d.category(), welsh.contains(i) ? "cym" : "eng", safeguarding.contains(i),
                    d.form(), pages));
        }
        Collections.shuffle(letters, random);

        List<PlannedFile> files = new ArrayList<>();
        for (Letter l : letters) {
            files.add(new Letter(files.size() + 1, l.category(), l.language(), l.safeguarding(), l.form(), l.pages()));
        }
        // The duplicate copies a single-page scan from the first half of the bag and lands in the second half.
        int original = files.stream().map(Letter.class::cast)
                .filter(l -> l.form() == PostForm.SCAN_PNG || l.form() == PostForm.SCAN_JPEG)
                .filter(l -> l.number() <= files.size() / 2).findFirst().orElseThrow().number();
        insert(files, files.size() / 2 + 1 + random.nextInt(files.size() / 2), n -> new Duplicate(n, original));
        for (BrokenFiles.Kind kind : BrokenFiles.Kind.values()) {
            insert(files, 1 + random.nextInt(files.size()), n -> new Broken(n, kind));
        }
        return renumber(files, original);
    }

    private static List<Draft> draftLetters(List<String> categoryIds, Random random) {
        List<String> categories = new ArrayList<>();
        for (String id : categoryIds) {
            for (int i = 0; i < PER_CATEGORY + (BUSY.contains(id) ? 1 : 0); i++) {
                categories.add(id);
            }
        }
        List<PostForm> forms = new ArrayList<>();
        FORMS.forEach(fc -> forms.addAll(Collections.nCopies(fc.count(), fc.form())));
        if (forms.size() != categories.size()) {
            throw new IllegalStateException("form counts " + forms.size() + " != letters " + categories.size());
        }
        Collections.shuffle(forms, random);
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            drafts.add(new Draft(categories.get(i), forms.get(i)));
        }
        // Suppliers invoice on paper or by e-mail, not through the council's web form: swap such pairs away.
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).category().equals("accounts-payable") && drafts.get(i).form() == PostForm.WEB_FORM) {
                for (int j = 0; j < drafts.size(); j++) {
                    if (!drafts.get(j).category().equals("accounts-payable") && drafts.get(j).form() != PostForm.WEB_FORM) {
                        PostForm other = drafts.get(j).form();
                        drafts.set(j, new Draft(drafts.get(j).category(), PostForm.WEB_FORM));
                        drafts.set(i, new Draft(drafts.get(i).category(), other));
                        break;
                    }
                }
            }
        }
        return drafts;
    }

    /** Welsh letters spread over different services and forms, at least half of them scans. */
    private static Set<Integer> chooseWelsh(List<Draft> drafts, Random random) {
        List<Integer> order = shuffledIndexes(drafts.size(), random);
        Set<Integer> chosen = new HashSet<>();
        Set<String> categories = new HashSet<>();
        for (boolean wantScan : new boolean[] {true, false}) {
            for (int i : order) {
                Draft d = drafts.get(i);
                if (chosen.size() < (wantScan ? WELSH / 2 : WELSH) && d.form().isScan() == wantScan
                        && d.form() != PostForm.FAX_PNG && categories.add(d.category())) {
                    chosen.add(i);
                }
            }
        }
        return chosen;
    }

    private static Set<Integer> chooseSafeguarding(List<Draft> drafts, Random random) {
        Set<Integer> chosen = new HashSet<>();
        for (String category : SAFEGUARDING_FIRST) {
            chosen.add(indexOf(drafts, category, 0));
        }
        List<Integer> order = shuffledIndexes(drafts.size(), random);
        for (int i : order) {
            if (chosen.size() < SAFEGUARDING_FIRST.size() + EXTRA_SAFEGUARDING
                    && !SAFEGUARDING_FIRST.contains(drafts.get(i).category())
                    && !drafts.get(i).category().equals("accounts-payable")
                    && !drafts.get(i).category().equals("business-rates")) {
                chosen.add(i);
            }
        }
        return chosen;
    }

    private static Set<Integer> chooseMultiPage(List<Draft> drafts) {
        Set<Integer> chosen = new HashSet<>();
        for (PostForm form : MULTI_PAGE) {
            int taken = 0;
            for (int i = 0; i < drafts.size() && taken < 2; i++) {
                if (drafts.get(i).form() == form) {
                    chosen.add(i);
                    taken++;
                }
            }
        }
        return chosen;
    }

    private static int indexOf(List<Draft> drafts, String category, int from) {
        for (int i = from; i < drafts.size(); i++) {
            if (drafts.get(i).category().equals(category)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no letter planned for " + category);
    }

    private static List<Integer> shuffledIndexes(int size, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        return order;
    }

    private static void insert(List<PlannedFile> files, int position, java.util.function.IntFunction<PlannedFile> make) {
        files.add(Math.min(position, files.size()), make.apply(0));
    }

    /** Gives every file its final running number, keeping the duplicate pointing at its original. */
    private static List<PlannedFile> renumber(List<PlannedFile> files, int originalBefore) {
        int originalAfter = 0;
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i) instanceof Letter l && l.number() == originalBefore) {
                originalAfter = i + 1;
            }
        }
        List<PlannedFile> numbered = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            int n = i + 1;
            numbered.add(switch (files.get(i)) {
                case Letter l -> new Letter(n, l.category(), l.language(), l.safeguarding(), l.form(), l.pages());
                case Duplicate d -> new Duplicate(n, originalAfter);
                case Broken b -> new Broken(n, b.kind());
            });
        }
        return numbered;
    }
}
