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
        return onWhite(image, BufferedImage.TYPE_BYTE_GRAY);
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
