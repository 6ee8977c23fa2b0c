package org.docket.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Adds the safeguarding figures to an evaluation's report.html, as a section of their own before its end. */
public final class SafeguardingReport {

    private static final String END = "</body></html>";

    private SafeguardingReport() {
    }

    public static void addTo(Path html, SafeguardingFigures figures) throws IOException {
        String page = Files.readString(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf(END);
        String section = section(figures);
        Files.writeString(html, end < 0 ? page + section : page.substring(0, end) + section + page.substring(end), StandardCharsets.UTF_8);
    }

    static String section(SafeguardingFigures figures) {
        StringBuilder page = new StringBuilder("<h2>Safeguarding</h2>\n<p>Of the documents labelled as voicing a concern "
                + "(risk of harm to a child or adult, self-harm, domestic abuse, losing one's home today), the share the check "
                + "flagged; of the ordinary ones, the share it flagged needlessly.</p>\n");
        page.append("<table><tr><th>slice</th><th>documents</th><th>concerns</th><th>flagged</th><th>recall</th><th>false alarms</th></tr>\n");
        row(page, "all", figures);
        for (Map.Entry<String, SafeguardingFigures> slice : figures.byLanguage().entrySet()) {
            row(page, "language " + slice.getKey(), slice.getValue());
        }
        page.append("</table>\n");
        if (!figures.missed().isEmpty()) {
            page.append("<h3>Concerns not flagged (").append(figures.missed().size()).append(")</h3>\n<ul>\n");
            figures.missed().forEach(file -> page.append("<li>").append(escape(file)).append("</li>\n"));
            page.append("</ul>\n");
        }
        return page.toString();
    }

    private static void row(StringBuilder page, String name, SafeguardingFigures f) {
        page.append("<tr><td>").append(escape(name)).append("</td><td>").append(f.documents()).append("</td><td>").append(f.concerns())
                .append("</td><td>").append(f.flagged()).append("</td><td>").append(f.recall()).append("</td><td>")
                .append(f.falseAlarmRate()).append("</td></tr>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
