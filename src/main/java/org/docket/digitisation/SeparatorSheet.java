package org.docket.digitisation;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the barcode on a separator sheet: the sheet an archivist puts between documents of one folder
 * before scanning. Only pages with little text are looked at, so ordinary pages cost nothing.
 */
final class SeparatorSheet {

    /** A page with more words than this is a page of the record, not a separator sheet. */
    static final int MOST_WORDS = 12;

    private static final Map<DecodeHintType, Object> HINTS = new EnumMap<>(Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128, BarcodeFormat.CODE_39, BarcodeFormat.QR_CODE)));

    private SeparatorSheet() {
    }

    /** The barcode's text, if the page carries one. */
    static Optional<String> barcode(BufferedImage grey) {
        BufferedImage small = PagePixels.shrink(grey, 1600);
        byte[] pixels = PagePixels.pixels(small);
        LuminanceSource source = new PlanarYUVLuminanceSource(pixels, small.getWidth(), small.getHeight(), 0, 0,
                small.getWidth(), small.getHeight(), false);
        try {
            Result result = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(source)), HINTS);
            return Optional.of(result.getText());
        } catch (NotFoundException none) {
            return Optional.empty();
        }
    }
}
