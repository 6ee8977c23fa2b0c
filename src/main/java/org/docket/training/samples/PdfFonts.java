package org.docket.training.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Fonts for born-digital PDFs. Welsh needs ŵ and ŷ, which the standard 14 fonts' WinAnsi encoding
 * lacks, so a TrueType font found on this machine is embedded when one covers them; otherwise the
 * standard fonts are used and only those letters lose their circumflex in the text layer.
 */
final class PdfFonts {

    private static final List<Path> ROOTS = List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
            Path.of(System.getProperty("user.home"), ".fonts"), Path.of(System.getProperty("user.home"), ".local/share/fonts"));
    private static final List<String> SERIF = List.of("DejaVuSerif", "LiberationSerif-Regular", "NotoSerif-Regular", "FreeSerif");
    private static final List<String> SANS = List.of("DejaVuSans", "LiberationSans-Regular", "NotoSans-Regular", "FreeSans");
    private static final List<String> MONO = List.of("DejaVuSansMono", "LiberationMono-Regular", "NotoSansMono-Regular", "FreeMono");
    private static final String WELSH_TEST = "ŵŷŴŶâêîôû£–’";
    private static List<Path> installed;

    final PDFont regular;
    final PDFont bold;
    /** For typed tables, whose columns line up only in a fixed-width face. */
    final PDFont mono;
    private final boolean unicode;

    private PdfFonts(PDFont regular, PDFont bold, PDFont mono, boolean unicode) {
        this.regular = regular;
        this.bold = bold;
        this.mono = mono;
        this.unicode = unicode;
    }

    static PdfFonts load(PDDocument doc, boolean serif) {
        for (String name : serif ? SERIF : SANS) {
            Optional<Path> regular = find(name);
            Optional<Path> bold = find(name.replace("-Regular", "") + "-Bold");
            if (regular.isPresent() && bold.isPresent()) {
                try {
                    PDType0Font r = PDType0Font.load(doc, regular.get().toFile());
                    PDType0Font b = PDType0Font.load(doc, bold.get().toFile());
                    r.encode(WELSH_TEST);
                    b.encode(WELSH_TEST);
                    return new PdfFonts(r, b, monospaced(doc), true);
                } catch (IOException | IllegalArgumentException unusable) {
                    // a font that will not load or lacks a Welsh letter: try the next one
                }
            }
        }
        PDFont courier = new PDType1Font(Standard14Fonts.FontName.COURIER);
        return serif
                ? new PdfFonts(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD), courier, false)
                : new PdfFonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA), new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), courier, false);
    }

    /** Invoice lines are ASCII with a pound sign, so Courier serves when no monospaced TrueType font is found. */
    private static PDFont monospaced(PDDocument doc) {
        for (String name : MONO) {
            Optional<Path> file = find(name);
            if (file.isPresent()) {
                try {
                    PDType0Font font = PDType0Font.load(doc, file.get().toFile());
                    font.encode(WELSH_TEST);
                    return font;
                } catch (IOException | IllegalArgumentException unusable) {
                    // try the next
                }
            }
        }
        return new PDType1Font(Standard14Fonts.FontName.COURIER);
    }

    /** The text as this font can show it: unchanged with an embedded font, else each unencodable letter stripped of its accent. */
    String printable(String text) {
        if (unicode) return text;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String c = String.valueOf(text.charAt(i));
            if (encodes(c)) {
                sb.append(c);
            } else {
                String bare = Normalizer.normalize(c, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                sb.append(encodes(bare) ? bare : "?");
            }
        }
        return sb.toString();
    }

    float width(PDFont font, String text, float size) throws IOException {
        return font.getStringWidth(printable(text)) / 1000f * size;
    }

    private boolean encodes(String s) {
        try {
            regular.encode(s);
            bold.encode(s);
            mono.encode(s);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<Path> find(String baseName) {
        return fontFiles().stream().filter(p -> p.getFileName().toString().equalsIgnoreCase(baseName + ".ttf")).findFirst();
    }

    private static synchronized List<Path> fontFiles() {
        if (installed == null) {
            List<Path> found = new ArrayList<>();
            for (Path root : ROOTS) {
                if (!Files.isDirectory(root)) continue;
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttf")).sorted().forEach(found::add);
                } catch (IOException | java.io.UncheckedIOException unreadable) {
                    // an unreadable font folder just offers no fonts
                }
            }
            installed = List.copyOf(found);
        }
        return installed;
    }
}
