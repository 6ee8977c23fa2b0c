package org.docket.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Tesseract's language data. Debian puts it in a folder that depends on the release, so it is
 * asked of tesseract itself rather than assumed; TESSDATA_PREFIX wins when set.
 */
final class Tessdata {

    private static final Pattern LISTED_FOLDER = Pattern.compile("\"([^\"]+)\"");

    private Tessdata() {
    }

    static Path locate() {
        String prefix = System.getenv("TESSDATA_PREFIX");
        if (prefix != null && Files.isDirectory(Path.of(prefix))) {
            return Path.of(prefix);
        }
        try {
            Process process = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            process.waitFor(30, TimeUnit.SECONDS);
            Matcher matcher = LISTED_FOLDER.matcher(output);
            if (matcher.find() && Files.isDirectory(Path.of(matcher.group(1)))) {
                return Path.of(matcher.group(1));
            }
            throw new IllegalStateException("tesseract did not say where its language data is: " + output.strip());
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Tesseract is not installed. Run ./docket once as root, or: apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-cym", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while looking for Tesseract", e);
        }
    }
}
