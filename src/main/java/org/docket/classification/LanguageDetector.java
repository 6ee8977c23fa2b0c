package org.docket.classification;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.springframework.stereotype.Component;

/**
 * English or Welsh, with OpenNLP's language detector. Its raw confidence for Welsh is low even on
 * plainly Welsh text, so the answer is whichever of the two ranks higher, not a threshold.
 */
@Component
public class LanguageDetector {

    public static final String ENGLISH = "eng";
    public static final String WELSH = "cym";

    private final LanguageDetectorModel model;

    public LanguageDetector() throws IOException {
        try (InputStream in = LanguageDetector.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
                throw new IllegalStateException("The OpenNLP language model langdetect-183.bin is not on the classpath");
            }
            model = new LanguageDetectorModel(in);
        }
    }

    public String detect(String text) {
        if (text == null || text.isBlank()) {
            return ENGLISH;
        }
        // the detector is not thread-safe; it is cheap to make
        Language[] ranked = new LanguageDetectorME(model).predictLanguages(text);
        for (Language language : ranked) {
            if (language.getLang().equals(WELSH)) {
                return WELSH;
            }
            if (language.getLang().equals(ENGLISH)) {
                return ENGLISH;
            }
        }
        return ENGLISH;
    }
}
