package org.docket.training;

import java.util.SplittableRandom;

/**
 * Roughens clean text the way OCR of a poor scan does (l↔1, O↔0, rn→m, dropped and doubled letters,
 * run-together words), so a model trained on typed text still knows a letter read from a fax.
 */
public final class OcrNoise {

    private OcrNoise() {
    }

    public static String apply(String text, double rate, SplittableRandom random) {
        StringBuilder noisy = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (random.nextDouble() >= rate) {
                noisy.append(c);
                continue;
            }
            switch (random.nextInt(7)) {
                case 0 -> noisy.append(swap(c));
                case 1 -> { } // dropped
                case 2 -> noisy.append(c).append(c);
                case 3 -> noisy.append(c == ' ' ? "" : String.valueOf(c)); // words run together
                case 4 -> noisy.append(c == 'm' ? "rn" : String.valueOf(c));
                case 5 -> noisy.append(c == 'e' ? 'c' : c == 'c' ? 'e' : c);
                default -> noisy.append(Character.isLetter(c) ? Character.toUpperCase(c) : c);
            }
        }
        return noisy.toString();
    }

    private static char swap(char c) {
        return switch (c) {
            case 'l' -> '1';
            case '1' -> 'l';
            case 'O' -> '0';
            case 'o' -> '0';
            case '0' -> 'O';
            case 'i' -> 'l';
            case 'S' -> '5';
            case 'B' -> '8';
            default -> c;
        };
    }
}
