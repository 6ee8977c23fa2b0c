package org.docket.training.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The phrase banks, one text file per category and language under
 * {@code resources/org/docket/training/corpus/banks/{en,cy}/}, plus each language's letter furniture
 * ({@code _furniture.bank}). Data, not code: a bank is broadened by editing its file.
 */
final class Banks {

    private static final Map<String, Bank> LOADED = new ConcurrentHashMap<>();

    private Banks() {
    }

    /** The bank for one category and language. */
    static Bank of(String categoryId, boolean welsh) {
        if (!Departments.IDS.contains(categoryId)) {
            throw new IllegalArgumentException("unknown category: " + categoryId);
        }
        String language = welsh ? "cy" : "en";
        return LOADED.computeIfAbsent(language + "/" + categoryId,
                key -> welsh ? Bank.welsh(read(key)) : Bank.english(read(key)));
    }

    /** Openings, closings and wrappers shared by every category of one language. */
    static Bank furniture(boolean welsh) {
        return LOADED.computeIfAbsent((welsh ? "cy" : "en") + "/_furniture", key -> Bank.framing(read(key)));
    }

    private static String read(String key) {
        String resource = "banks/" + key + ".bank";
        try (InputStream in = Banks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("phrase bank missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read phrase bank " + resource, e);
        }
    }
}
