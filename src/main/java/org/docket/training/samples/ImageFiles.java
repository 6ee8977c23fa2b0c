package org.docket.training.samples;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;

/**
 * Encodes page images as PNG, TIFF (one or many pages) and JPEG, each carrying its resolution so
 * that OCR does not have to guess it. No encoder here writes a timestamp, so output is repeatable.
 */
final class ImageFiles {

    private ImageFiles() {
    }

    static byte[] png(BufferedImage image, int dpi) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        String perMetre = Integer.toString((int) Math.round(dpi / 0.0254));
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        meta.mergeTree("javax_imageio_png_1.0", root);
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0f); // strongest deflate: slower, but the pages are kept to a few hundred KB
        return write(writer, List.of(image), meta, param, false);
    }

    /** Greyscale pages compressed with Deflate; black-and-white (fax) pages with CCITT Group 4. */
    static byte[] tiff(List<BufferedImage> pages, int dpi) throws IOException {
        ImageWriter writer = jdkTiffWriter();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        boolean bilevel = pages.getFirst().getType() == BufferedImage.TYPE_BYTE_BINARY;
        param.setCompressionType(bilevel ? "CCITT T.6" : "Deflate");
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(pages.getFirst()), param);
        TIFFDirectory dir = TIFFDirectory.createFromMetadata(meta);
        BaselineTIFFTagSet base = BaselineTIFFTagSet.getInstance();
        long[][] resolution = {{dpi, 1}};
        dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_X_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1, resolution));
        dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_Y_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1, resolution));
        dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT),
                BaselineTIFFTagSet.RESOLUTION_UNIT_INCH));
        return write(writer, pages, dir.getAsMetadata(), param, true);
    }

    /**
     * The JDK's own TIFF writer. jai-imageio's, also on the class path, is listed first in some runs and
     * not others, and writes other bytes: the same seed must give the same files.
     */
    private static ImageWriter jdkTiffWriter() {
        List<ImageWriter> writers = new ArrayList<>();
        ImageIO.getImageWritersByFormatName("tiff").forEachRemaining(writers::add);
        return writers.stream().filter(w -> "java.desktop".equals(w.getClass().getModule().getName())).findFirst()
                .orElse(writers.getFirst());
    }

    static byte[] jpeg(BufferedImage image, int dpi, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree("javax_imageio_jpeg_image_1.0");
        IIOMetadataNode jfif = (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
        jfif.setAttribute("resUnits", "1");
        jfif.setAttribute("Xdensity", Integer.toString(dpi));
        jfif.setAttribute("Ydensity", Integer.toString(dpi));
        try {
            meta.setFromTree("javax_imageio_jpeg_image_1.0", root);
        } catch (IIOInvalidTreeException e) {
            throw new IOException("could not set the JPEG resolution", e);
        }
        return write(writer, List.of(image), meta, param, false);
    }

    /** The page after a pass through a low-quality JPEG, as many scanners store scans internally. */
    static BufferedImage jpegDegraded(BufferedImage image, float quality) {
        try {
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(jpeg(image, 300, quality)));
            BufferedImage grey = new BufferedImage(back.getWidth(), back.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            grey.getRaster().setRect(back.getRaster());
            return grey;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(ImageWriter writer, List<BufferedImage> pages, IIOMetadata meta, ImageWriteParam param,
                                boolean sequence) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            if (sequence) {
                writer.prepareWriteSequence(null);
                for (BufferedImage page : pages) {
                    writer.writeToSequence(new IIOImage(page, null, meta), param);
                }
                writer.endWriteSequence();
            } else {
                writer.write(null, new IIOImage(pages.getFirst(), null, meta), param);
            }
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
