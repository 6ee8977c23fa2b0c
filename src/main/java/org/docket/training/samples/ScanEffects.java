package org.docket.training.samples;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.Random;

/**
 * Makes a clean page image look as if it went through the post room's scanner or fax: skew,
 * blur, uneven lighting, speckle, punch holes, JPEG artefacts, or a fax's 1-bit thresholding
 * and streaks. Strength is kept where Tesseract still reads the page well.
 *
 * Noise is put on the ink and sparingly on the paper, not on every pixel: real scanners
 * flatten the paper to near white, and the files stay a few hundred kilobytes.
 */
final class ScanEffects {

    private final Random random;

    ScanEffects(Random random) {
        this.random = random;
    }

    /**
     * A flatbed or sheet-feeder scan in greyscale.
     *
     * @param worn a tired machine: out of focus, grainier and dustier (pair it with faded toner)
     */
    BufferedImage scan(BufferedImage page, boolean jpegArtefacts, boolean worn) {
        BufferedImage img = rotate(page, skewDegrees(), 238 + random.nextInt(12));
        int passes = worn ? 2 : Math.min(random.nextInt(4), 2);
        for (int i = 0; i < passes; i++) img = blur(img);
        int[] px = pixels(img);
        inkNoise(px, worn ? 14 + random.nextInt(8) : 6 + random.nextInt(9));
        specks(px, img.getWidth(), img.getHeight(), worn ? 1500 + random.nextInt(1500) : 150 + random.nextInt(600));
        illumination(px, img.getWidth(), img.getHeight());
        setPixels(img, px);
        if (random.nextInt(3) == 0) punchHoles(img);
        return jpegArtefacts ? ImageFiles.jpegDegraded(img, 0.68f + random.nextFloat() * 0.12f) : img;
    }

    /** A fax received at 200 dpi: thresholded to black and white, with a header line and streaks. */
    BufferedImage fax(BufferedImage page, String header) {
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, Math.max(20, page.getWidth() / 70)));
        g.drawString(header, page.getWidth() / 30, page.getWidth() / 35);
        g.dispose();
        BufferedImage img = rotate(page, skewDegrees() * 0.6, 255);
        int[] px = pixels(img);
        int threshold = 150 + random.nextInt(30);
        BufferedImage bw = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        int w = img.getWidth();
        int h = img.getHeight();
        int[] out = new int[px.length];
        for (int i = 0; i < px.length; i++) {
            out[i] = px[i] + (int) (random.nextGaussian() * 22) < threshold ? 0 : 1;
        }
        for (int s = 0; s < 3 + random.nextInt(4); s++) {
            int row = random.nextInt(h);
            for (int x = 0; x < w; x++) {
                if (random.nextInt(100) < 55) out[row * w + x] = 0;
            }
        }
        int column = w / 8 + random.nextInt(w * 3 / 4);
        for (int y = 0; y < h; y++) {
            if (random.nextInt(100) < 70) out[y * w + column] = 0;
        }
        bw.getRaster().setPixels(0, 0, w, h, out);
        return bw;
    }

    private double skewDegrees() {
        double magnitude = 0.3 + random.nextDouble() * 2.2;
        return random.nextBoolean() ? magnitude : -magnitude;
    }

    /** Rotates about the centre; the uncovered corners take the scanner lid's grey. */
    private static BufferedImage rotate(BufferedImage src, double degrees, int lidGrey) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(new Color(lidGrey, lidGrey, lidGrey));
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), src.getWidth() / 2.0, src.getHeight() / 2.0);
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return out;
    }

    private static BufferedImage blur(BufferedImage img) {
        float c = 0.44f;
        float e = 0.09f;
        float d = 0.05f;
        Kernel kernel = new Kernel(3, 3, new float[] {d, e, d, e, c, e, d, e, d});
        return new ConvolveOp(kernel, ConvolveOp.EDGE_NO_OP, null).filter(img, null);
    }

    /** Grain on the ink and its edges only, so letters look toner-printed rather than drawn. */
    private void inkNoise(int[] px, double sigma) {
        for (int i = 0; i < px.length; i++) {
            if (px[i] < 235) px[i] = clamp(px[i] + (int) Math.round(random.nextGaussian() * sigma));
        }
    }

    /** Dust and toner specks: single pixels and small dark clusters scattered over the page. */
    private void specks(int[] px, int w, int h, int count) {
        for (int n = 0; n < count; n++) {
            int x = 1 + random.nextInt(w - 3);
            int y = 1 + random.nextInt(h - 3);
            int grey = random.nextInt(160);
            int size = random.nextInt(10) == 0 ? 2 : 1;
            for (int dy = 0; dy < size; dy++) {
                for (int dx = 0; dx < size; dx++) px[(y + dy) * w + x + dx] = grey;
            }
        }
    }

    /** A lamp brighter at one end and a soft shadow towards one edge, as a lifted page gives. */
    private void illumination(int[] px, int w, int h) {
        double gx = (random.nextDouble() - 0.5) * 0.10;
        double gy = (random.nextDouble() - 0.5) * 0.08;
        boolean shadowLeft = random.nextBoolean();
        double shadow = 0.04 + random.nextDouble() * 0.08;
        for (int y = 0; y < h; y++) {
            double fy = gy * (y / (double) h - 0.5);
            for (int x = 0; x < w; x++) {
                double edge = shadowLeft ? x / (double) w : 1 - x / (double) w;
                double f = 0.97 + gx * (x / (double) w - 0.5) + fy - shadow * Math.max(0, 0.15 - edge) / 0.15;
                int i = y * w + x;
                px[i] = clamp((int) (px[i] * f));
            }
        }
    }

    private void punchHoles(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int d = img.getWidth() / 40;
        int x = img.getWidth() / 60;
        int mid = img.getHeight() / 2;
        int apart = img.getWidth() / 6;
        g.setColor(new Color(90, 90, 90));
        g.fillOval(x, mid - apart / 2 - d / 2, d, d);
        g.fillOval(x, mid + apart / 2 - d / 2, d, d);
        g.dispose();
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRaster().getPixels(0, 0, img.getWidth(), img.getHeight(), (int[]) null);
    }

    private static void setPixels(BufferedImage img, int[] px) {
        img.getRaster().setPixels(0, 0, img.getWidth(), img.getHeight(), px);
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(255, v);
    }
}
