package org.docket.extraction;

import java.util.List;
import org.docket.document.Page;

/** What reading a file gave: its pages, or the reason a person can read for why it could not be read. */
public sealed interface Extraction {

    record Extracted(String mediaType, List<Page> pages) implements Extraction {
        public Extracted {
            pages = List.copyOf(pages);
        }
    }

    record Unreadable(String mediaType, String reason) implements Extraction {
    }
}
