package org.docket.extraction;

import jakarta.annotation.PreDestroy;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * OCR through Tesseract. Keeps a pool of engines: each call borrows one for itself alone and gives it
 * back, so parallel readers never share an instance. An engine whose call never returned (a file cut
 * off by the time limit) is simply not given back.
 */
@Component
public class TesseractOcr {

    private final String tessdata;
    private final String languages;
    private final ConcurrentLinkedQueue<OcrEngine> idle = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<OcrEngine> idleOrientation = new ConcurrentLinkedQueue<>();
    private final List<OcrEngine> all = new ArrayList<>();

    public TesseractOcr(@Value("${docket.ocr.languages:eng}") String languages) {
        this.tessdata = Tessdata.locate().toString();
        this.languages = languages;
    }

    public OcrResult read(BufferedImage image, int dpi) {
        OcrEngine engine = borrow();
        OcrResult result = engine.read(image, dpi);
        idle.add(engine);
        return result;
    }

    /** A whole hOCR (alto false) or ALTO XML (alto true) document for one page. */
    public String markup(BufferedImage image, int dpi, boolean alto) {
        OcrEngine engine = borrow();
        String page = engine.markup(image, dpi, alto);
        idle.add(engine);
        return alto ? OcrMarkup.alto(page) : OcrMarkup.hocr(page);
    }

    /** Loads one engine now, so the first page read does not pay for it. */
    void prepare() {
        idle.add(borrow());
    }

    /** One recognition of a page giving its text, word boxes, hOCR and ALTO, for archival outputs. */
    public PageRecognition recognise(BufferedImage image, int dpi, int pageNumber) {
        OcrEngine engine = borrow();
        PageRecognition result = engine.recognise(image, dpi, pageNumber);
        idle.add(engine);
        return result;
    }

    /** Which way up the page is, from Tesseract's orientation detection (its own engines, started with osd). */
    public Orientation orientation(BufferedImage image, int dpi) {
        OcrEngine engine = idleOrientation.poll();
        if (engine == null) {
            engine = new OcrEngine(tessdata, "osd");
            synchronized (all) {
                all.add(engine);
            }
        }
        Orientation found = engine.orientation(image, dpi);
        idleOrientation.add(engine);
        return found;
    }

    /** The Tesseract library's version, as archival manifests record it. */
    public String version() {
        return OcrEngine.version();
    }

    public String languages() {
        return languages;
    }

    private OcrEngine borrow() {
        OcrEngine engine = idle.poll();
        if (engine != null) {
            return engine;
        }
        OcrEngine created = new OcrEngine(tessdata, languages);
        synchronized (all) {
            all.add(created);
        }
        return created;
    }

    @PreDestroy
    void close() {
        synchronized (all) {
            // only idle engines are closed: one still busy in an abandoned thread must not be freed under it
            OcrEngine engine;
            while ((engine = idle.poll()) != null) {
                engine.close();
            }
            while ((engine = idleOrientation.poll()) != null) {
                engine.close();
            }
            all.clear();
        }
    }
}
