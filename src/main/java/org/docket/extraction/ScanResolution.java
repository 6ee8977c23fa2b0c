package org.docket.extraction;

import java.io.IOException;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import org.w3c.dom.NodeList;

/** The resolution a scanner recorded in an image file, which Tesseract needs to judge letter sizes. */
public final class ScanResolution {

    public static final int ASSUMED_DPI = 300;

    private ScanResolution() {
    }

    /** The resolution the scanner recorded, or 300 dpi when it recorded none or nonsense. */
    public static int dpi(ImageReader reader, int index) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(index);
            if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
                return ASSUMED_DPI;
            }
            org.w3c.dom.Node root = metadata.getAsTree("javax_imageio_1.0");
            NodeList sizes = ((org.w3c.dom.Element) root).getElementsByTagName("HorizontalPixelSize");
            if (sizes.getLength() == 0) {
                return ASSUMED_DPI;
            }
            double millimetresPerPixel = Double.parseDouble(((org.w3c.dom.Element) sizes.item(0)).getAttribute("value"));
            int dpi = (int) Math.round(25.4 / millimetresPerPixel);
            return dpi >= 70 && dpi <= 1200 ? dpi : ASSUMED_DPI;
        } catch (IOException | RuntimeException e) {
            return ASSUMED_DPI;
        }
    }
}
