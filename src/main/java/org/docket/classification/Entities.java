package org.docket.classification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docket.document.Entity;
import org.springframework.stereotype.Component;

/**
 * References a service needs to act on a letter, found by their shape and, where a shape alone is
 * ambiguous (an eight-digit number), by the words before it.
 */
@Component
public class Entities {

    /** One kind of reference: the group that holds the value (0 for the whole match). */
    private record Kind(String type, Pattern pattern, int group) {
        Kind(String type, String regex) {
            this(type, Pattern.compile(regex), 0);
        }
    }

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr";

    private static final List<Kind> KINDS = List.of(
            new Kind("postcode", "\\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2}\\b"),
            new Kind("planningReference", "\\b\\d{2}/\\d{4,5}/[A-Z]{2,5}\\b"),
            new Kind("pcn", "\\b[A-Z]{2}\\d{8}\\b"),
            new Kind("businessRatesReference", "\\bN\\d{8}\\b"),
            new Kind("councilTaxAccount", Pattern.compile(
                    "(?i)(?:council tax|treth y cyngor|account|acc\\.?|cyfrif)[^0-9\\n]{0,30}(?<![0-9])(\\d{8})(?![0-9])"), 1),
            new Kind("housingBenefitClaim", "\\bHB\\d{7}\\b"),
            new Kind("uprn", Pattern.compile("(?i)\\bUPRN[:\\s]*(\\d{6,12})\\b"), 1),
            new Kind("nationalInsuranceNumber", "\\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]\\b"),
            new Kind("invoiceNumber", "\\b(?:INV-\\d{4,6}|SI\\d{6})\\b"),
            new Kind("vehicleRegistration", "\\b[A-Z]{2}\\d{2} ?[A-Z]{3}\\b"),
            new Kind("email", "\\b[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\b"),
            new Kind("phone", "(?<!\\d)(0\\d{2,4}[ -]?\\d{3,4}[ -]?\\d{3,4}|\\+44 ?\\d{2,4} ?\\d{3,4} ?\\d{3,4})(?!\\d)"),
            new Kind("money", "£ ?\\d{1,3}(,\\d{3})*(\\.\\d{2})?"),
            new Kind("date", "\\b(\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}(st|nd|rd|th)? (" + MONTHS + ") \\d{4})\\b"));

    public List<Entity> find(String text) {
        Set<Entity> found = new LinkedHashSet<>();
        for (Kind kind : KINDS) {
            Matcher matcher = kind.pattern().matcher(text == null ? "" : text);
            while (matcher.find() && found.size() < 200) {
                found.add(new Entity(kind.type(), matcher.group(kind.group()).strip()));
            }
        }
        return new ArrayList<>(found);
    }
}
