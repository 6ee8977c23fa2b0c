package org.docket.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well the safeguarding check did on labelled post: of the letters that truly voice a concern, the
 * share it flagged, and of the ordinary ones, the share it flagged needlessly. A missed concern costs
 * far more than a false alarm, so the missed documents are named.
 *
 * @param documents      documents with a safeguarding label
 * @param concerns       of those, the ones that truly voice a concern
 * @param flagged        documents the check flagged, rightly or not
 * @param recall         share of concerns flagged (1.0 when there are none)
 * @param falseAlarmRate share of ordinary documents flagged (0.0 when there are none)
 * @param byLanguage     the same figures for each language
 * @param missed         the concerns not flagged, as paths within the folder
 */
public record SafeguardingFigures(int documents, int concerns, int flagged, double recall, double falseAlarmRate,
                                  Map<String, SafeguardingFigures> byLanguage, List<String> missed) {

    /** One labelled document: whether it voices a concern and whether the check flagged it. */
    public record Row(String file, String language, boolean concern, boolean flagged) {
    }

    public static SafeguardingFigures of(List<Row> rows) {
        Map<String, List<Row>> byLanguage = new TreeMap<>();
        rows.forEach(row -> byLanguage.computeIfAbsent(row.language(), l -> new ArrayList<>()).add(row));
        Map<String, SafeguardingFigures> slices = new TreeMap<>();
        byLanguage.forEach((language, slice) -> slices.put(language, figures(slice, Map.of())));
        return figures(rows, slices);
    }

    private static SafeguardingFigures figures(List<Row> rows, Map<String, SafeguardingFigures> byLanguage) {
        int concerns = 0;
        int caught = 0;
        int falseAlarms = 0;
        List<String> missed = new ArrayList<>();
        for (Row row : rows) {
            if (row.concern()) {
                concerns++;
                if (row.flagged()) {
                    caught++;
                } else {
                    missed.add(row.file());
                }
            } else if (row.flagged()) {
                falseAlarms++;
            }
        }
        int ordinary = rows.size() - concerns;
        return new SafeguardingFigures(rows.size(), concerns, caught + falseAlarms,
                concerns == 0 ? 1.0 : round(caught / (double) concerns),
                ordinary == 0 ? 0.0 : round(falseAlarms / (double) ordinary), byLanguage, List.copyOf(missed));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
