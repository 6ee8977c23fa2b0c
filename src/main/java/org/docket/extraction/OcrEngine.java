package org.docket.extraction;

import com.sun.jna.Pointer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.List;
import com.sun.jna.ptr.PointerByReference;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

/**
 * One Tesseract instance. Never shared between threads at once: Tesseract is not thread-safe and
 * two threads in one instance crash the JVM. Pixels go in as 8-bit grey in a direct buffer, which
 * avoids the Leptonica image conversion that fails on some Debian releases.
 */
final class OcrEngine implements AutoCloseable {

    /** The interface mapping binds each function on first use; Debian's Tesseract 5.3 lacks some that the direct mapping demands. */
    private static final TessAPI API = TessAPI.INSTANCE;

    private final TessBaseAPI handle;

    OcrEngine(String tessdata, String languages) {
        handle = API.TessBaseAPICreate();
        if (API.TessBaseAPIInit3(handle, tessdata, languages) != 0) {
            API.TessBaseAPIDelete(handle);
            throw new IllegalStateException("Tesseract could not load languages " + languages + " from " + tessdata
                    + "; install them with: apt-get install tesseract-ocr-eng tesseract-ocr-cym");
        }
        API.TessBaseAPISetPageSegMode(handle, ITessAPI.TessPageSegMode.PSM_AUTO);
        // Tesseract's own chatter ("Empty page!!", "Detected 39 diacritics") is not for Docket's users
        API.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
    }

    /** The page as hOCR or ALTO XML, for archival outputs. */
    String markup(BufferedImage image, int dpi, boolean alto) {
        setImage(image, dpi);
        try {
            API.TessBaseAPIRecognize(handle, null);
            return take(alto ? API.TessBaseAPIGetAltoText(handle, 0) : API.TessBaseAPIGetHOCRText(handle, 0));
        } finally {
            API.TessBaseAPIClear(handle);
        }
    }

    /**
     * One recognition giving everything an archive keeps of a page: text, word boxes with their
     * confidences, hOCR and ALTO, all from one walk over the result. pageNumber numbers the elements'
     * ids, so pages put together stay unique.
     */
    PageRecognition recognise(BufferedImage image, int dpi, int pageNumber) {
        setImage(image, dpi);
        try {
            if (API.TessBaseAPIRecognize(handle, null) != 0) {
                return new PageRecognition("", List.of(), "", "");
            }
            String text = take(API.TessBaseAPIGetUTF8Text(handle));
            PageLayout layout = layout(image.getWidth(), image.getHeight(), dpi);
            return new PageRecognition(text, layout.words(), layout.hocr(pageNumber), layout.alto(pageNumber));
        } finally {
            API.TessBaseAPIClear(handle);
        }
    }

    /** The recognised page's blocks, paragraphs, lines and words with their boxes, in one walk. */
    private PageLayout layout(int width, int height, int dpi) {
        PageLayout.Builder layout = new PageLayout.Builder(width, height, dpi);
        TessResultIterator iterator = API.TessBaseAPIGetIterator(handle);
        if (iterator == null) {
            return layout.build();
        }
        try {
            TessPageIterator page = API.TessResultIteratorGetPageIterator(iterator);
            do {
                if (API.TessPageIteratorIsAtBeginningOf(page, ITessAPI.TessPageIteratorLevel.RIL_BLOCK) == ITessAPI.TRUE) {
                    layout.block(box(page, ITessAPI.TessPageIteratorLevel.RIL_BLOCK));
                }
                if (API.TessPageIteratorIsAtBeginningOf(page, ITessAPI.TessPageIteratorLevel.RIL_PARA) == ITessAPI.TRUE) {
                    layout.paragraph(box(page, ITessAPI.TessPageIteratorLevel.RIL_PARA));
                }
                if (API.TessPageIteratorIsAtBeginningOf(page, ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE) == ITessAPI.TRUE) {
                    IntBuffer x1 = IntBuffer.allocate(1), y1 = IntBuffer.allocate(1), x2 = IntBuffer.allocate(1), y2 = IntBuffer.allocate(1);
                    PageLayout.Box line = box(page, ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE);
                    if (API.TessPageIteratorBaseline(page, ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE, x1, y1, x2, y2) == ITessAPI.TRUE
                            || line == null) {
                        layout.line(line, x1.get(0), y1.get(0), x2.get(0), y2.get(0));
                    } else {
                        layout.line(line, line.left(), line.bottom(), line.right(), line.bottom());
                    }
                }
                Pointer word = API.TessResultIteratorGetUTF8Text(iterator, ITessAPI.TessPageIteratorLevel.RIL_WORD);
                if (word != null) {
                    String value = take(word);
                    PageLayout.Box box = box(page, ITessAPI.TessPageIteratorLevel.RIL_WORD);
                    if (!value.isBlank() && box != null) {
                        layout.word(new PageRecognition.Word(value, API.TessResultIteratorConfidence(iterator,
                                ITessAPI.TessPageIteratorLevel.RIL_WORD), box.left(), box.top(), box.right(), box.bottom()));
                    }
                }
            } while (API.TessResultIteratorNext(iterator, ITessAPI.TessPageIteratorLevel.RIL_WORD) == ITessAPI.TRUE);
        } finally {
            API.TessResultIteratorDelete(iterator);
        }
        return layout.build();
    }

    /** The box of the element at this level the iterator is in; null when it has none. */
    private static PageLayout.Box box(TessPageIterator iterator, int level) {
        IntBuffer left = IntBuffer.allocate(1), top = IntBuffer.allocate(1), right = IntBuffer.allocate(1), bottom = IntBuffer.allocate(1);
        if (API.TessPageIteratorBoundingBox(iterator, level, left, top, right, bottom) != ITessAPI.TRUE) {
            return null;
        }
        return new PageLayout.Box(left.get(0), top.get(0), right.get(0), bottom.get(0));
    }

    /**
     * Which way up the page is, as the clockwise rotation in degrees (0, 90, 180, 270) that would make
     * it upright, with Tesseract's confidence; needs an engine started with the osd language.
     */
    Orientation orientation(BufferedImage image, int dpi) {
        setImage(image, dpi);
        try {
            IntBuffer degrees = IntBuffer.allocate(1);
            FloatBuffer confidence = FloatBuffer.allocate(1);
            PointerByReference script = new PointerByReference();
            FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
            if (API.TessBaseAPIDetectOrientationScript(handle, degrees, confidence, script, scriptConfidence) != ITessAPI.TRUE) {
                return new Orientation(0, 0);
            }
            // Tesseract answers how far the page is turned counter-clockwise; undoing that is the clockwise turn
            return new Orientation(Math.floorMod(360 - degrees.get(0), 360), confidence.get(0));
        } finally {
            API.TessBaseAPIClear(handle);
        }
    }

    static String version() {
        return API.TessVersion();
    }

    /**
     * Gives Tesseract the page. A black-and-white page goes as one bit a pixel, so Tesseract skips
     * thresholding it, a tenth of a second on a large sheet of mostly white paper.
     */
    private void setImage(BufferedImage image, int dpi) {
        BufferedImage grey = Images.toGrey(image);
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int width = grey.getWidth();
        int height = grey.getHeight();
        if (blackAndWhite(pixels)) {
            byte[] bits = Images.packedBits(grey);
            API.TessBaseAPISetImage(handle, ByteBuffer.allocateDirect(bits.length).put(bits).flip(), width, height, 0, (width + 7) / 8);
        } else {
            ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length);
            buffer.put(pixels).flip();
            API.TessBaseAPISetImage(handle, buffer, width, height, 1, width);
        }
        API.TessBaseAPISetSourceResolution(handle, dpi);
    }

    /** Whether every pixel is black (0) or white (255). */
    private static boolean blackAndWhite(byte[] pixels) {
        for (byte pixel : pixels) {
            if (pixel != 0 && pixel != (byte) 0xff) {
                return false;
            }
        }
        return true;
    }

    OcrResult read(BufferedImage image, int dpi) {
        setImage(image, dpi);
        try {
            if (API.TessBaseAPIRecognize(handle, null) != 0) {
                return new OcrResult("", 0, 0);
            }
            String text = take(API.TessBaseAPIGetUTF8Text(handle));
            List<PageRecognition.Word> words = layout(image.getWidth(), image.getHeight(), dpi).words();
            return new OcrResult(text, words.stream().mapToDouble(PageRecognition.Word::confidence).average().orElse(0), words.size());
        } finally {
            API.TessBaseAPIClear(handle);
        }
    }

    private static String take(Pointer text) {
        if (text == null) {
            return "";
        }
        try {
            return text.getString(0, "UTF-8");
        } finally {
            API.TessDeleteText(text);
        }
    }

    @Override
    public void close() {
        API.TessBaseAPIEnd(handle);
        API.TessBaseAPIDelete(handle);
    }
}
