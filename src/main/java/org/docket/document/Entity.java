package org.docket.document;

/**
 * A reference found in a document that the receiving service needs: a postcode, an account number,
 * a penalty charge notice, a planning reference, a date, an amount.
 *
 * @param type  what it is, in camelCase ("postcode", "councilTaxAccount", "pcn" …)
 * @param value as written in the document
 */
public record Entity(String type, String value) {
}
