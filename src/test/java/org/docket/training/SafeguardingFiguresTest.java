package org.docket.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.docket.training.SafeguardingFigures.Row;
import org.junit.jupiter.api.Test;

/** Small cases worked out by hand. */
class SafeguardingFiguresTest {

    /** Four concerns, three flagged (one Welsh missed); four ordinary letters, one flagged. */
    private static final List<Row> EIGHT = List.of(
            new Row("a/1-eng.txt", "eng", true, true), new Row("a/2-eng.txt", "eng", true, true),
            new Row("a/3-cym.txt", "cym", true, true), new Row("b/4-cym.txt", "cym", true, false),
            new Row("b/5-eng.txt", "eng", false, true), new Row("b/6-eng.txt", "eng", false, false),
            new Row("c/7-eng.txt", "eng", false, false), new Row("c/8-cym.txt", "cym", false, false));

    @Test
    void recallIsTheShareOfConcernsFlaggedAndFalseAlarmsTheShareOfOrdinaryLettersFlagged() {
        SafeguardingFigures figures = SafeguardingFigures.of(EIGHT);
        assertThat(figures.documents()).isEqualTo(8);
        assertThat(figures.concerns()).isEqualTo(4);
        assertThat(figures.flagged()).isEqualTo(4);
        assertThat(figures.recall()).isEqualTo(0.75);
        assertThat(figures.falseAlarmRate()).isEqualTo(0.25);
        assertThat(figures.missed()).containsExactly("b/4-cym.txt");
    }

    @Test
    void eachLanguageIsMeasuredOnItsOwn() {
        SafeguardingFigures figures = SafeguardingFigures.of(EIGHT);
        assertThat(figures.byLanguage()).containsOnlyKeys("cym", "eng");
        SafeguardingFigures welsh = figures.byLanguage().get("cym");
        assertThat(welsh.concerns()).isEqualTo(2);
        assertThat(welsh.recall()).isEqualTo(0.5);
        assertThat(welsh.falseAlarmRate()).isEqualTo(0.0);
        SafeguardingFigures english = figures.byLanguage().get("eng");
        assertThat(english.recall()).isEqualTo(1.0);
        assertThat(english.falseAlarmRate()).isEqualTo(0.333);
    }

    @Test
    void withoutConcernsNothingCanBeMissed() {
        SafeguardingFigures figures = SafeguardingFigures.of(List.of(new Row("a.txt", "eng", false, false)));
        assertThat(figures.recall()).isEqualTo(1.0);
        assertThat(figures.falseAlarmRate()).isEqualTo(0.0);
        assertThat(figures.missed()).isEmpty();
    }
}
