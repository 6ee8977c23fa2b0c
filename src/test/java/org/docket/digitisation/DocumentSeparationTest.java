package org.docket.digitisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.docket.digitisation.DigitisationProperties.Separation;
import org.docket.digitisation.PageReading.Kind;
import org.junit.jupiter.api.Test;

class DocumentSeparationTest {

    private final List<ArchivePages.Outline> pages = new ArrayList<>();

    private void page(String file, int pageInFile, Kind kind) {
        String[] parts = file.split("/");
        pages.add(new ArchivePages.Outline(new ListedPage(pages.size() + 1, parts[0], parts[1], null, file, pageInFile), kind));
    }

    private List<List<Integer>> documents(Separation separation) {
        return DocumentSeparation.of(pages, separation).stream().map(d -> d.pages().stream().map(ListedPage::seq).toList()).toList();
    }

    @Test
    void aSeparatorSheetEndsADocumentAndIsLeftOut() {
        page("b/f/1.png", 1, Kind.PAGE);
        page("b/f/2.png", 1, Kind.BLANK);
        page("b/f/3.png", 1, Kind.SEPARATOR);
        page("b/f/4.png", 1, Kind.PAGE);
        assertThat(documents(Separation.SEPARATOR_SHEET)).containsExactly(List.of(1, 2), List.of(4));
    }

    @Test
    void aBlankPageEndsADocumentWhenBlankPagesSeparate() {
        page("b/f/1.png", 1, Kind.PAGE);
        page("b/f/2.png", 1, Kind.BLANK);
        page("b/f/3.png", 1, Kind.PAGE);
        page("b/f/4.png", 1, Kind.BLANK);
        assertThat(documents(Separation.BLANK_PAGE)).containsExactly(List.of(1), List.of(3));
    }

    @Test
    void eachFileIsADocumentWhenFilesSeparate() {
        page("b/f/a.tif", 1, Kind.PAGE);
        page("b/f/a.tif", 2, Kind.PAGE);
        page("b/f/b.tif", 1, Kind.PAGE);
        assertThat(documents(Separation.FILE)).containsExactly(List.of(1, 2), List.of(3));
    }

    @Test
    void documentsNeverCrossAFolderAndUnreadablePagesAreLeftOut() {
        page("b/f1/1.png", 1, Kind.PAGE);
        page("b/f1/2.png", 1, Kind.FAILED);
        page("b/f2/1.png", 1, Kind.PAGE);
        List<DocumentSeparation.Document> documents = DocumentSeparation.of(pages, Separation.SEPARATOR_SHEET);
        assertThat(documents).extracting(DocumentSeparation.Document::leafFolder).containsExactly("b/f1", "b/f2");
        assertThat(documents).extracting(DocumentSeparation.Document::numberInFolder).containsExactly(1, 1);
        assertThat(documents.getFirst().pages()).extracting(ListedPage::seq).containsExactly(1);
    }
}
