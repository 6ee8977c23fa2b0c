package org.docket.digitisation;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Kodak's patch codes, which document scanners' separator sheets carry: four parallel black bars, two
 * wide (0.20 inch) and two narrow (0.08 inch), with narrow spaces between them, the bars about 2.5
 * inches long. Which two bars are wide names the patch (Kodak A-61599). Patch T and Patch 2 usually
 * separate documents, Patch 3 batches; 1, 4 and 6 switch scanner modes.
 */
enum PatchCode {

    PATCH_1("1", "WWNN"),
    PATCH_2("2", "WNNW"),
    PATCH_3("3", "WNWN"),
    PATCH_4("4", "NWWN"),
    PATCH_T("T", "NWNW"),
    PATCH_6("6", "NNWW");

    /** Scan lines across the page this far apart, in inches: a 2.5-inch bar crosses about 25 of them. */
    private static final double LINE_EVERY = 0.1;
    /** The same patch on this many lines, one above the other, is a patch: a line of text is never so tall. */
    private static final int LINES_NEEDED = 6;
    /** Narrow bars and spaces are 0.08 inch, wide bars 0.20, each within these bounds (inches). */
    private static final double NARROW_FROM = 0.04;
    private static final double NARROW_TO = 0.13;
    private static final double WIDE_FROM = 0.14;
    private static final double WIDE_TO = 0.30;
    /** White either side of the patch, in inches (the sheet keeps a quarter of an inch clear). */
    private static final double QUIET_ZONE = 0.15;
    private static final int INK = 128;

    private final String name;
    private final String bars;

    PatchCode(String name, String bars) {
        this.name = name;
        this.bars = bars;
    }

    /** The patch's name as separator settings give it: 1, 2, 3, 4, 6 or T. */
    String patchName() {
        return name;
    }

    /** The patch printed on the page, its bars upright or across (the sheet fed either way round). */
    static Optional<PatchCode> on(BufferedImage grey, int dpi) {
        Optional<PatchCode> across = find(grey, dpi, false);
        return across.isPresent() ? across : find(grey, dpi, true);
    }

    /** Looks along rows (upright bars) or, with columns, along columns (bars lying across the page). */
    private static Optional<PatchCode> find(BufferedImage grey, int dpi, boolean columns) {
        byte[] pixels = PagePixels.pixels(grey);
        int width = grey.getWidth();
        int lines = columns ? width : grey.getHeight();
        int length = columns ? grey.getHeight() : width;
        int step = Math.max(1, (int) Math.round(LINE_EVERY * dpi));
        List<Hit> hits = new ArrayList<>();
        int[] runs = new int[length + 1];
        for (int line = step / 2; line < lines; line += step) {
            int count = 0;
            boolean ink = false;
            int run = 0;
            for (int at = 0; at < length; at++) {
                int value = pixels[columns ? at * width + line : line * width + at] & 0xff;
                boolean dark = value < INK;
                if (dark != ink) {
                    runs[count++] = run;
                    run = 0;
                    ink = dark;
                }
                run++;
            }
            runs[count++] = run;
            // runs alternate white, ink, white, ...: ink runs sit at odd indices
            int position = 0;
            for (int first = 0; first + 7 < count; first++) {
                if (first % 2 == 1) {
                    PatchCode code = decode(Arrays.copyOfRange(runs, first, first + 7), runs[first - 1], runs[first + 7], dpi);
                    if (code != null) {
                        hits.add(new Hit(code, position));
                    }
                }
                position += runs[first];
            }
        }
        return agreed(hits, dpi);
    }

    /**
     * Seven runs, bar space bar space bar space bar, with white before and after, as a patch, or null.
     * Measured in inches at the scan's resolution, with room for printing and scanning: a stroke of
     * print is far narrower than a narrow bar, and a barcode's bars are narrower still.
     */
    private static PatchCode decode(int[] seven, int before, int after, int dpi) {
        if (before < QUIET_ZONE * dpi || after < QUIET_ZONE * dpi) {
            return null;
        }
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            double inches = seven[i] / (double) dpi;
            boolean narrow = inches >= NARROW_FROM && inches <= NARROW_TO;
            if (i % 2 == 1) {
                if (!narrow) {
                    return null;
                }
            } else if (narrow) {
                pattern.append('N');
            } else if (inches >= WIDE_FROM && inches <= WIDE_TO) {
                pattern.append('W');
            } else {
                return null;
            }
        }
        String found = pattern.toString();
        return Arrays.stream(values()).filter(code -> code.bars.equals(found)).findFirst().orElse(null);
    }

    /** A patch found on enough lines at the same place across them; one line of print never is. */
    private static Optional<PatchCode> agreed(List<Hit> hits, int dpi) {
        int tolerance = Math.max(2, (int) Math.round(0.05 * dpi));
        for (PatchCode code : values()) {
            List<Integer> starts = hits.stream().filter(hit -> hit.code() == code).map(Hit::start).sorted().toList();
            for (int i = 0; i < starts.size(); i++) {
                int from = starts.get(i);
                long together = starts.stream().filter(start -> Math.abs(start - from) <= tolerance).count();
                if (together >= LINES_NEEDED) {
                    return Optional.of(code);
                }
            }
        }
        return Optional.empty();
    }

    /** One scan line's crossing of a patch: which patch, and where along the line its first bar starts. */
    private record Hit(PatchCode code, int start) {
    }
}
