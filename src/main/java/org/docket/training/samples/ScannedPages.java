package org.docket.training.samples;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * A letter's way to the post room's scanner: printed by its sender in a typeface, size and toner of
 * their own, then scanned in greyscale (now and then on a tired machine) or received by fax. The
 * sample post and the scanned corpus both go this way, so their scans look alike.
 */
final class ScannedPages {

    final int dpi;
    private final boolean fax;
    private final boolean worn;
    private final LetterLayout layout;

    /** The machine a letter goes through in the post room. */
    enum Machine { SCANNER, WORN_SCANNER, FAX }

    /** Picks the sender's printer from {@code random}, and for a scan a worn machine one time in five. */
    ScannedPages(boolean fax, Random random) {
        this(fax, r -> !fax && r.nextInt(5) == 0, random); // about one scan in five comes off a tired machine with faded toner
    }

    /** Picks the sender's printer from {@code random}; the letter goes through the given machine. */
    ScannedPages(Machine machine, Random random) {
        this(machine == Machine.FAX, r -> machine == Machine.WORN_SCANNER, random);
    }

    private ScannedPages(boolean fax, Predicate<Random> worn, Random random) {
        this.fax = fax;
        this.dpi = fax ? 200 : 300;
        int pick = random.nextInt(20);
        LetterLayout.Face face = pick < 3 ? LetterLayout.Face.TYPEWRITER : pick < 11 ? LetterLayout.Face.SERIF : LetterLayout.Face.SANS;
        this.worn = worn.test(random);
        this.layout = new LetterLayout(dpi, face, 11.5 + random.nextInt(2) * 0.5,
                this.worn ? 75 + random.nextInt(30) : 10 + random.nextInt(40));
    }

    /** The clean printed pages, each letter starting on a new one. */
    List<BufferedImage> print(List<LetterContent> letters, Random random) {
        return layout.render(letters, random);
    }

    /**
     * @param jpegPass  the scanner stores the page as JPEG on its way through (ignored for a fax)
     * @param faxHeader the line a fax machine prints at the top of each page, given the page's index
     */
    List<BufferedImage> scan(List<BufferedImage> printed, boolean jpegPass, IntFunction<String> faxHeader, Random random) {
        ScanEffects effects = new ScanEffects(random);
        List<BufferedImage> scanned = new ArrayList<>();
        for (int i = 0; i < printed.size(); i++) {
            scanned.add(fax ? effects.fax(printed.get(i), faxHeader.apply(i)) : effects.scan(printed.get(i), jpegPass, worn));
        }
        return scanned;
    }
}
