package org.docket.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private final LanguageDetector detector;

    LanguageDetectorTest() throws Exception {
        detector = new LanguageDetector();
    }

    @Test
    void welshLetterIsWelsh() {
        assertThat(detector.detect("Annwyl Syr neu Fadam, Rwy'n ysgrifennu ynglŷn â'm bil Treth y Cyngor ar gyfer y flwyddyn hon. "
                + "Credaf fod y band yn anghywir ac yr hoffwn apelio. Diolch yn fawr am eich help. Yn gywir"))
                .isEqualTo(LanguageDetector.WELSH);
    }

    @Test
    void englishLetterIsEnglish() {
        assertThat(detector.detect("Dear Sir or Madam, I am writing about my council tax bill for this year. "
                + "I believe the band is wrong and I would like to appeal. Yours faithfully"))
                .isEqualTo(LanguageDetector.ENGLISH);
    }

    @Test
    void emptyTextIsTakenAsEnglish() {
        assertThat(detector.detect("  ")).isEqualTo(LanguageDetector.ENGLISH);
    }
}
