package org.docket.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.docket.document.Entity;
import org.junit.jupiter.api.Test;

class EntitiesTest {

    private final Entities entities = new Entities();

    @Test
    void referencesInALetterAreFound() {
        var found = entities.find("Re: application 24/01234/FUL at 3 Mill Lane, EV4 7QS. PCN EV12345678 for £70.00, "
                + "call 01632 960123 or write to jo.bloggs@example.org by 14/03/2026.");
        assertThat(found).contains(
                new Entity("planningReference", "24/01234/FUL"),
                new Entity("postcode", "EV4 7QS"),
                new Entity("pcn", "EV12345678"),
                new Entity("money", "£70.00"),
                new Entity("phone", "01632 960123"),
                new Entity("email", "jo.bloggs@example.org"),
                new Entity("date", "14/03/2026"));
    }

    @Test
    void accountNumbersAreFoundByTheWordsBeforeThem() {
        var found = entities.find("Council Tax account number: 51234567. My bank account is not the issue. "
                + "Sort code 20-45-12, reference 87654321.");
        assertThat(found).contains(new Entity("councilTaxAccount", "51234567"));
        assertThat(found).doesNotContain(new Entity("councilTaxAccount", "87654321"));
    }

    @Test
    void ukReferencesOfEachServiceAreFound() {
        var found = entities.find("Rates account N12345678. Claim HB1234567. NI number AB 12 34 56 C. UPRN: 100012345678. "
                + "Invoice INV-50252. Vehicle AB12 CDE. Dyddiad: 22 Hydref 2025.");
        assertThat(found).contains(
                new Entity("businessRatesReference", "N12345678"),
                new Entity("housingBenefitClaim", "HB1234567"),
                new Entity("nationalInsuranceNumber", "AB 12 34 56 C"),
                new Entity("uprn", "100012345678"),
                new Entity("invoiceNumber", "INV-50252"),
                new Entity("vehicleRegistration", "AB12 CDE"),
                new Entity("date", "22 Hydref 2025"));
    }
}
