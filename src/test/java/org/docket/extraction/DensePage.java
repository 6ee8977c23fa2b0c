package org.docket.extraction;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Scans that are slow to read on purpose: pages packed with small print, for tests of time limits and killed readers. */
public final class DensePage {

    private DensePage() {
    }

    /** An A3 page at 300 dpi: Tesseract takes many seconds over it. */
    public static Path a3(Path file) throws IOException {
        return write(file, 3508, 4961, "");
    }

    /** An A5 page at 300 dpi, a few seconds of OCR; pages with different headings are different files. */
    public static Path a5(Path file, String heading) throws IOException {
        return write(file, 1748, 2480, heading);
    }

    private static Path write(Path file, int width, int height, String heading) throws IOException {
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 34));
        String line = "Minutes of the parish vestry meeting held at the church hall, present the overseers and churchwardens; ";
        g.drawString(heading, 100, 70);
        for (int y = 120; y < page.getHeight() - 80; y += 44) {
            g.drawString(line + line, 100, y);
        }
        g.dispose();
        ImageIO.write(page, "png", file.toFile());
        return file;
    }
}
