package org.docket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.docket.CharacterErrorRate;
import org.docket.TestPaths;
import org.docket.document.Fingerprint;
import org.docket.digitisation.PdfaValidation;
import org.docket.digitisation.TestCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * ./docket digitise over a small collection drawn for the test (register pages, a blank page, a
 * separator sheet with a barcode and one with a patch code, a multi-page TIFF, an image-only PDF) and one real scan lying on its side: the
 * archival copies of every document, their checksums, PDF/A validity, the search for a person in a
 * year, and the same command again doing nothing twice.
 */
class DigitiseCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Path home;
    private static Path collection;
    private static Path out;
    private static CommandRun first;

    @BeforeAll
    static void digitise() throws Exception {
        home = TestPaths.freshHome("digitise-command");
        collection = home.resolve("Llanbedr");
        out = home.resolve("archive");
        List<String> firstPage = new ArrayList<>(List.of("Baptisms in the Parish of Llanbedr"));
        firstPage.addAll(TestCollection.entries(1, 8));
        TestCollection.png(TestCollection.page(firstPage), collection.resolve("box-01/folder-01/0001.png"));
        TestCollection.png(TestCollection.blank(), collection.resolve("box-01/folder-01/0002.png"));
        TestCollection.png(TestCollection.separator("DOCKET SEPARATOR"), collection.resolve("box-01/folder-01/0003.png"));
        TestCollection.png(TestCollection.stamped(TestCollection.page(TestCollection.entries(9, 8))),
                collection.resolve("box-01/folder-01/0004.png"));
        TestCollection.tiff(List.of(TestCollection.page(TestCollection.entries(17, 6)), TestCollection.page(TestCollection.entries(23, 6))),
                collection.resolve("box-01/folder-02/register.tif"));
        TestCollection.png(TestCollection.patch("NWNW", true), collection.resolve("box-01/folder-02/separator.png"));
        TestCollection.png(TestCollection.scribble(7), collection.resolve("box-01/folder-02/spoilt.png"));
        TestCollection.pdf(List.of(TestCollection.page(List.of("Traffic Regulation Order 1962", "No waiting at any time",
                "High Street, Harlech"))), collection.resolve("box-02/folder-01/order.pdf"));
        Files.copy(TestPaths.testdata().resolve("ocr/phototest-rotated-R.png"), collection.resolve("box-02/folder-01/rotated.png"));
        first = CommandRun.of("digitise", collection.toString(), "--collection", "Llanbedr registers", "--out", out.toString(),
                "--home", home.toString(), "--json");
    }

    @Test
    void everyPageIsReadAndPutIntoItsDocument() {
        assertThat(first.exit()).as(first.err()).isZero();
        Map<String, Object> summary = first.json();
        assertThat(summary).containsEntry("status", "COMPLETED").containsEntry("pages", 10).containsEntry("pagesRead", 10)
                .containsEntry("blankPages", 1).containsEntry("separatorSheets", 2).containsEntry("failedPages", 0)
                .containsEntry("documents", 5);
        assertThat(out.resolve("box-01/folder-01/document-001")).isDirectory();
        assertThat(out.resolve("box-01/folder-01/document-002")).isDirectory();
        assertThat(out.resolve("box-01/folder-02/document-001")).isDirectory();
        assertThat(out.resolve("box-01/folder-02/document-002")).as("the patch T sheet ends the register").isDirectory();
        assertThat(out.resolve("box-02/folder-01/document-001")).isDirectory();
        assertThat(out.resolve(".docket-work")).doesNotExist();
    }

    @Test
    void eachDocumentHasItsArchivalFilesWithTheirChecksums() throws Exception {
        for (Path manifestFile : manifests()) {
            Map<String, Object> manifest = JSON.readValue(Files.readString(manifestFile), new TypeReference<Map<String, Object>>() { });
            assertThat(manifest).containsEntry("collection", "Llanbedr registers").containsEntry("ocrEngine", "Tesseract")
                    .containsKeys("ocrEngineVersion", "languages", "meanConfidence");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> files = (List<Map<String, Object>>) manifest.get("files");
            assertThat(files).extracting(file -> ((String) file.get("name")).replaceFirst("^document-\\d+", ""))
                    .containsExactly(".pdf", ".alto.xml", ".hocr", ".txt", ".mets.xml");
            for (Map<String, Object> file : files) {
                assertThat(Fingerprint.sha256(manifestFile.resolveSibling((String) file.get("name")))).isEqualTo(file.get("sha256"));
            }
            int pages = (Integer) manifest.get("pageCount");
            Path folder = manifestFile.getParent();
            String name = folder.getFileName().toString();
            var xml = DocumentBuilderFactory.newInstance();
            xml.setNamespaceAware(true);
            xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            assertThat(xml.newDocumentBuilder().parse(folder.resolve(name + ".alto.xml").toFile()).getElementsByTagNameNS("*", "Page").getLength())
                    .isEqualTo(pages);
            assertThat(xml.newDocumentBuilder().parse(folder.resolve(name + ".mets.xml").toFile())
                    .getElementsByTagNameNS("http://www.loc.gov/METS/", "file").getLength()).isEqualTo(4);
            try (PDDocument pdf = Loader.loadPDF(folder.resolve(name + ".pdf").toFile())) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(pages);
            }
        }
    }

    @Test
    void thePdfsAreValidPdfA2bWithTheirTextSearchable() throws Exception {
        for (Path manifest : manifests()) {
            Path pdf = manifest.resolveSibling(manifest.getParent().getFileName() + ".pdf");
            assertThat(PdfaValidation.failures(pdf)).as(pdf.toString()).isEmpty();
        }
        try (PDDocument pdf = Loader.loadPDF(out.resolve("box-01/folder-01/document-001/document-001.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Llanbedr", "Mary Evans", "1851");
        }
    }

    @Test
    void aPageScannedInColourKeepsItsColourInTheArchivalPdf() throws Exception {
        assertThat(pageImageColours("box-01/folder-01/document-002/document-002.pdf")).as("the stamped page").isEqualTo(3);
        assertThat(pageImageColours("box-01/folder-01/document-001/document-001.pdf")).as("a black and white page").isEqualTo(1);
    }

    /** The colour components of the first page's scan in an archival PDF. */
    private static int pageImageColours(String pdfFile) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(out.resolve(pdfFile).toFile())) {
            var resources = pdf.getPage(0).getResources();
            var image = (org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) resources.getXObject(resources.getXObjectNames().iterator().next());
            return image.getColorSpace().getNumberOfComponents();
        }
    }

    @Test
    void aPageScannedOnItsSideIsTurnedUprightBeforeItIsRead() throws Exception {
        String text = Files.readString(out.resolve("box-02/folder-01/document-001/document-001.txt"), StandardCharsets.UTF_8);
        String rotated = text.substring(text.indexOf('\f') + 1);
        String truth = Files.readString(TestPaths.testdata().resolve("ocr/phototest-rotated-R.gt.txt"));
        assertThat(CharacterErrorRate.of(rotated, truth)).isLessThan(0.1);
        assertThat(text).contains("Traffic Regulation Order 1962");
    }

    @Test
    void anOfficerFindsAPersonInAYearWithTheBoxAndFolder() {
        CommandRun found = CommandRun.of("search", "name:\"Mary Evans\" year:1851", "--home", home.toString(), "--json");
        assertThat(found.exit()).as(found.err()).isZero();
        assertThat(found.json()).containsEntry("total", 1);
        assertThat(found.out()).contains("box-01").contains("folder-01").contains("0001.png");
        // she is baptised on three pages, ten years apart
        CommandRun later = CommandRun.of("search", "name:\"Mary Evans\" year:1861", "--home", home.toString(), "--json");
        assertThat(later.json()).containsEntry("total", 1);
        assertThat(later.out()).contains("0004.png");
        CommandRun never = CommandRun.of("search", "name:\"Mary Evans\" year:1899", "--home", home.toString(), "--json");
        assertThat(never.json()).containsEntry("total", 0);
        CommandRun place = CommandRun.of("search", "place:Talybont box:box-01 folder:folder-02", "--home", home.toString(), "--json");
        assertThat(place.json().get("total")).isEqualTo(2);
    }

    @Test
    void aSpoiltPageGoesOnTheRescanListAndTheSeparatorAndBlankPagesDoNot() throws Exception {
        List<String> rows = Files.readAllLines(out.resolve("rescan.csv"));
        assertThat(rows.getFirst()).isEqualTo("file,page,box,folder,confidence,dictionary_share,reason");
        assertThat(rows).anyMatch(row -> row.startsWith("\"box-01/folder-02/spoilt.png\",1,\"box-01\",\"folder-02\","));
        assertThat(String.join("\n", rows)).doesNotContain("0002.png", "0003.png", "0001.png", "separator.png");
    }

    @Test
    void theSameCommandAgainReadsNothingAndWritesNothingTwice() throws Exception {
        Map<Path, String> before = checksums();
        CommandRun again = CommandRun.of("digitise", collection.toString(), "--collection", "Llanbedr registers", "--out", out.toString(),
                "--home", home.toString(), "--json");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.json()).containsEntry("jobInstanceId", first.json().get("jobInstanceId")).containsEntry("documents", 5);
        assertThat(checksums()).isEqualTo(before);
    }

    @Test
    void aMissingFolderIsASentenceNotAStackTrace() {
        CommandRun run = CommandRun.of("digitise", home.resolve("no-such-box").toString(), "--collection", "x", "--home", home.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("There is no folder at").doesNotContain("Exception");
    }

    private static List<Path> manifests() throws Exception {
        try (Stream<Path> walk = Files.walk(out)) {
            List<Path> found = walk.filter(path -> path.getFileName().toString().equals("manifest.json")).sorted().toList();
            assertThat(found).hasSize(5);
            return found;
        }
    }

    private static Map<Path, String> checksums() throws Exception {
        Map<Path, String> sums = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(path -> !path.endsWith("rescan.csv")).toList()) {
                sums.put(file, Fingerprint.sha256(file) + Files.getLastModifiedTime(file));
            }
        }
        return sums;
    }
}
