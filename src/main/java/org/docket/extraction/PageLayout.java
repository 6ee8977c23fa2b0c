package org.docket.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What Tesseract found on a page, block by block down to the word, and the page's hOCR and ALTO
 * elements written from it. Docket writes these itself from one walk over the recognition: Tesseract's
 * own hOCR and ALTO renderers each walk it again and cost as much as a tenth of a large page's reading.
 *
 * @param width  of the page image, in pixels
 * @param height of the page image, in pixels
 * @param dpi    its resolution
 * @param blocks the blocks of text, in reading order
 */
public record PageLayout(int width, int height, int dpi, List<Block> blocks) {

    public PageLayout {
        blocks = List.copyOf(blocks);
    }

    /** A rectangle in pixels, from the top left corner. */
    public record Box(int left, int top, int right, int bottom) {

        int width() {
            return right - left;
        }

        int height() {
            return bottom - top;
        }
    }

    public record Block(Box box, List<Paragraph> paragraphs) {
    }

    public record Paragraph(Box box, List<Line> lines) {
    }

    /**
     * A line of text; its baseline as hOCR gives it, the slope and the offset from the line box's
     * bottom left corner.
     */
    public record Line(Box box, double slope, int offset, List<PageRecognition.Word> words) {
    }

    /** A page with nothing on it, so hOCR and ALTO still hold every page of a document. */
    public static PageLayout empty(int width, int height, int dpi) {
        return new PageLayout(width, height, dpi, List.of());
    }

    public List<PageRecognition.Word> words() {
        return blocks.stream().flatMap(block -> block.paragraphs().stream()).flatMap(paragraph -> paragraph.lines().stream())
                .flatMap(line -> line.words().stream()).toList();
    }

    /** The page's ocr_page element; page numbers the element ids, so pages put together stay unique. */
    public String hocr(int page) {
        StringBuilder out = new StringBuilder();
        out.append("  <div class='ocr_page' id='page_%d' title='bbox 0 0 %d %d; ppageno %d; scan_res %d %d'>\n"
                .formatted(page, width, height, page - 1, dpi, dpi));
        int b = 0;
        int p = 0;
        int l = 0;
        int w = 0;
        for (Block block : blocks) {
            out.append("   <div class='ocr_carea' id='block_%d_%d' title=\"%s\">\n".formatted(page, ++b, bbox(block.box())));
            for (Paragraph paragraph : block.paragraphs()) {
                out.append("    <p class='ocr_par' id='par_%d_%d' title=\"%s\">\n".formatted(page, ++p, bbox(paragraph.box())));
                for (Line line : paragraph.lines()) {
                    out.append("     <span class='ocr_line' id='line_%d_%d' title=\"%s; baseline %s %d\">"
                            .formatted(page, ++l, bbox(line.box()), decimal(line.slope(), 3), line.offset()));
                    for (PageRecognition.Word word : line.words()) {
                        out.append("\n      <span class='ocrx_word' id='word_%d_%d' title='bbox %d %d %d %d; x_wconf %d'>%s</span>"
                                .formatted(page, ++w, word.left(), word.top(), word.right(), word.bottom(), Math.round(word.confidence()),
                                        escape(word.text())));
                    }
                    out.append("\n     </span>\n");
                }
                out.append("    </p>\n");
            }
            out.append("   </div>\n");
        }
        return out.append("  </div>\n").toString();
    }

    /** The page's ALTO Page element, ids prefixed with the page number so pages put together stay unique. */
    public String alto(int page) {
        StringBuilder out = new StringBuilder();
        out.append("   <Page WIDTH=\"%d\" HEIGHT=\"%d\" PHYSICAL_IMG_NR=\"%d\" ID=\"page_%d\">\n".formatted(width, height, page, page));
        out.append("    <PrintSpace HPOS=\"0\" VPOS=\"0\" WIDTH=\"%d\" HEIGHT=\"%d\">\n".formatted(width, height));
        int b = 0;
        int p = 0;
        int l = 0;
        int w = 0;
        for (Block block : blocks) {
            out.append("     <ComposedBlock ID=\"p%d_cblock_%d\" %s>\n".formatted(page, ++b, position(block.box())));
            for (Paragraph paragraph : block.paragraphs()) {
                out.append("      <TextBlock ID=\"p%d_block_%d\" %s>\n".formatted(page, ++p, position(paragraph.box())));
                for (Line line : paragraph.lines()) {
                    out.append("       <TextLine ID=\"p%d_line_%d\" %s>\n".formatted(page, ++l, position(line.box())));
                    PageRecognition.Word previous = null;
                    for (PageRecognition.Word word : line.words()) {
                        if (previous != null) {
                            out.append("        <SP WIDTH=\"%d\" VPOS=\"%d\" HPOS=\"%d\"/>\n"
                                    .formatted(Math.max(0, word.left() - previous.right()), previous.top(), previous.right()));
                        }
                        out.append("        <String ID=\"p%d_string_%d\" %s WC=\"%s\" CONTENT=\"%s\"/>\n".formatted(page, ++w,
                                position(new Box(word.left(), word.top(), word.right(), word.bottom())),
                                decimal(word.confidence() / 100, 2), escape(word.text())));
                        previous = word;
                    }
                    out.append("       </TextLine>\n");
                }
                out.append("      </TextBlock>\n");
            }
            out.append("     </ComposedBlock>\n");
        }
        return out.append("    </PrintSpace>\n   </Page>\n").toString();
    }

    private static String bbox(Box box) {
        return "bbox %d %d %d %d".formatted(box.left(), box.top(), box.right(), box.bottom());
    }

    private static String position(Box box) {
        return "HPOS=\"%d\" VPOS=\"%d\" WIDTH=\"%d\" HEIGHT=\"%d\"".formatted(box.left(), box.top(), box.width(), box.height());
    }

    private static String decimal(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Collects a layout as a walk over the recognition meets each block, paragraph, line and word. */
    static final class Builder {

        private final int width;
        private final int height;
        private final int dpi;
        private final List<Block> blocks = new ArrayList<>();
        private Box blockBox;
        private List<Paragraph> paragraphs;
        private Box paragraphBox;
        private List<Line> lines;
        private Box lineBox;
        private double slope;
        private int offset;
        private List<PageRecognition.Word> words;

        Builder(int width, int height, int dpi) {
            this.width = width;
            this.height = height;
            this.dpi = dpi;
        }

        void block(Box box) {
            endBlock();
            blockBox = box;
            paragraphs = new ArrayList<>();
        }

        void paragraph(Box box) {
            endParagraph();
            paragraphBox = box;
            lines = new ArrayList<>();
        }

        /** A line whose baseline runs from (x1, y1) to (x2, y2) in page pixels. */
        void line(Box box, int x1, int y1, int x2, int y2) {
            endLine();
            lineBox = box;
            slope = x2 == x1 ? 0 : (double) (y2 - y1) / (x2 - x1);
            offset = box == null ? 0 : (int) Math.round(y1 + slope * (box.left() - x1) - box.bottom());
            words = new ArrayList<>();
        }

        void word(PageRecognition.Word word) {
            if (words != null) {
                words.add(word);
            }
        }

        PageLayout build() {
            endBlock();
            return new PageLayout(width, height, dpi, blocks);
        }

        private void endLine() {
            if (words != null && !words.isEmpty() && lines != null) {
                Box box = lineBox != null ? lineBox
                        : around(words.stream().map(word -> new Box(word.left(), word.top(), word.right(), word.bottom())).toList());
                lines.add(new Line(box, slope, offset, words));
            }
            words = null;
        }

        private void endParagraph() {
            endLine();
            if (lines != null && !lines.isEmpty() && paragraphs != null) {
                paragraphs.add(new Paragraph(paragraphBox != null ? paragraphBox : around(lines.stream().map(Line::box).toList()), lines));
            }
            lines = null;
        }

        private void endBlock() {
            endParagraph();
            if (paragraphs != null && !paragraphs.isEmpty()) {
                blocks.add(new Block(blockBox != null ? blockBox : around(paragraphs.stream().map(Paragraph::box).toList()), paragraphs));
            }
            paragraphs = null;
        }

        /** The smallest box around these, for an element Tesseract gave no box of its own. */
        private static Box around(List<Box> boxes) {
            return new Box(boxes.stream().mapToInt(Box::left).min().orElse(0), boxes.stream().mapToInt(Box::top).min().orElse(0),
                    boxes.stream().mapToInt(Box::right).max().orElse(0), boxes.stream().mapToInt(Box::bottom).max().orElse(0));
        }
    }
}
