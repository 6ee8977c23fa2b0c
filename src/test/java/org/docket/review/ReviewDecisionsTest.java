package org.docket.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.docket.TestPaths;
import org.docket.audit.DecisionLog;
import org.docket.classification.Taxonomy;
import org.docket.intake.IntakeRunner;
import org.docket.review.ReviewDecisions.Decision;
import org.docket.review.ReviewDecisions.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reviewer decisions on real intake in H2: recorded, kept as labelled examples, delivered once. */
@SpringBootTest(properties = {"docket.home=./target/test-homes/review-decisions",
        // no lead over the runner-up is ever this large, so every letter waits for a person
        "docket.routing.minimum-margin=1.0"})
class ReviewDecisionsTest {

    static {
        TestPaths.freshHome("review-decisions");
    }

    @Autowired
    IntakeRunner runner;
    @Autowired
    ReviewQueue queue;
    @Autowired
    ReviewDecisions decisions;
    @Autowired
    Corrections corrections;
    @Autowired
    DecisionLog log;
    @Autowired
    JdbcClient jdbc;

    @Test
    void acceptingAndCorrectingRouteOnceAndKeepLabelledExamples() throws Exception {
        Path inbox = Files.createDirectories(TestPaths.project().resolve("target/test-homes/review-decisions/inbox"));
        Files.writeString(inbox.resolve("bins.txt"), "Dear Sir, the bin men have missed our green wheelie bin again this week on Acacia Road. "
                + "Please arrange a collection of the garden waste. Yours, Pat Jones");
        Files.writeString(inbox.resolve("note.txt"), "Hello, please ring me back about the letter I got. Thanks, Sam");
        assertThat(runner.start(List.of(inbox)).review()).isEqualTo(2);
        ReviewQueue.Item bins = item("bins.txt");
        ReviewQueue.Item note = item("note.txt");

        Outcome accepted = decisions.decide(new Decision(bins.documentId(), bins.classification().category(), "pat.mailroom", ""));
        String other = note.classification().category().equals("planning") ? "licensing" : "planning";
        Outcome corrected = decisions.decide(new Decision(note.documentId(), other, "sam.mailroom", "asks about a planning letter"));

        assertThat(accepted.corrected()).isFalse();
        assertThat(corrected.corrected()).isTrue();
        assertThat(corrected.target()).isEqualTo(new Taxonomy().targetOf(other));
        assertThat(queue.size()).isZero();
        assertThat(jdbc.sql("SELECT status FROM document WHERE id = ?").param(note.documentId()).query(String.class).single()).isEqualTo("ROUTED");

        Map<String, Object> delivered = JsonMapper.builder().build().readValue(corrected.delivery().toFile(), new TypeReference<Map<String, Object>>() { });
        assertThat(delivered).containsEntry("category", other).containsEntry("decidedBy", "sam.mailroom").containsEntry("target", corrected.target());
        assertThat(corrected.delivery().getParent().getFileName().toString()).isEqualTo(corrected.target());
        assertThat(jdbc.sql("SELECT target FROM outbox_delivery WHERE document_id = ?").param(note.documentId()).query(String.class).list())
                .containsExactly(corrected.target());

        assertThat(corrections.all()).extracting(Corrections.Correction::documentId, Corrections.Correction::category, Corrections.Correction::reviewer)
                .containsExactlyInAnyOrder(tuple(bins.documentId(), bins.classification().category(), "pat.mailroom"),
                        tuple(note.documentId(), other, "sam.mailroom"));
        assertThat(corrections.all()).filteredOn(c -> c.documentId().equals(bins.documentId())).singleElement()
                .satisfies(c -> assertThat(c.text()).contains("green wheelie bin"));
        assertThat(log.historyOf(note.documentId())).extracting(DecisionLog.Entry::kind, DecisionLog.Entry::actor)
                .containsExactly(tuple("intake", "docket"), tuple("review", "sam.mailroom"));
        assertThat(log.historyOf(note.documentId()).getLast().detail()).contains("corrected", other, "asks about a planning letter");

        // deciding again would deliver twice: refused, with what to do instead
        assertThatThrownBy(() -> decisions.decide(new Decision(note.documentId(), "waste", "pat.mailroom", "second thoughts")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not waiting for review");
        assertThat(corrections.count()).isEqualTo(2);
        try (var files = Files.list(corrected.delivery().getParent())) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith(note.documentId())).count()).isEqualTo(2);
        }
    }

    @Test
    void anUnknownCategoryOrDocumentOrAMissingReasonIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> decisions.decide(new Decision("d-none", "bins", "pat", "x")))
                .hasMessageContaining("'bins' is not a category; choose one of").hasMessageContaining("waste");
        assertThatThrownBy(() -> decisions.decide(new Decision("d-none", "waste", "pat", "x")))
                .hasMessageContaining("There is no document d-none");
        assertThatThrownBy(() -> decisions.decide(new Decision("d-none", "waste", " ", "x")))
                .hasMessageContaining("reviewer's name");
    }

    private ReviewQueue.Item item(String fileName) {
        return queue.waiting(10).stream().filter(i -> i.fileName().equals(fileName)).findFirst().orElseThrow();
    }
}
