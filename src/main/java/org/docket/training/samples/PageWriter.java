package org.docket.training.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Typesets lines onto greyscale A4 page images, top to bottom, starting a new page when one is
 * full. Positions are in pixels; sizes are given in points and scaled by the resolution.
 */
final class PageWriter {

    private static final double A4_WIDTH_PT = 595.28;
    private static final double A4_HEIGHT_PT = 841.89;

    final double scale;
    final int width;
    final int height;
    final int left;
    final int right;
    final int top;
    final int bottom;
    private final Color ink;
    private final List<BufferedImage> pages = new ArrayList<>();
    private final String pageWord;
    private Graphics2D g;
    private int y;
    /** Called with the y where the old page's text stopped, just before a page break. */
    private Runnable beforeBreak = () -> { };
    private Runnable afterBreak = () -> { };

    PageWriter(int dpi, int inkGrey, String pageWord) {
        this.scale = dpi / 72.0;
        this.width = (int) Math.round(A4_WIDTH_PT * scale);
        this.height = (int) Math.round(A4_HEIGHT_PT * scale);
        this.left = px(68);
        this.right = width - px(62);
        this.top = px(54);
        this.bottom = height - px(62);
        this.ink = new Color(inkGrey, inkGrey, inkGrey);
        this.pageWord = pageWord;
    }

    int px(double points) {
        return (int) Math.round(points * scale);
    }

    Font font(String family, int style, double points) {
        return new Font(family, style, 1).deriveFont((float) (points * scale));
    }

    Graphics2D g() {
        if (g == null) newPage();
        return g;
    }

    int y() {
        g();
        return y;
    }

    void moveTo(int newY) {
        y = newY;
    }

    void gap(double points) {
        y += px(points);
    }

    void onBreak(Runnable before, Runnable after) {
        this.beforeBreak = before;
        this.afterBreak = after;
    }

    /** Starts a fresh page; pages after the first carry a small page number, as printed letters do. */
    void newPage() {
        if (g != null) g.dispose();
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        pages.add(page);
        g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(ink);
        y = top;
        if (pages.size() > 1) {
            Font small = font(Font.SANS_SERIF, Font.PLAIN, 9);
            g.setFont(small);
            String number = pageWord + " " + pages.size();
            g.drawString(number, right - g.getFontMetrics().stringWidth(number), y + g.getFontMetrics().getAscent());
            y += px(24);
        }
    }

    /** Breaks the page first when fewer than {@code px} pixels are left. */
    void ensureRoom(int px) {
        g();
        if (y + px > bottom) {
            beforeBreak.run();
            newPage();
            afterBreak.run();
        }
    }

    void line(String text, Font font, int x) {
        g().setFont(font);
        FontMetrics fm = g.getFontMetrics();
        int lineHeight = (int) Math.round(fm.getHeight() * 1.12);
        ensureRoom(lineHeight);
        g.setColor(ink);
        g.drawString(text, x, y + fm.getAscent());
        y += lineHeight;
    }

    void lineRightAligned(List<String> lines, Font font) {
        g().setFont(font);
        FontMetrics fm = g.getFontMetrics();
        int widest = lines.stream().mapToInt(fm::stringWidth).max().orElse(0);
        lines.forEach(l -> line(l, font, right - widest));
    }

    /** Wraps a paragraph (keeping its own line breaks) between x and x + wrapWidth. */
    void paragraph(String paragraph, Font font, int x, int wrapWidth) {
        g().setFont(font);
        FontMetrics fm = g.getFontMetrics();
        for (String given : paragraph.split("\n")) {
            if (LetterContent.TABLE_LINE.matcher(given).matches()) {
                // a typed table keeps its columns: monospaced, shrunk to fit rather than wrapped
                float size = (float) Math.min(font.getSize2D(), wrapWidth / (given.length() * 0.61));
                line(given, new Font(Font.MONOSPACED, Font.PLAIN, 1).deriveFont(size), x);
                continue;
            }
            for (String wrapped : wrap(given.strip(), fm, wrapWidth)) {
                line(wrapped, font, x);
            }
        }
    }

    void rule(int x1, int x2, double thicknessPt) {
        g().setStroke(new BasicStroke((float) (thicknessPt * scale)));
        g.drawLine(x1, y, x2, y);
    }

    void box(int x1, int y1, int x2, int y2, double thicknessPt) {
        g().setStroke(new BasicStroke((float) (thicknessPt * scale)));
        g.drawRect(x1, y1, x2 - x1, y2 - y1);
    }

    List<BufferedImage> finish() {
        if (g != null) g.dispose();
        return List.copyOf(pages);
    }

    static List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (fm.stringWidth(candidate) <= width || current.isEmpty()) {
                current.setLength(0);
                current.append(candidate);
            } else {
                lines.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
        }
        if (!current.isEmpty() || lines.isEmpty()) lines.add(current.toString());
        return lines;
    }
}
