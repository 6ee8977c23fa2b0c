package org.docket.training.corpus;

/**
 * One piece of generated council post: its true category, language, whether it carries a
 * safeguarding concern, a short title (what a mailroom clerk would call it) and the full text.
 *
 * @param category    a category id from taxonomy.yml
 * @param language    "eng" or "cym" (ISO 639-3, as OpenNLP's language detector names them)
 * @param safeguarding true when the text describes a risk of harm that a person must see first
 * @param title       a short description, for example "Missed bin collection, Acacia Road"
 * @param text        the body as it would be printed or typed, paragraphs separated by blank lines
 * @param concern     the sentence that carries the safeguarding concern, as written before any
 *                    misspelling the sender adds; null when there is none
 */
public record GeneratedLetter(String category, String language, boolean safeguarding, String title, String text, String concern) {
}
