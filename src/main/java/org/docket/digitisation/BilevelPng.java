package org.docket.digitisation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A one-bit greyscale PNG put into a PDF without decoding it: PNG's compressed rows are exactly what
 * PDF's Flate filter with PNG predictors reads, so a large black-and-white page costs a copy, not a
 * decode and a new compression. Any other kind of PNG is decoded and compressed the ordinary way.
 */
final class BilevelPng {

    private static final int SIGNATURE = 8;

    private BilevelPng() {
    }

    static PDImageXObject image(PDDocument pdf, byte[] png) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(png);
        in.position(SIGNATURE);
        int width = 0;
        int height = 0;
        boolean oneBitGrey = false;
        ByteArrayOutputStream rows = new ByteArrayOutputStream(png.length);
        while (in.remaining() >= 12) {
            int length = in.getInt();
            byte[] type = new byte[4];
            in.get(type);
            String name = new String(type, StandardCharsets.US_ASCII);
            int start = in.position();
            if (name.equals("IHDR")) {
                width = in.getInt(start);
                height = in.getInt(start + 4);
                // bit depth 1, colour type 0 (grey), no interlacing
                oneBitGrey = png[start + 8] == 1 && png[start + 9] == 0 && png[start + 12] == 0;
            } else if (name.equals("IDAT")) {
                rows.write(png, start, length);
            }
            in.position(start + length + 4);
        }
        if (!oneBitGrey) {
            return LosslessFactory.createFromImage(pdf, javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)));
        }
        COSStream stream = pdf.getDocument().createCOSStream();
        try (OutputStream out = stream.createRawOutputStream()) {
            rows.writeTo(out);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        COSDictionary predictor = new COSDictionary();
        predictor.setInt(COSName.PREDICTOR, 15);
        predictor.setInt(COSName.COLORS, 1);
        predictor.setInt(COSName.BITS_PER_COMPONENT, 1);
        predictor.setInt(COSName.COLUMNS, width);
        stream.setItem(COSName.DECODE_PARMS, predictor);
        PDImageXObject image = new PDImageXObject(new PDStream(stream), null);
        image.setWidth(width);
        image.setHeight(height);
        image.setBitsPerComponent(1);
        image.setColorSpace(PDDeviceGray.INSTANCE);
        return image;
    }
}
