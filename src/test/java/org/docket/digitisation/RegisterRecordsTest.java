package org.docket.digitisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegisterRecordsTest {

    @Test
    void aBaptismEntryGivesItsPersonYearAndPlace() {
        RegisterRecords.Found found = RegisterRecords.in("""
                Baptisms in the Parish of Llanbedr in the year 1872
                3 March. Thomas Jones, son of Evan Jones, labourer, of Talybont. Fee £1 10s.
                """);
        assertThat(found.names()).contains("Thomas Jones", "Evan Jones");
        assertThat(found.years()).containsExactly(1872);
        assertThat(found.places()).contains("Llanbedr", "Talybont");
    }

    @Test
    void monthsTitlesAndAmountsAreNotTakenForPlacesOrYears() {
        RegisterRecords.Found found = RegisterRecords.in("Paid on the 4th of March to Mr Hughes 1500/3 and £1872, reference 21872.");
        assertThat(found.places()).isEmpty();
        assertThat(found.years()).isEmpty();
    }
}
