package org.docket.extraction;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Small pixel conversions shared by the readers. */
public final class Images {

    private Images() {
    }

    public static BufferedImage toGrey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = grey.createGraphics();
        try {
            // white underneath, so transparent pixels do not turn black
            graphics.setColor(java.awt.Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return grey;
    }
}
