package org.docket.review;

import java.util.Comparator;
import java.util.List;
import org.docket.document.Entity;
import org.springframework.web.util.HtmlUtils;

/** A page's text as HTML with the references found in it marked, so a reviewer sees at once what the service will get. */
final class EntityMarks {

    private EntityMarks() {
    }

    static String mark(String text, List<Entity> entities) {
        String html = HtmlUtils.htmlEscape(text == null ? "" : text);
        // longest first, so a postcode inside an address is not marked twice
        for (Entity entity : entities.stream().sorted(Comparator.comparingInt((Entity e) -> e.value().length()).reversed()).toList()) {
            String value = HtmlUtils.htmlEscape(entity.value());
            if (value.isBlank() || html.contains("title=\"" + entity.type() + "\">" + value)) {
                continue;
            }
            html = html.replace(value, "<mark class=\"entity\" title=\"" + HtmlUtils.htmlEscape(entity.type()) + "\">" + value + "</mark>");
        }
        return html;
    }
}
