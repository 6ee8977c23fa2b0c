package org.docket.digitisation;

import java.util.ArrayList;
import java.util.List;

/**
 * Where one document ends and the next begins, worked out from what each page turned out to be: a
 * pure function, so a restart puts the same pages into the same documents. Documents never cross a
 * folder; separator sheets and pages that could not be read are left out of every document.
 */
final class DocumentSeparation {

    /** One document: its number in the run, its place in that folder, and its pages in order. */
    record Document(int number, String leafFolder, int numberInFolder, List<ListedPage> pages) {

        int firstSeq() {
            return pages.getFirst().seq();
        }

        int lastSeq() {
            return pages.getLast().seq();
        }
    }

    private DocumentSeparation() {
    }

    static List<Document> of(List<ArchivePages.Outline> pages, DigitisationProperties.Separation separation) {
        List<Document> documents = new ArrayList<>();
        List<ListedPage> current = new ArrayList<>();
        String folder = null;
        String file = null;
        int inFolder = 0;
        for (ArchivePages.Outline outline : pages) {
            ListedPage page = outline.page();
            boolean newFolder = !page.leafFolder().equals(folder);
            boolean newFile = !page.sourceFile().equals(file);
            boolean ends = switch (outline.kind()) {
                case SEPARATOR -> true;
                case BLANK -> separation == DigitisationProperties.Separation.BLANK_PAGE;
                default -> false;
            };
            if (newFolder || ends || (newFile && separation == DigitisationProperties.Separation.FILE)) {
                if (!current.isEmpty()) {
                    documents.add(new Document(documents.size() + 1, folder, ++inFolder, List.copyOf(current)));
                    current.clear();
                }
            }
            if (newFolder) {
                inFolder = 0;
                folder = page.leafFolder();
            }
            file = page.sourceFile();
            if (!ends && outline.kind() != PageReading.Kind.FAILED) {
                current.add(page);
            }
        }
        if (!current.isEmpty()) {
            documents.add(new Document(documents.size() + 1, folder, ++inFolder, List.copyOf(current)));
        }
        return documents;
    }
}
