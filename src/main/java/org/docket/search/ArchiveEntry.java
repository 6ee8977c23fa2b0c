package org.docket.search;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.docket.document.Document;
import org.docket.document.Entity;
import org.docket.document.Page;

/**
 * What the archive index knows of one document, whether it came in as post or from a digitised box.
 *
 * @param documentId the document's id
 * @param title      what people see as its name
 * @param category   category id, null when it has none (an archive page)
 * @param status     where it stands: routed, review
 * @param target     the line-of-business system, null when none
 * @param language   eng or cym
 * @param collection "post" for intake, the collection's name for digitised pages
 * @param box        archive box, null for post
 * @param folder     archive folder, null for post
 * @param date       the document's date (received, or of the record)
 * @param pages      each page's text, in order
 * @param entities   the references found in it
 * @param names      names of people found in it
 * @param item       archive item within the folder, null when none
 * @param pageNumber a digitised page's number in its scan file, null for whole documents
 * @param years      years named in it (register entries), besides its date
 * @param places     places named in it
 */
public record ArchiveEntry(String documentId, String title, String category, String status, String target,
                           String language, String collection, String box, String folder, LocalDate date,
                           List<String> pages, List<Entity> entities, List<String> names,
                           String item, Integer pageNumber, List<Integer> years, List<String> places) {

    /** The collection every piece of post belongs to. */
    public static final String POST = "post";

    public ArchiveEntry {
        pages = List.copyOf(pages);
        entities = List.copyOf(entities);
        names = List.copyOf(names);
        years = List.copyOf(years);
        places = List.copyOf(places);
    }

    /** An entry without archive item, page number, years or places: a piece of post. */
    public ArchiveEntry(String documentId, String title, String category, String status, String target, String language,
                        String collection, String box, String folder, LocalDate date, List<String> pages, List<Entity> entities,
                        List<String> names) {
        this(documentId, title, category, status, target, language, collection, box, folder, date, pages, entities, names,
                null, null, List.of(), List.of());
    }

    public static ArchiveEntry of(Document document) {
        return new ArchiveEntry(document.id(), document.fileName(),
                document.classification() == null ? null : document.classification().category(),
                document.status().name().toLowerCase(Locale.ROOT),
                document.routing() == null ? null : document.routing().target(),
                document.language(), POST, null, null,
                LocalDate.ofInstant(document.receivedAt(), ZoneOffset.UTC),
                document.pages().stream().map(Page::text).toList(), document.entities(), List.of());
    }
}
