package org.docket.digitisation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.docket.extraction.Images;

/**
 * Where each page's image waits, as read (turned and straightened), between its reading and its
 * document's PDF: written whole to a temporary name and renamed, so a crash never leaves half a page.
 * A black-and-white page is kept as a one-bit PNG, lossless and small, whose compressed rows the PDF
 * takes as they are; any other page as JPEG.
 */
final class PageImageFiles {

    /** An encoded page image and whether it is a black-and-white PNG (else JPEG). */
    record Encoded(byte[] bytes, boolean bilevel) {
    }

    private static final float PNG_SPEED = 0.75f;

    private PageImageFiles() {
    }

    static Path of(Path work, int seq) {
        Path pages = work.resolve("pages");
        Path bilevel = pages.resolve(seq + ".png");
        return Files.exists(bilevel) ? bilevel : pages.resolve(seq + ".jpg");
    }

    static void keep(Path work, int seq, Encoded image) throws IOException {
        Path target = work.resolve("pages").resolve(seq + (image.bilevel() ? ".png" : ".jpg"));
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.write(partial, image.bytes());
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The page image, grey or colour, encoded for the archival PDF. */
    static Encoded encode(BufferedImage grey, float jpegQuality) throws IOException {
        boolean bilevel = grey.getType() == BufferedImage.TYPE_BYTE_GRAY && PagePixels.blackAndWhite(grey);
        BufferedImage image = grey;
        if (bilevel) {
            image = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            byte[] bits = Images.packedBits(grey);
            System.arraycopy(bits, 0, PagePixels.pixels(image), 0, bits.length);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName(bilevel ? "png" : "jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            // for PNG a high "quality" is a light, fast deflate: one-bit pages compress well at any level
            parameters.setCompressionQuality(bilevel ? PNG_SPEED : jpegQuality);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } finally {
            writer.dispose();
        }
        return new Encoded(bytes.toByteArray(), bilevel);
    }
}
