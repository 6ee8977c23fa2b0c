package org.docket.digitisation;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Pixel work on grey page images: ink, turning, straightening, black and white. */
final class PagePixels {

    /** Darker than this (0..255) counts as ink when judging whether a page is blank. */
    private static final int INK = 128;
    /** Rows with ink that make a page written on: about the height of a small letter's stroke. */
    private static final int WRITTEN_ROWS = 3;
    /** A row inked across more than this share of its width is a shadow or a border, not a line of writing. */
    private static final double SHADOW = 0.6;
    /**
     * Rows varying less than this share of the columns' variation mark lines running down the page:
     * upright pages of print measure 1.1 to 2.3, pages on their side 0.5.
     */
    private static final double SIDEWAYS = 0.75;

    private PagePixels() {
    }

    static byte[] pixels(BufferedImage grey) {
        return ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    }

    /**
     * Whether anything is written on the page: some rows of it carry more ink than a speck of dust
     * would. Rows rather than the whole page, so that one line on a large sheet still counts as
     * writing, however near the top or bottom edge it was typed. The scanner's shadows do not count:
     * a 5% margin each side, where the sheet's edges fall, is left out of every row, and a row dark
     * across most of its width is a shadow or the lid's edge, not writing.
     */
    static boolean blank(BufferedImage grey, double rowInk) {
        byte[] pixels = pixels(grey);
        int width = grey.getWidth();
        int height = grey.getHeight();
        int step = Math.max(1, Math.min(width, height) / 600);
        int writtenRows = 0;
        for (int y = height / 100; y < height - height / 100; y += step) {
            int row = y * width;
            int ink = 0;
            int seen = 0;
            for (int x = width / 20; x < width - width / 20; x += step) {
                seen++;
                if ((pixels[row + x] & 0xff) < INK) {
                    ink++;
                }
            }
            boolean written = seen > 0 && ink > rowInk * seen && ink < SHADOW * seen;
            if (written && ++writtenRows >= WRITTEN_ROWS) {
                return false;
            }
        }
        return true;
    }

    /** The page turned clockwise by a multiple of 90 degrees. */
    static BufferedImage turn(BufferedImage grey, int degrees) {
        int quarter = Math.floorMod(degrees, 360) / 90;
        if (quarter == 0) {
            return grey;
        }
        int width = grey.getWidth();
        int height = grey.getHeight();
        boolean sideways = quarter % 2 == 1;
        BufferedImage turned = new BufferedImage(sideways ? height : width, sideways ? width : height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] from = pixels(grey);
        byte[] to = pixels(turned);
        int turnedWidth = turned.getWidth();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int tx;
                int ty;
                switch (quarter) {
                    case 1 -> { tx = height - 1 - y; ty = x; }
                    case 2 -> { tx = width - 1 - x; ty = height - 1 - y; }
                    default -> { tx = y; ty = width - 1 - x; }
                }
                to[ty * turnedWidth + tx] = from[y * width + x];
            }
        }
        return turned;
    }

    /** A colour page turned clockwise by a multiple of 90 degrees, exactly as {@link #turn} turns its grey copy. */
    static BufferedImage turnColour(BufferedImage colour, int degrees) {
        int quarter = Math.floorMod(degrees, 360) / 90;
        if (quarter == 0) {
            return colour;
        }
        boolean sideways = quarter % 2 == 1;
        BufferedImage turned = new BufferedImage(sideways ? colour.getHeight() : colour.getWidth(),
                sideways ? colour.getWidth() : colour.getHeight(), BufferedImage.TYPE_INT_RGB);
        AffineTransform turn = AffineTransform.getTranslateInstance(turned.getWidth() / 2.0, turned.getHeight() / 2.0);
        turn.quadrantRotate(quarter);
        turn.translate(-colour.getWidth() / 2.0, -colour.getHeight() / 2.0);
        Graphics2D graphics = turned.createGraphics();
        try {
            graphics.drawImage(colour, turn, null);
        } finally {
            graphics.dispose();
        }
        return turned;
    }

    /** The page, grey or colour, rotated by a small angle about its centre, the uncovered corners white. */
    static BufferedImage straighten(BufferedImage grey, double degrees) {
        BufferedImage straight = new BufferedImage(grey.getWidth(), grey.getHeight(),
                grey.getType() == BufferedImage.TYPE_BYTE_GRAY ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = straight.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, grey.getWidth(), grey.getHeight());
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(grey, AffineTransform.getRotateInstance(Math.toRadians(degrees), grey.getWidth() / 2.0, grey.getHeight() / 2.0), null);
        } finally {
            graphics.dispose();
        }
        return straight;
    }

    /**
     * A smaller copy for quick judgements (skew, orientation), at most this many pixels on its longer
     * side: each pixel the darkest of the block it stands for, so thin strokes survive the shrinking.
     */
    static BufferedImage shrink(BufferedImage grey, int longest) {
        int factor = (int) Math.ceil(Math.max(grey.getWidth(), grey.getHeight()) / (double) longest);
        if (factor <= 1) {
            return grey;
        }
        int width = grey.getWidth() / factor;
        int height = grey.getHeight() / factor;
        BufferedImage small = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_BYTE_GRAY);
        byte[] from = pixels(grey);
        byte[] to = pixels(small);
        int fromWidth = grey.getWidth();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int darkest = 255;
                for (int dy = 0; dy < factor; dy++) {
                    int row = (y * factor + dy) * fromWidth + x * factor;
                    for (int dx = 0; dx < factor; dx++) {
                        darkest = Math.min(darkest, from[row + dx] & 0xff);
                    }
                }
                to[y * width + x] = (byte) darkest;
            }
        }
        return small;
    }

    /**
     * Whether the page's lines of text seem to run from top to bottom, as on a page scanned on its
     * side. Across lines of print the ink comes and goes (a line, then the white between lines);
     * along them it stays much the same. So the ink counted row by row varies more than column by
     * column on an upright page, and the other way round on one turned a quarter. Judged within the
     * written part of the page, on a small copy; a cheap look that decides whether to ask Tesseract.
     */
    static boolean linesRunDownThePage(BufferedImage small) {
        byte[] pixels = pixels(small);
        int width = small.getWidth();
        int height = small.getHeight();
        int[] rows = new int[height];
        int[] columns = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ((pixels[y * width + x] & 0xff) < INK) {
                    rows[y]++;
                    columns[x]++;
                }
            }
        }
        return variation(rows) < SIDEWAYS * variation(columns);
    }

    /** How much the counts vary (standard deviation over mean) between the first and the last that is not zero. */
    private static double variation(int[] counts) {
        int first = 0;
        while (first < counts.length && counts[first] == 0) {
            first++;
        }
        int last = counts.length - 1;
        while (last > first && counts[last] == 0) {
            last--;
        }
        if (first >= last) {
            return 0;
        }
        double sum = 0;
        double squares = 0;
        for (int i = first; i <= last; i++) {
            sum += counts[i];
            squares += (double) counts[i] * counts[i];
        }
        int n = last - first + 1;
        double mean = sum / n;
        return mean == 0 ? 0 : Math.sqrt(Math.max(0, squares / n - mean * mean)) / mean;
    }

    /** Whether the page holds only black and white already (a bilevel scan), so binarising it changes nothing. */
    static boolean blackAndWhite(BufferedImage grey) {
        byte[] pixels = pixels(grey);
        int step = Math.max(1, pixels.length / 200_000);
        for (int i = 0; i < pixels.length; i += step) {
            int value = pixels[i] & 0xff;
            if (value != 0 && value != 255) {
                return false;
            }
        }
        return true;
    }

    /**
     * Black and white by Sauvola's local threshold, which copes with uneven paper and faded ink where
     * one threshold for the whole page does not.
     */
    static BufferedImage binarise(BufferedImage grey) {
        int width = grey.getWidth();
        int height = grey.getHeight();
        byte[] from = pixels(grey);
        long[] sum = new long[(width + 1) * (height + 1)];
        long[] squares = new long[(width + 1) * (height + 1)];
        for (int y = 1; y <= height; y++) {
            long rowSum = 0;
            long rowSquares = 0;
            for (int x = 1; x <= width; x++) {
                int value = from[(y - 1) * width + x - 1] & 0xff;
                rowSum += value;
                rowSquares += (long) value * value;
                int at = y * (width + 1) + x;
                sum[at] = sum[at - width - 1] + rowSum;
                squares[at] = squares[at - width - 1] + rowSquares;
            }
        }
        int half = Math.max(8, Math.min(width, height) / 60);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] to = pixels(out);
        for (int y = 0; y < height; y++) {
            int top = Math.max(0, y - half);
            int bottom = Math.min(height, y + half + 1);
            for (int x = 0; x < width; x++) {
                int left = Math.max(0, x - half);
                int right = Math.min(width, x + half + 1);
                double area = (double) (bottom - top) * (right - left);
                long s = sum[bottom * (width + 1) + right] - sum[top * (width + 1) + right] - sum[bottom * (width + 1) + left] + sum[top * (width + 1) + left];
                long q = squares[bottom * (width + 1) + right] - squares[top * (width + 1) + right] - squares[bottom * (width + 1) + left]
                        + squares[top * (width + 1) + left];
                double mean = s / area;
                double deviation = Math.sqrt(Math.max(0, q / area - mean * mean));
                double threshold = mean * (1 + 0.2 * (deviation / 128 - 1));
                to[y * width + x] = (byte) ((from[y * width + x] & 0xff) > threshold ? 255 : 0);
            }
        }
        return out;
    }
}
