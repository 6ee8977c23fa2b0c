package org.docket.digitisation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people, years and places on a register page (baptisms, burials, poor-law relief, rate books),
 * found by their shape: a forename from the registers' usual ones followed by a capitalised surname;
 * a four-digit year from 1500 on; a capitalised place after "of", "at" or "parish of".
 */
final class RegisterRecords {

    /** What a register page names. */
    record Found(List<String> names, List<Integer> years, List<String> places) {
    }

    private static final Set<String> FORENAMES = Set.of(
            "John", "William", "Thomas", "James", "George", "Richard", "Robert", "Henry", "Charles", "Joseph", "Edward", "Samuel",
            "David", "Daniel", "Evan", "Griffith", "Hugh", "Owen", "Rees", "Morgan", "Lewis", "Edwin", "Arthur", "Alfred", "Albert",
            "Frederick", "Walter", "Francis", "Peter", "Benjamin", "Isaac", "Jacob", "Matthew", "Michael", "Stephen", "Philip",
            "Mary", "Elizabeth", "Ann", "Anne", "Sarah", "Jane", "Margaret", "Catherine", "Ellen", "Eleanor", "Alice", "Emma",
            "Martha", "Hannah", "Susannah", "Esther", "Harriet", "Emily", "Edith", "Florence", "Gwen", "Gwenllian", "Agnes",
            "Frances", "Louisa", "Charlotte", "Caroline", "Rebecca", "Rachel", "Ruth", "Lydia", "Dorothy", "Maria", "Eliza");
    private static final Pattern NAME = Pattern.compile("\\b(?:" + String.join("|", FORENAMES) + ")(?: [A-Z][a-z]+){1,2}\\b");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/£.])(1[5-9]\\d\\d|20[0-4]\\d)(?![\\d/])");
    private static final Pattern PLACE = Pattern.compile("\\b(?:[Pp]arish of|of|at|in) ((?:[A-Z][a-z]+)(?:[- ](?:on|upon|under|[A-Z][a-z]+)){0,2})");
    private static final Set<String> NOT_PLACES = Set.of("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "The", "This", "That", "His", "Her", "Their", "Mr", "Mrs", "Miss",
            "Council", "Parish", "Said", "Which", "Whom", "Age", "Abode");

    private RegisterRecords() {
    }

    static Found in(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher name = NAME.matcher(text);
        while (name.find() && names.size() < 200) {
            names.add(name.group());
        }
        Set<Integer> years = new LinkedHashSet<>();
        Matcher year = YEAR.matcher(text);
        while (year.find() && years.size() < 200) {
            years.add(Integer.parseInt(year.group(1)));
        }
        Set<String> places = new LinkedHashSet<>();
        Matcher place = PLACE.matcher(text);
        while (place.find() && places.size() < 200) {
            String value = place.group(1);
            String first = value.split("[- ]")[0];
            if (!NOT_PLACES.contains(first) && !FORENAMES.contains(first)) {
                places.add(value);
            }
        }
        return new Found(List.copyOf(names), List.copyOf(years), List.copyOf(places));
    }
}
