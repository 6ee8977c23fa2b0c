package org.docket.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegibilityTest {

    @Test
    void letterIsLegible() {
        assertThat(Legibility.problem("letter.pdf", "application/pdf", "Dear Sir, my bin was not collected on Monday.")).isEmpty();
    }

    @Test
    void plainTextNoteIsLegible() {
        assertThat(Legibility.problem("note.txt", "text/plain", "Please ring me about my council tax bill.")).isEmpty();
    }

    @Test
    void pdfThatIsOnlyLooseTextIsRefused() {
        assertThat(Legibility.problem("scan.pdf", "text/plain", "1 0 obj<< /Type /XRef trailer startxref lots of words here"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("says it is a PDF file"));
    }

    @Test
    void strayCharactersAreNotALetter() {
        assertThat(Legibility.problem("page.tif", "image/tiff", "1\nThis is aje= | fil"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("almost no legible text (4 words)"));
    }

    @Test
    void blankPageIsRefused() {
        assertThat(Legibility.problem("page.png", "image/png", " \n ")).hasValueSatisfying(reason -> assertThat(reason).contains("blank page"));
    }
}
