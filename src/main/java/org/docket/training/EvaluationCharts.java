package org.docket.training;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.docket.training.Evaluation.Confusion;
import org.docket.training.Evaluation.ReliabilityBin;

/** The two pictures of an evaluation, drawn with Java2D so the report needs nothing but the JDK. */
public final class EvaluationCharts {

    private static final Color BAR = new Color(0x3b6ea5);
    private static final Color GAP = new Color(0xd9534f);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);

    private EvaluationCharts() {
    }

    /**
     * Accuracy against confidence per bin: a well-calibrated model's bars touch the diagonal. The red
     * part of a bar is the gap to the diagonal; the number above a bar is how many documents it holds.
     */
    public static void reliability(Evaluation evaluation, Path png) throws IOException {
        int width = 720;
        int height = 560;
        int left = 70;
        int top = 50;
        int side = 440;
        BufferedImage image = canvas(width, height);
        Graphics2D g = pen(image);
        g.setFont(TITLE);
        g.drawString("Reliability: accuracy against confidence (ECE " + evaluation.ece() + ", " + evaluation.documents() + " documents)", left - 40, 30);
        g.setFont(LABEL);
        List<ReliabilityBin> bins = evaluation.reliability();
        double barWidth = side / (double) bins.size();
        for (int b = 0; b < bins.size(); b++) {
            ReliabilityBin bin = bins.get(b);
            int x = left + (int) Math.round(b * barWidth);
            int w = (int) Math.round(barWidth) - 2;
            if (bin.count() > 0) {
                int barTop = top + side - (int) Math.round(bin.accuracy() * side);
                int expected = top + side - (int) Math.round(bin.meanConfidence() * side);
                g.setColor(BAR);
                g.fillRect(x, barTop, w, top + side - barTop);
                g.setColor(new Color(GAP.getRed(), GAP.getGreen(), GAP.getBlue(), 110));
                g.fillRect(x, Math.min(barTop, expected), w, Math.abs(barTop - expected));
                g.setColor(Color.DARK_GRAY);
                g.drawString(String.valueOf(bin.count()), x + 2, Math.min(barTop, expected) - 4);
            }
        }
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {6, 4}, 0));
        g.drawLine(left, top + side, left + side, top);
        g.setStroke(new BasicStroke(1));
        g.setColor(Color.BLACK);
        g.drawRect(left, top, side, side);
        for (int tick = 0; tick <= 10; tick += 2) {
            String label = String.valueOf(tick / 10.0);
            g.drawString(label, left + tick * side / 10 - 8, top + side + 18);
            g.drawString(label, left - 30, top + side - tick * side / 10 + 4);
        }
        g.drawString("confidence of the chosen category", left + side / 2 - 100, top + side + 40);
        rotated(g, "share right", 20, top + side / 2 + 30);
        legend(g, left + side + 20, top + 20);
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    /** True category down, chosen category across; darker is more documents, the diagonal is right. */
    public static void confusion(Evaluation evaluation, Path png) throws IOException {
        Confusion confusion = evaluation.confusion();
        List<String> categories = confusion.categories();
        int cell = 34;
        int labels = 170;
        int top = 60 + labels;
        int n = categories.size();
        BufferedImage image = canvas(labels + 30 + n * cell + 30, top + n * cell + 50);
        Graphics2D g = pen(image);
        g.setFont(TITLE);
        g.drawString("Confusion: true category (rows) against chosen (columns)", 10, 25);
        g.setFont(LABEL);
        int max = 1;
        for (int[] row : confusion.counts()) {
            for (int count : row) {
                max = Math.max(max, count);
            }
        }
        int left = labels + 20;
        for (int r = 0; r < n; r++) {
            g.setColor(Color.BLACK);
            String name = categories.get(r);
            g.drawString(name, left - 8 - g.getFontMetrics().stringWidth(name), top + r * cell + cell / 2 + 5);
            rotated(g, name, left + r * cell + cell / 2 + 5, top - 8);
            for (int c = 0; c < n; c++) {
                int count = confusion.counts()[r][c];
                float share = count / (float) max;
                Color shade = r == c ? new Color(0x2e7d32) : new Color(0xc62828);
                g.setColor(count == 0 ? Color.WHITE : blend(shade, 0.15f + 0.85f * share));
                g.fillRect(left + c * cell, top + r * cell, cell, cell);
                g.setColor(Color.LIGHT_GRAY);
                g.drawRect(left + c * cell, top + r * cell, cell, cell);
                if (count > 0) {
                    g.setColor(share > 0.5f ? Color.WHITE : Color.BLACK);
                    String text = String.valueOf(count);
                    g.drawString(text, left + c * cell + (cell - g.getFontMetrics().stringWidth(text)) / 2, top + r * cell + cell / 2 + 5);
                }
            }
        }
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static void legend(Graphics2D g, int x, int y) {
        g.setColor(BAR);
        g.fillRect(x, y, 14, 14);
        g.setColor(new Color(GAP.getRed(), GAP.getGreen(), GAP.getBlue(), 110));
        g.fillRect(x, y + 24, 14, 14);
        g.setColor(Color.GRAY);
        g.drawLine(x, y + 56, x + 14, y + 44);
        g.setColor(Color.BLACK);
        g.drawString("share right", x + 22, y + 12);
        g.drawString("gap to confidence", x + 22, y + 36);
        g.drawString("perfect calibration", x + 22, y + 56);
        g.drawString("numbers: documents", x, y + 82);
    }

    private static Color blend(Color color, float strength) {
        return new Color(Math.round(255 - (255 - color.getRed()) * strength), Math.round(255 - (255 - color.getGreen()) * strength),
                Math.round(255 - (255 - color.getBlue()) * strength));
    }

    private static void rotated(Graphics2D g, String text, int x, int y) {
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2, x, y);
        g.drawString(text, x, y);
        g.setTransform(saved);
    }

    private static BufferedImage canvas(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    private static Graphics2D pen(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        return g;
    }
}
