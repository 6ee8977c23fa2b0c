package org.docket.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.docket.TestPaths;
import org.docket.document.Entity;
import org.docket.system.DocketProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The archive index on a real Lucene directory: what people type finds what they mean, and only what they may see. */
class ArchiveIndexTest {

    private static ArchiveIndex index;
    private static final Access EVERYTHING = Access.everything("archivist");

    @BeforeAll
    static void indexSomePostAndAnArchiveBox() throws IOException {
        index = open(TestPaths.freshHome("archive-index"));
        index.upsert(post("ctax-1", "council-tax", "eng", "2026-01-12",
                List.of("Dear Sir, my Council Tax bill for 14 Mill Lane is wrong.", "I enclose my tenancy agreement."),
                List.of(new Entity("postcode", "EV4 7QS"))));
        index.upsert(post("ctax-ocr", "council-tax", "eng", "2026-02-03",
                List.of("Re: Counci1 Tax arrears and a summons for EV9 2AB."), List.of(new Entity("postcode", "EV9 2AB"))));
        index.upsert(post("bins-1", "waste", "eng", "2026-03-20",
                List.of("The bin collection missed our street again.", "Second page: the recycling was left too."), List.of()));
        index.upsert(post("plan-1", "planning", "eng", "2025-11-02",
                List.of("I object to planning application 25/01234/FUL for an extension at 3 Oak Road."),
                List.of(new Entity("planningReference", "25/01234/FUL"))));
        index.upsert(post("treth-1", "council-tax", "cym", "2026-01-20",
                List.of("Annwyl Syr, rwy'n ysgrifennu am fy nhreth gyngor a'r gostyngiad i berson sengl."), List.of()));
        index.upsert(new ArchiveEntry("parish-1", "Baptisms 1889-1891, page 4", null, "routed", null, "eng", "Parish records",
                "Box 3", "Folder 1", LocalDate.parse("1890-05-04"),
                List.of("Baptism of Mary Ann Hughes, daughter of John Hughes, labourer."), List.of(), List.of("Mary Ann Hughes", "John Hughes")));
        index.commit();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void everyWordMustAppearAndPhrasesKeepTheirOrder() {
        assertThat(ids("bill wrong")).containsExactly("ctax-1");
        assertThat(ids("\"bin collection\"")).containsExactly("bins-1");
        assertThat(ids("\"collection bin\"")).isEmpty();
        assertThat(ids("recycling OR tenancy")).containsExactlyInAnyOrder("bins-1", "ctax-1");
        assertThat(ids("council NOT arrears")).containsExactly("ctax-1");
    }

    @Test
    void aMisreadWordFindsItsCorrectSpellingAndTheOtherWayRound() {
        assertThat(ids("\"Council Tax\"")).contains("ctax-1", "ctax-ocr");
        assertThat(ids("\"Counci1 Tax\"")).contains("ctax-1", "ctax-ocr");
        assertThat(ids("C0uncil")).contains("ctax-1", "ctax-ocr");
    }

    @Test
    void fieldFiltersAndRangesNarrowTheSearch() {
        assertThat(ids("category:council-tax")).containsExactlyInAnyOrder("ctax-1", "ctax-ocr", "treth-1");
        assertThat(ids("tax category:council-tax language:eng")).containsExactlyInAnyOrder("ctax-1", "ctax-ocr");
        assertThat(ids("collection:\"parish records\"")).containsExactly("parish-1");
        assertThat(ids("date:[2026-01-01 TO 2026-01-31]")).containsExactlyInAnyOrder("ctax-1", "treth-1");
        assertThat(ids("year:[1800 TO 1899]")).containsExactly("parish-1");
        assertThat(ids("year:2025")).containsExactly("plan-1");
    }

    @Test
    void aReferenceFindsItsLetterHoweverItIsTyped() {
        assertThat(ids("ev47qs")).containsExactly("ctax-1");
        assertThat(ids("EV9 2AB")).containsExactly("ctax-ocr");
        assertThat(ids("25/01234/FUL")).containsExactly("plan-1");
    }

    @Test
    void aPersonAndAYearFindARegisterEntry() {
        assertThat(ids("Hughes year:1890")).containsExactly("parish-1");
        assertThat(ids("name:\"Mary Ann Hughes\"")).containsExactly("parish-1");
    }

    @Test
    void welshIsSearchedAsWelsh() {
        assertThat(ids("treth gyngor")).containsExactly("treth-1");
        assertThat(ids("rwyn")).isEmpty();
        assertThat(ids("gostyngiad")).containsExactly("treth-1");
    }

    @Test
    void snippetsMarkTheWordsAndComeFromThePageTheyAreOn() {
        SearchResults found = index.search(SearchRequest.of("recycling", EVERYTHING));
        assertThat(found.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.page()).isEqualTo(2);
            assertThat(hit.highlights()).singleElement().asString().contains("<mark>recycling</mark>");
        });
        SearchResults misread = index.search(SearchRequest.of("\"Council Tax\" arrears", EVERYTHING));
        assertThat(misread.hits()).singleElement().satisfies(hit ->
                assertThat(hit.highlights().getFirst()).contains("<mark>Counci1</mark>").contains("<mark>arrears</mark>"));
    }

    @Test
    void facetsCountWhatWasFoundAndOnlyWhatThePersonMaySee() {
        SearchResults all = index.search(SearchRequest.of("", EVERYTHING));
        assertThat(all.total()).isEqualTo(6);
        assertThat(all.facets().get(IndexFields.CATEGORY)).contains(new SearchResults.FacetCount("council-tax", 3));
        assertThat(all.facets().get(IndexFields.COLLECTION)).contains(new SearchResults.FacetCount("Parish records", 1));
        assertThat(all.facets().get(IndexFields.YEAR)).contains(new SearchResults.FacetCount("2026", 4));

        SearchResults officer = index.search(SearchRequest.of("", Access.only("planner", Set.of("planning", "waste"))));
        assertThat(officer.total()).isEqualTo(2);
        assertThat(officer.facets().get(IndexFields.CATEGORY)).extracting(SearchResults.FacetCount::value)
                .containsExactlyInAnyOrder("planning", "waste");
        assertThat(index.search(SearchRequest.of("council", Access.only("planner", Set.of("planning")))).total()).isZero();
        assertThat(index.search(SearchRequest.of("", Access.only("nobody", Set.of()))).total()).isZero();
    }

    @Test
    void resultsSortByDateAndPageThrough() {
        Access access = EVERYTHING;
        List<String> newest = index.search(new SearchRequest("", access, SearchRequest.Order.NEWEST, 0, 3)).hits().stream()
                .map(SearchResults.Hit::documentId).toList();
        assertThat(newest).containsExactly("bins-1", "ctax-ocr", "treth-1");
        List<String> next = index.search(new SearchRequest("", access, SearchRequest.Order.NEWEST, 3, 3)).hits().stream()
                .map(SearchResults.Hit::documentId).toList();
        assertThat(next).containsExactly("ctax-1", "plan-1", "parish-1");
        assertThat(index.search(new SearchRequest("", access, SearchRequest.Order.OLDEST, 0, 1)).hits().getFirst().documentId())
                .isEqualTo("parish-1");
    }

    @Test
    void moreLikeThisFindsTheOtherCouncilTaxLetters() {
        SearchResults like = index.moreLikeThis("ctax-1", SearchRequest.of("", Access.only("revenues", Set.of("council-tax", "waste"))));
        assertThat(like.hits()).extracting(SearchResults.Hit::documentId).doesNotContain("ctax-1", "plan-1").first().isEqualTo("ctax-ocr");
    }

    @Test
    void reIndexingADocumentReplacesIt() throws IOException {
        index.upsert(post("bins-1", "waste", "eng", "2026-03-20", List.of("The bin collection missed our street again."), List.of()));
        index.commit();
        assertThat(index.count()).isEqualTo(6);
        assertThat(ids("recycling")).isEmpty();
        index.upsert(post("bins-1", "waste", "eng", "2026-03-20",
                List.of("The bin collection missed our street again.", "Second page: the recycling was left too."), List.of()));
        index.commit();
    }

    @Test
    void aSearchDocketCannotReadSaysHowToWriteIt() {
        assertThatThrownBy(() -> index.search(SearchRequest.of("\"council tax", EVERYTHING)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("check its quotes");
        assertThatThrownBy(() -> index.search(SearchRequest.of("date:[last TO week]", EVERYTHING)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date:[2026-01-01 TO 2026-03-31]");
    }

    private static List<String> ids(String query) {
        return index.search(new SearchRequest(query, EVERYTHING, SearchRequest.Order.RELEVANCE, 0, 50)).hits().stream()
                .map(SearchResults.Hit::documentId).toList();
    }

    static ArchiveEntry post(String id, String category, String language, String date, List<String> pages, List<Entity> entities) {
        return new ArchiveEntry(id, id + ".pdf", category, "routed", category + "-system", language, ArchiveEntry.POST, null, null,
                LocalDate.parse(date), pages, entities, List.of());
    }

    static ArchiveIndex open(Path home) throws IOException {
        DocketProperties properties = new DocketProperties(home, Path.of("models"), new DocketProperties.Intake(
                DataSize.ofMegabytes(50), 200, 60_000_000, Duration.ofSeconds(120), 8, 2,
                DocketProperties.Isolation.IN_PROCESS, DataSize.ofGigabytes(1)));
        return new ArchiveIndex(properties);
    }
}
