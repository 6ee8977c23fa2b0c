package org.docket.digitisation;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * Builds a small archive collection the way an archivist's scanner leaves one: box and folder
 * folders of page scans. Pages are drawn here (register entries, a blank page, a separator sheet
 * with its barcode), so the test needs no image files of its own.
 */
public final class TestCollection {

    public static final int DPI = 300;
    private static final int WIDTH = 1240;
    private static final int HEIGHT = 1754;

    private TestCollection() {
    }

    /** A register page: one entry per line, in a clear typeface. */
    public static BufferedImage page(List<String> lines) {
        BufferedImage image = blank();
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setColor(Color.BLACK);
            graphics.setFont(new Font(Font.SERIF, Font.PLAIN, 30));
            int y = 160;
            for (String line : lines) {
                graphics.drawString(line, 110, y);
                y += 52;
            }
        } finally {
            graphics.dispose();
        }
        return image;
    }

    public static BufferedImage blank() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, WIDTH, HEIGHT);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /** A page too damaged to read: scribbled over with strokes where the writing was. */
    public static BufferedImage scribble(long seed) {
        BufferedImage image = blank();
        java.util.Random random = new java.util.Random(seed);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.BLACK);
            graphics.setStroke(new java.awt.BasicStroke(3));
            for (int line = 0; line < 20; line++) {
                int y = 160 + line * 60;
                for (int x = 110; x < WIDTH - 150; x += 20 + random.nextInt(30)) {
                    graphics.drawLine(x, y + random.nextInt(30), x + 10 + random.nextInt(25), y + random.nextInt(30));
                }
            }
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /** A separator sheet: a Code 128 barcode of the text, and the words an archivist would read on it. */
    public static BufferedImage separator(String text) {
        BufferedImage image = page(List.of("SEPARATOR SHEET"));
        BitMatrix bars = new Code128Writer().encode(text, BarcodeFormat.CODE_128, 900, 240);
        for (int y = 0; y < bars.getHeight(); y++) {
            for (int x = 0; x < bars.getWidth(); x++) {
                if (bars.get(x, y)) {
                    image.getRaster().setSample(170 + x, 600 + y, 0, 0);
                }
            }
        }
        return image;
    }

    /**
     * A scanner's separator sheet with a Kodak patch code: bars ("NWNW", N narrow, W wide) 0.08 and 0.20
     * inch wide with 0.08 inch between them, 2.5 inches long, upright or lying across the sheet.
     */
    public static BufferedImage patch(String bars, boolean across) {
        BufferedImage image = blank();
        int narrow = Math.round(0.08f * DPI);
        int wide = Math.round(0.20f * DPI);
        int length = Math.round(2.5f * DPI);
        int at = 200;
        for (char bar : bars.toCharArray()) {
            int thickness = bar == 'W' ? wide : narrow;
            for (int along = 0; along < length; along++) {
                for (int within = 0; within < thickness; within++) {
                    int x = across ? 150 + along : at + within;
                    int y = across ? at + within : 150 + along;
                    image.getRaster().setSample(x, y, 0, 0);
                }
            }
            at += thickness + narrow;
        }
        return image;
    }

    /** The page scanned in colour, with the red stamp of the office that received it. */
    public static BufferedImage stamped(BufferedImage page) {
        BufferedImage colour = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = colour.createGraphics();
        try {
            graphics.drawImage(page, 0, 0, null);
            graphics.setColor(new Color(200, 30, 30));
            graphics.setStroke(new java.awt.BasicStroke(4));
            graphics.drawRect(page.getWidth() - 420, 40, 360, 90);
            graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
            graphics.drawString("RECEIVED 1862", page.getWidth() - 400, 100);
        } finally {
            graphics.dispose();
        }
        return colour;
    }

    public static void png(BufferedImage image, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    /** A multi-page TIFF, as a sheet-feeder scanner writes one item. */
    public static void tiff(List<BufferedImage> pages, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                writer.writeToSequence(new IIOImage(page, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /** An image-only PDF: each page a scan with no text layer. */
    public static void pdf(List<BufferedImage> pages, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (PDDocument pdf = new PDDocument()) {
            for (BufferedImage page : pages) {
                PDPage pdfPage = new PDPage(new PDRectangle(page.getWidth() * 72f / DPI, page.getHeight() * 72f / DPI));
                pdf.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(pdf, pdfPage)) {
                    content.drawImage(LosslessFactory.createFromImage(pdf, page), 0, 0, pdfPage.getMediaBox().getWidth(),
                            pdfPage.getMediaBox().getHeight());
                }
            }
            pdf.save(file.toFile());
        }
    }

    /** Register entries for a page, numbered from first: names, years and places an officer may search for. */
    public static List<String> entries(int first, int count) {
        String[] forenames = {"Thomas", "Mary", "William", "Elizabeth", "David", "Margaret", "Evan", "Jane", "Hugh", "Catherine"};
        String[] surnames = {"Jones", "Williams", "Davies", "Evans", "Thomas", "Roberts", "Hughes", "Lewis", "Morgan", "Griffiths"};
        String[] places = {"Llanbedr", "Talybont", "Dyffryn", "Harlech", "Llanenddwyn"};
        String[] trades = {"labourer", "farmer", "weaver", "miner", "smith"};
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        for (int i = first; i < first + count; i++) {
            lines.add("%d. %s %s, %s, of %s, baptised %d".formatted(i, forenames[i % forenames.length],
                    surnames[(i * 3) % surnames.length], trades[i % trades.length], places[i % places.length], 1850 + i));
        }
        return lines;
    }
}
