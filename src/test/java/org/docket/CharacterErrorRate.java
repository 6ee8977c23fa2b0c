package org.docket;

/** Character error rate: edit distance between recognised and true text over the true text's length, white space folded. */
public final class CharacterErrorRate {

    private CharacterErrorRate() {
    }

    public static double of(String recognised, String truth) {
        String a = fold(recognised);
        String b = fold(truth);
        if (b.isEmpty()) {
            return a.isEmpty() ? 0 : 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()] / (double) b.length();
    }

    private static String fold(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
