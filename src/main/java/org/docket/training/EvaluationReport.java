package org.docket.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.docket.training.Evaluation.CategoryFigures;

/**
 * Writes an evaluation as a folder a person can open: report.html with the figures and the per-category
 * table, beside reliability.png and confusion.png.
 */
public final class EvaluationReport {

    public static final String HTML = "report.html";
    public static final String RELIABILITY = "reliability.png";
    public static final String CONFUSION = "confusion.png";

    private EvaluationReport() {
    }

    /**
     * @param description what was measured, e.g. the data folder and the model version
     * @param unread      the documents that could not be read, each with its reason
     */
    public static Path write(Evaluation evaluation, String description, List<String> unread, Path folder) throws IOException {
        Files.createDirectories(folder);
        EvaluationCharts.reliability(evaluation, folder.resolve(RELIABILITY));
        EvaluationCharts.confusion(evaluation, folder.resolve(CONFUSION));
        Path html = folder.resolve(HTML);
        Files.writeString(html, html(evaluation, description, unread), StandardCharsets.UTF_8);
        return html;
    }

    static String html(Evaluation evaluation, String description, List<String> unread) {
        StringBuilder page = new StringBuilder("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Docket: how well the categoriser does</title>
                <style>
                body { font-family: sans-serif; margin: 2em; max-width: 70em; }
                table { border-collapse: collapse; margin: 1em 0; }
                th, td { border: 1px solid #ccc; padding: 0.3em 0.7em; text-align: right; }
                th:first-child, td:first-child { text-align: left; }
                img { max-width: 100%; border: 1px solid #eee; margin: 0.5em 0; }
                </style></head><body>
                <h1>How well the categoriser does</h1>
                """);
        page.append("<p>").append(escape(description)).append("</p>\n");
        page.append("<h2>Figures</h2>\n<table><tr><th></th><th>documents</th><th>accuracy</th><th>macro-F1</th><th>ECE (15 bins)</th>")
                .append("<th>coverage at 99% precision</th><th>confidence threshold for it</th></tr>\n");
        row(page, "all", evaluation);
        page.append("</table>\n<p>Coverage at 99% precision is the largest share of documents that could be routed without a person, "
                + "most confident first, while at least 99 in 100 of those routed go to the right service.</p>\n");
        page.append("<h2>By language and by kind of scan</h2>\n<table><tr><th>slice</th><th>documents</th><th>accuracy</th><th>macro-F1</th>")
                .append("<th>ECE</th><th>coverage at 99%</th><th>threshold</th></tr>\n");
        evaluation.byLanguage().forEach((language, slice) -> row(page, "language " + language, slice));
        evaluation.byScanQuality().forEach((quality, slice) -> row(page, quality, slice));
        page.append("</table>\n<p>Scans are good when Tesseract's mean word confidence on their OCR'd pages is at least 80, poor below.</p>\n");
        page.append("<h2>Per category</h2>\n<table><tr><th>category</th><th>precision</th><th>recall</th><th>F1</th><th>support</th></tr>\n");
        for (Map.Entry<String, CategoryFigures> entry : evaluation.perCategory().entrySet()) {
            CategoryFigures figures = entry.getValue();
            page.append("<tr><td>").append(escape(entry.getKey())).append("</td><td>").append(figures.precision())
                    .append("</td><td>").append(figures.recall()).append("</td><td>").append(figures.f1())
                    .append("</td><td>").append(figures.support()).append("</td></tr>\n");
        }
        page.append("</table>\n<h2>Reliability</h2>\n<p>If the confidences are honest, each bar reaches the diagonal: of the letters "
                + "given 80%, eight in ten are right.</p>\n<img src=\"").append(RELIABILITY).append("\" alt=\"reliability diagram\">\n");
        page.append("<h2>Confusion</h2>\n<p>Which categories were taken for which: rows are the true category, columns the chosen one.</p>\n<img src=\"")
                .append(CONFUSION).append("\" alt=\"confusion matrix\">\n");
        if (!unread.isEmpty()) {
            page.append("<h2>Not read (").append(unread.size()).append(")</h2>\n<ul>\n");
            unread.forEach(line -> page.append("<li>").append(escape(line)).append("</li>\n"));
            page.append("</ul>\n");
        }
        return page.append("</body></html>\n").toString();
    }

    private static void row(StringBuilder page, String name, Evaluation e) {
        page.append("<tr><td>").append(escape(name)).append("</td><td>").append(e.documents()).append("</td><td>").append(e.accuracy())
                .append("</td><td>").append(e.macroF1()).append("</td><td>").append(e.ece()).append("</td><td>")
                .append(e.coverageAt99Precision()).append("</td><td>").append(e.thresholdAt99Precision()).append("</td></tr>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
