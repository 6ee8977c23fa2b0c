package org.docket.extraction;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Small pixel conversions shared by the readers. */
public final class Images {

    private Images() {
    }

    public static BufferedImage toGrey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        return onWhite(image, BufferedImage.TYPE_BYTE_GRAY);
    }

    /**
     * A grey page's pixels one bit each, eight to a byte with the first pixel in the top bit, rows
     * padded to whole bytes, a set bit white (lighter than mid-grey): as Tesseract takes a
     * black-and-white page and as a one-bit image holds it.
     */
    public static byte[] packedBits(BufferedImage grey) {
        byte[] from = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int width = grey.getWidth();
        int stride = (width + 7) / 8;
        byte[] to = new byte[stride * grey.getHeight()];
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                if ((from[y * width + x] & 0xff) > 127) {
                    to[y * stride + (x >> 3)] |= (byte) (0x80 >> (x & 7));
                }
            }
        }
        return to;
    }

    /** The image drawn into a new one of the given type, on white, so transparent pixels do not turn black. */
    public static BufferedImage onWhite(BufferedImage image, int type) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D graphics = copy.createGraphics();
        try {
            graphics.setColor(java.awt.Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return copy;
    }
}
