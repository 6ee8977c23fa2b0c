package org.docket.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.docket.SampleLabels;
import org.docket.TestPaths;
import org.docket.search.Access;
import org.docket.search.ArchiveIndex;
import org.docket.search.SearchRequest;
import org.docket.search.SearchResults;
import org.docket.training.LabelledAccuracy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The intake job end to end on the committed sample post, with real Tika, Tesseract, OpenNLP, Lucene and H2. */
@SpringBootTest(properties = "docket.home=./target/test-homes/intake-sample-docs")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeSampleDocsTest {

    static {
        TestPaths.freshHome("intake-sample-docs");
    }

    @Autowired
    IntakeRunner runner;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ArchiveIndex index;
    @Autowired
    LabelledAccuracy accuracy;

    private final SampleLabels labels = SampleLabels.read();
    private final Path post = TestPaths.sampleDocs().resolve("post");
    private final Path home = TestPaths.project().resolve("target/test-homes/intake-sample-docs");
    private IntakeSummary summary;

    @BeforeAll
    void takeInTheSamplePost() throws Exception {
        summary = runner.start(List.of(post));
    }

    @Test
    void everySampleDocumentIsAccountedFor() throws IOException {
        long files;
        try (Stream<Path> walk = Files.list(post)) {
            files = walk.filter(Files::isRegularFile).count();
        }
        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(summary.documents()).isEqualTo(files).isEqualTo(labels.labels().size());
        assertThat(summary.autoRouted() + summary.review() + summary.duplicates() + summary.quarantined()).isEqualTo(summary.documents());
        assertThat(summary.autoRouted()).isPositive();
        assertThat(summary.review()).isPositive();
    }

    @Test
    void brokenFilesAndOnlyThoseAreQuarantinedWithAReason() {
        assertThat(summary.quarantinedFiles()).extracting(IntakeSummary.QuarantinedFile::file)
                .containsExactlyInAnyOrderElementsOf(labels.broken().stream().map(SampleLabels.Label::file).toList());
        assertThat(summary.quarantinedFiles()).allSatisfy(file -> assertThat(file.reason()).isNotBlank());
        Path quarantine = home.resolve("quarantine");
        assertThat(quarantine.toFile().list((dir, name) -> name.endsWith(".reason.txt"))).hasSize((int) summary.quarantined());
    }

    @Test
    void theDuplicateIsLinkedToItsFirstCopyAndNotProcessedAgain() {
        assertThat(summary.duplicates()).isEqualTo(1);
        Map<String, Object> duplicate = jdbc.sql("SELECT * FROM document WHERE status = 'DUPLICATE'").query().singleRow();
        String firstCopy = (String) duplicate.get("DUPLICATE_OF");
        assertThat(jdbc.sql("SELECT sha256 FROM document WHERE id = ?").param(firstCopy).query(String.class).single())
                .isEqualTo(duplicate.get("SHA256"));
        assertThat(duplicate.get("PAGE_COUNT")).isEqualTo(0);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM classification WHERE document_id = ?").param(duplicate.get("ID")).query(Long.class).single()).isZero();
        assertThat(index.contains((String) duplicate.get("ID"))).isFalse();
    }

    @Test
    void eachAutoRoutedDocumentIsInItsTargetsOutboxOnce() throws IOException {
        Map<String, String> targets = jdbc.sql("""
                SELECT d.id, r.target FROM document d JOIN routing_decision r ON r.document_id = d.id WHERE d.status = 'ROUTED'""")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(targets).hasSize((int) summary.autoRouted());
        List<Path> deliveries;
        try (Stream<Path> walk = Files.walk(home.resolve("outbox"))) {
            deliveries = walk.filter(path -> path.toString().endsWith(".json")).toList();
        }
        assertThat(deliveries).hasSize(targets.size());
        targets.forEach((id, target) -> assertThat(home.resolve("outbox").resolve(target).resolve(id + ".json")).isRegularFile());
        assertThat(summary.autoRoutedByTarget().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(summary.autoRouted());
    }

    @Test
    void routedAndReviewedDocumentsAreSearchable() {
        assertThat(index.count()).isEqualTo(summary.autoRouted() + summary.review());
        SearchResults bins = index.search(SearchRequest.of("collection", Access.everything("test")));
        assertThat(bins.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.highlights()).anyMatch(s -> s.contains("<mark>")));
    }

    @Test
    void safeguardingLettersAreFlaggedAndWaitForAPerson() {
        List<String> concerning = labels.labels().stream().filter(SampleLabels.Label::safeguarding).map(SampleLabels.Label::file).toList();
        assertThat(concerning).isNotEmpty();
        for (String file : concerning) {
            // a duplicate is not read again: its first copy carries the flag
            String id = jdbc.sql("SELECT COALESCE(duplicate_of, id) FROM document WHERE file_name = ?").param(file).query(String.class).single();
            Map<String, Object> row = jdbc.sql("SELECT status, safeguarding FROM document WHERE id = ?").param(id).query().singleRow();
            assertThat(row.get("SAFEGUARDING")).as(file).isEqualTo(true);
            assertThat(row.get("STATUS")).as(file).isEqualTo("REVIEW");
        }
    }

    @Test
    void welshLettersAreRecognisedAsWelsh() {
        List<String> welsh = labels.labels().stream().filter(label -> label.language().equals("cym")).map(SampleLabels.Label::file).toList();
        assertThat(welsh).hasSizeGreaterThanOrEqualTo(3);
        for (String file : welsh) {
            assertThat(jdbc.sql("SELECT language FROM document WHERE file_name = ?").param(file).query(String.class).single())
                    .as(file).isEqualTo("cym");
        }
    }

    @Test
    void classificationIsAtLeast85PercentRightAgainstTheLabels() throws IOException {
        LabelledAccuracy.Result result = accuracy.of(summary.jobInstanceId(), TestPaths.sampleDocs().resolve("labels.tsv"));
        assertThat(result.labelled()).isEqualTo(labels.labels().size() - labels.broken().size());
        assertThat(result.accuracy()).as("misclassified: %s", result.misses()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void everyDocumentHasItsMachineDecisionRecorded() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM decision_record WHERE kind = 'intake'").query(Long.class).single())
                .isEqualTo(summary.documents());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM classification").query(Long.class).single())
                .isEqualTo(summary.autoRouted() + summary.review());
    }

    @Test
    void referencesAreRecordedAndFindTheirLetters() {
        long read = summary.autoRouted() + summary.review();
        long withReferences = jdbc.sql("SELECT COUNT(DISTINCT document_id) FROM entity").query(Long.class).single();
        assertThat(withReferences).isGreaterThanOrEqualTo(read * 8 / 10);
        Map<String, Object> postcode = jdbc.sql("""
                SELECT e.document_id, e.entity_value FROM entity e JOIN document d ON d.id = e.document_id
                WHERE e.entity_type = 'postcode' AND d.status IN ('ROUTED', 'REVIEW') ORDER BY e.document_id FETCH FIRST 1 ROWS ONLY""")
                .query().singleRow();
        String typedCasually = ((String) postcode.get("ENTITY_VALUE")).toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        // a postcode many letters share (the council's own) finds more than one page of results: ask for them all
        assertThat(index.search(new SearchRequest(typedCasually, Access.everything("test"), SearchRequest.Order.RELEVANCE, 0, 100)).hits())
                .extracting(SearchResults.Hit::documentId).contains((String) postcode.get("DOCUMENT_ID"));
    }

    @Test
    void takingInTheSameInboxAgainDoesNothingTwice() throws Exception {
        long deliveries = jdbc.sql("SELECT COUNT(*) FROM outbox_delivery").query(Long.class).single();
        IntakeSummary again = runner.start(List.of(post));
        assertThat(again.status()).isEqualTo("COMPLETED");
        assertThat(again.documents()).isZero();
        assertThat(again.alreadyTakenIn()).isEqualTo(summary.documents());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_delivery").query(Long.class).single()).isEqualTo(deliveries);
    }
}
