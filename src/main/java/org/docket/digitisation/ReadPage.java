package org.docket.digitisation;

import com.recognition.software.jdeskew.ImageDeskew;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.docket.extraction.Orientation;
import org.docket.extraction.PageLayout;
import org.docket.extraction.PageRecognition;
import org.docket.extraction.TesseractOcr;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads one page: blank pages are recognised and not OCR'd; a page is straightened, OCR'd once for
 * every output, and turned upright by Tesseract's orientation detection only when asking is worth
 * it: before the reading when its lines run down the page (a page on its side), after it when the
 * reading is poor (one upside down). A poor reading of faint paper is tried again in black and
 * white, keeping whichever reading is better. Separator
 * sheets are told by their barcode. Safe to run again: it changes nothing outside the page's result.
 */
class ReadPage implements ItemProcessor<ListedPage, PageReading> {

    private static final Logger log = LoggerFactory.getLogger(ReadPage.class);
    /** A first reading below this mean confidence may be of a page on its side or upside down. */
    private static final double UNSURE_OF_ORIENTATION = 60;
    /** A reading below this may be of faint or stained paper that black and white reads better. */
    private static final double UNSURE_OF_CONTRAST = 50;
    /** Orientation is judged on a copy this size: enough for the letters' shapes, a fraction of the work. */
    private static final int ORIENTATION_PIXELS = 1600;
    /** Slants smaller than this are left alone: Tesseract copes, and turning blurs the page. */
    private static final double LEAST_SKEW = 0.5;
    private static final double MOST_SKEW = 10;
    private static final float TRUSTED_ORIENTATION = 1.5f;
    /** Skew and the run of the lines are judged on a copy this size. */
    private static final int SMALL_PIXELS = 800;

    private final Path collection;
    private final TesseractOcr ocr;
    private final WordList wordList;
    private final DigitisationProperties settings;

    ReadPage(Path collection, TesseractOcr ocr, WordList wordList, DigitisationProperties settings) {
        this.collection = collection;
        this.ocr = ocr;
        this.wordList = wordList;
        this.settings = settings;
    }

    @Override
    public PageReading process(ListedPage page) {
        try {
            return read(page);
        } catch (IOException | RuntimeException e) {
            log.warn("{} page {} could not be read: {}", page.sourceFile(), page.pageInFile(), e.getMessage());
            return PageReading.failed(page, "the scan could not be read (" + e.getMessage() + "); scan the page again");
        }
    }

    private PageReading read(ListedPage page) throws IOException {
        PageScan scan = PageScan.load(collection.resolve(page.sourceFile()), page.pageInFile());
        BufferedImage grey = scan.grey();
        // the colour scan, when there is one, is turned and straightened with the grey one, for the archival copy
        BufferedImage colour = scan.colour();
        if (PagePixels.blank(grey, settings.blankInk())) {
            // a patch code's long bars lying across a sheet look like the scanner's shadows, not writing
            PageReading.Kind kind = separatingPatch(grey, scan.dpi()) ? PageReading.Kind.SEPARATOR : PageReading.Kind.BLANK;
            PageLayout nothing = PageLayout.empty(grey.getWidth(), grey.getHeight(), scan.dpi());
            return finished(page, kind, colour != null ? colour : grey, scan.dpi(), 0, 0,
                    new PageRecognition("", List.of(), nothing.hocr(page.seq()), nothing.alto(page.seq())));
        }
        BufferedImage small = PagePixels.shrink(grey, SMALL_PIXELS);
        int rotation = 0;
        // asked once at most: before the reading when the lines seem to run down the page, else after a poor one
        boolean orientationAsked = false;
        if (settings.orientation() == DigitisationProperties.Orientation.ALWAYS
                || settings.orientation() == DigitisationProperties.Orientation.WHEN_UNSURE && PagePixels.linesRunDownThePage(small)) {
            rotation = upright(grey, scan.dpi());
            orientationAsked = true;
            grey = PagePixels.turn(grey, rotation);
            small = PagePixels.turn(small, rotation);
            colour = colour == null ? null : PagePixels.turnColour(colour, rotation);
        }
        double skew = settings.deskew() ? skew(small) : 0;
        if (skew != 0) {
            grey = PagePixels.straighten(grey, skew);
            colour = colour == null ? null : PagePixels.straighten(colour, skew);
        }
        if (settings.binarise() == DigitisationProperties.Binarise.ALWAYS) {
            grey = PagePixels.binarise(grey);
        }
        PageRecognition reading = ocr.recognise(grey, scan.dpi(), page.seq());
        if (reading.confidence() < UNSURE_OF_ORIENTATION && !orientationAsked
                && settings.orientation() == DigitisationProperties.Orientation.WHEN_UNSURE) {
            int turn = upright(grey, scan.dpi());
            if (turn != 0) {
                BufferedImage turned = PagePixels.turn(grey, turn);
                PageRecognition again = ocr.recognise(turned, scan.dpi(), page.seq());
                if (better(again, reading)) {
                    reading = again;
                    grey = turned;
                    colour = colour == null ? null : PagePixels.turnColour(colour, turn);
                    rotation += turn;
                }
            }
        }
        if (reading.confidence() < UNSURE_OF_CONTRAST && settings.binarise() == DigitisationProperties.Binarise.WHEN_UNSURE
                && !PagePixels.blackAndWhite(grey)) {
            BufferedImage blackAndWhite = PagePixels.binarise(grey);
            PageRecognition again = ocr.recognise(blackAndWhite, scan.dpi(), page.seq());
            if (better(again, reading)) {
                reading = again;
                grey = blackAndWhite;
            }
        }
        PageReading.Kind kind = PageReading.Kind.PAGE;
        if (reading.words().size() <= SeparatorSheet.MOST_WORDS && separates(grey, scan.dpi())) {
            kind = PageReading.Kind.SEPARATOR;
        }
        return finished(page, kind, colour != null ? colour : grey, scan.dpi(), rotation, skew, reading);
    }

    /** The page's result; image is the page as read (turned and straightened), in colour when it was scanned so. */
    private PageReading finished(ListedPage page, PageReading.Kind kind, BufferedImage image, int dpi, int rotation, double skew,
                                 PageRecognition reading) throws IOException {
        String text = reading.text().strip();
        log.debug("{} page {} → {} ({} words, {}% confidence)", page.sourceFile(), page.pageInFile(), kind.name().toLowerCase(),
                reading.words().size(), Math.round(reading.confidence()));
        return new PageReading(page, kind, null, text, reading.hocr(), reading.alto(), reading.confidence(), wordList.share(text),
                reading.words().size(), rotation, skew, image.getWidth(), image.getHeight(), dpi, PageImageFiles.encode(image, settings.jpegQuality()),
                RegisterRecords.in(text));
    }

    /** Whether the page is a separator sheet: its barcode says so, or it carries a separating patch code. */
    private boolean separates(BufferedImage grey, int dpi) {
        var barcode = SeparatorSheet.barcode(grey);
        if (barcode.isPresent() && barcode.get().strip().equalsIgnoreCase(settings.separatorText())) {
            return true;
        }
        return separatingPatch(grey, dpi);
    }

    /** Whether the page carries one of the patch codes that separate documents. */
    private boolean separatingPatch(BufferedImage grey, int dpi) {
        return PatchCode.on(grey, dpi).filter(patch -> settings.separatorPatches().stream()
                .anyMatch(name -> name.strip().equalsIgnoreCase(patch.patchName()))).isPresent();
    }

    /** More words read with more confidence: confidence alone would prefer a reading of three lucky words. */
    private static boolean better(PageRecognition candidate, PageRecognition current) {
        return candidate.confidence() * Math.sqrt(candidate.words().size()) > current.confidence() * Math.sqrt(current.words().size());
    }

    /** The clockwise turn that makes the page upright, when Tesseract is sure enough of it; else 0. */
    private int upright(BufferedImage grey, int dpi) {
        BufferedImage small = PagePixels.shrink(grey, ORIENTATION_PIXELS);
        Orientation found = ocr.orientation(small, Math.max(70, dpi * small.getWidth() / grey.getWidth()));
        return found.confidence() >= TRUSTED_ORIENTATION ? found.degrees() : 0;
    }

    /** The slant of the lines of text, judged on a small copy of the page. */
    private static double skew(BufferedImage small) {
        double angle = new ImageDeskew(small).getSkewAngle();
        return Math.abs(angle) < LEAST_SKEW || Math.abs(angle) > MOST_SKEW ? 0 : -angle;
    }
}
