package org.docket.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void wordsOfOneStemShareItAndLongWordsAreAlsoKeptWhole() {
        assertThat(Tokens.stemsAndEntities("collected collection collecting bins").terms())
                .containsExactly("collec", "collec", "collec", "bins", "=collected", "=collection", "=collecting");
    }

    @Test
    void welshMutationsAreFoldedSoCaisAndNghaisMatch() {
        assertThat(Tokens.stem("nghais")).isEqualTo(Tokens.stem("cais"));
        assertThat(Tokens.stem("mhlentyn")).isEqualTo(Tokens.stem("plentyn"));
        assertThat(Tokens.stem("nhreth")).isEqualTo(Tokens.stem("treth"));
    }

    @Test
    void referencesAddOneTermForTheirKindShownByName() {
        Tokens.Terms terms = Tokens.stemsAndEntities("Penalty charge notice EV12345678 and again EV87654321, postcode EV4 7QT.");
        assertThat(terms.terms()).containsOnlyOnce("#pcn").contains("#postcode");
        assertThat(terms.shown().get("#pcn")).isEqualTo("[pcn]");
    }

    @Test
    void eachStemIsShownAsTheFirstWordItCameFrom() {
        Tokens.Terms terms = Tokens.stemsAndEntities("The bins were collected late; collection is weekly.");
        assertThat(terms.shown().get("collec")).isEqualTo("collected");
    }

    @Test
    void theFirstVersionsWordsAreUnchanged() {
        assertThat(Tokens.of("Planning ref 25/01234/FUL, I've objected.")).containsExactly("planning", "ref", "00/00000/ful", "i've", "objected");
    }
}
