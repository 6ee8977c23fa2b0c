package org.docket.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.docket.classification.Calibration;
import org.docket.training.Evaluation.CategoryFigures;
import org.docket.training.Evaluation.Confusion;
import org.docket.training.Evaluation.ReliabilityBin;

/** Computes an {@link Evaluation} from one row per classified document; pure, so it can be checked by hand. */
public final class Metrics {

    public static final int BINS = 15;
    /** Auto-routing may send at most one letter in a hundred to the wrong service. */
    public static final double ROUTING_PRECISION = 0.99;

    /**
     * @param truth       the category the document belongs to
     * @param chosen      the category the model chose
     * @param confidence  the calibrated confidence of the chosen category, 0..1
     * @param language    "eng" or "cym"
     * @param scanQuality {@link Evaluation#TEXT_LAYER}, {@link Evaluation#GOOD_SCAN} or {@link Evaluation#POOR_SCAN}
     */
    public record Row(String truth, String chosen, double confidence, String language, String scanQuality) {
        public boolean correct() {
            return truth.equals(chosen);
        }
    }

    private Metrics() {
    }

    /**
     * @param order the categories in the order the confusion matrix and table list them; categories
     *              neither true nor chosen for any row are left out
     */
    public static Evaluation of(List<Row> rows, List<String> order) {
        return of(rows, order, true);
    }

    private static Evaluation of(List<Row> rows, List<String> order, boolean sliced) {
        List<String> categories = order.stream()
                .filter(c -> rows.stream().anyMatch(r -> r.truth().equals(c) || r.chosen().equals(c))).toList();
        List<String> unknown = rows.stream().flatMap(r -> Stream.of(r.truth(), r.chosen()))
                .filter(c -> !order.contains(c)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Categories " + unknown + " are not among those being measured " + order);
        }
        int[][] counts = new int[categories.size()][categories.size()];
        for (Row row : rows) {
            counts[categories.indexOf(row.truth())][categories.indexOf(row.chosen())]++;
        }
        Map<String, CategoryFigures> perCategory = new LinkedHashMap<>();
        double sumF1 = 0;
        for (int c = 0; c < categories.size(); c++) {
            int chosenAs = 0;
            int support = 0;
            for (int other = 0; other < categories.size(); other++) {
                chosenAs += counts[other][c];
                support += counts[c][other];
            }
            double precision = chosenAs == 0 ? 0 : counts[c][c] / (double) chosenAs;
            double recall = support == 0 ? 0 : counts[c][c] / (double) support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            sumF1 += f1;
            perCategory.put(categories.get(c), new CategoryFigures(round(precision), round(recall), round(f1), support));
        }
        double[] confidence = rows.stream().mapToDouble(Row::confidence).toArray();
        boolean[] correct = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            correct[i] = rows.get(i).correct();
        }
        long right = rows.stream().filter(Row::correct).count();
        double[] routable = coverageAtPrecision(rows, ROUTING_PRECISION);
        return new Evaluation(rows.size(), round(rows.isEmpty() ? 0 : right / (double) rows.size()),
                round(categories.isEmpty() ? 0 : sumF1 / categories.size()),
                round(rows.isEmpty() ? 0 : Calibration.expectedCalibrationError(confidence, correct, BINS)),
                round(routable[0]), round(routable[1]), perCategory, new Confusion(categories, counts), reliability(rows),
                sliced ? slices(rows, order, Row::language) : Map.of(),
                sliced ? slices(rows, order, Row::scanQuality) : Map.of());
    }

    /**
     * Most confident first, the largest share of documents whose routed part is at least {@code precision}
     * right, and the confidence threshold that routes them. Documents of equal confidence go together,
     * since a threshold cannot route one and hold back the other.
     *
     * @return {coverage, threshold}; {0, 1} when not even the most confident can be routed
     */
    static double[] coverageAtPrecision(List<Row> rows, double precision) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble(Row::confidence).reversed());
        double coverage = 0;
        double threshold = 1;
        int right = 0;
        for (int i = 0; i < sorted.size(); i++) {
            right += sorted.get(i).correct() ? 1 : 0;
            boolean endOfTie = i + 1 == sorted.size() || sorted.get(i + 1).confidence() < sorted.get(i).confidence();
            // a small tolerance, so that 99 right of 100 counts as the 99% it is
            if (endOfTie && right >= precision * (i + 1) - 1e-9) {
                coverage = (i + 1) / (double) sorted.size();
                threshold = sorted.get(i).confidence();
            }
        }
        return new double[] {coverage, threshold};
    }

    private static List<ReliabilityBin> reliability(List<Row> rows) {
        List<ReliabilityBin> bins = new ArrayList<>(BINS);
        for (int b = 0; b < BINS; b++) {
            int bin = b;
            List<Row> in = rows.stream().filter(r -> Math.min(BINS - 1, (int) (r.confidence() * BINS)) == bin).toList();
            double mean = in.stream().mapToDouble(Row::confidence).average().orElse(0);
            double accuracy = in.isEmpty() ? 0 : in.stream().filter(Row::correct).count() / (double) in.size();
            bins.add(new ReliabilityBin(round(b / (double) BINS), round((b + 1) / (double) BINS), in.size(), round(mean), round(accuracy)));
        }
        return bins;
    }

    private static Map<String, Evaluation> slices(List<Row> rows, List<String> order, Function<Row, String> key) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        rows.stream().map(key).distinct().sorted().forEach(k -> groups.put(k, new ArrayList<>()));
        rows.forEach(row -> groups.get(key.apply(row)).add(row));
        Map<String, Evaluation> slices = new LinkedHashMap<>();
        groups.forEach((k, group) -> slices.put(k, of(group, order, false)));
        return slices;
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
