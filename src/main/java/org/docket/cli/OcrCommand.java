package org.docket.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.docket.document.Page;
import org.docket.extraction.Extraction;
import org.docket.extraction.TesseractOcr;
import org.docket.extraction.TextExtractor;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ocr", description = "Read the text of one image or PDF (OCR where it has no text layer).")
class OcrCommand implements Callable<Integer> {

    enum Format { txt, hocr, alto }

    @Mixin
    CommonOptions common;

    @Option(names = "--format", description = "txt (any image or PDF), hocr or alto (images); default txt")
    Format format = Format.txt;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
    Path out;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "There is no file at " + file);
        }
        try (ConfigurableApplicationContext context = Application.start(common.home(), common.db, null)) {
            String text;
            if (format == Format.txt) {
                switch (context.getBean(TextExtractor.class).extract(file)) {
                    case Extraction.Extracted extracted -> text = String.join("\n\f\n", extracted.pages().stream().map(Page::text).toList()) + "\n";
                    case Extraction.Unreadable unreadable -> {
                        spec.commandLine().getErr().println("docket: " + file.getFileName() + " cannot be read: " + unreadable.reason());
                        return 1;
                    }
                }
            } else {
                BufferedImage image = ImageIO.read(file.toFile());
                if (image == null) {
                    spec.commandLine().getErr().println("docket: --format " + format + " takes an image file (PNG, JPEG, TIFF); "
                            + file.getFileName() + " is not one");
                    return 1;
                }
                text = context.getBean(TesseractOcr.class).markup(image, 300, format == Format.alto);
            }
            if (out != null) {
                Files.writeString(out, text, StandardCharsets.UTF_8);
            } else {
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }
}
