package org.docket.training;

import java.util.List;
import java.util.Map;

/**
 * How well the categoriser did on labelled post: the headline figures, each category's, which
 * categories it mistook for which, and how far its confidence can be trusted. The same figures are
 * given again for Welsh and English letters and for each kind of scan, since a model that does well on
 * typed English can still fail the Welsh speaker who writes by hand.
 *
 * @param documents             documents measured
 * @param accuracy              share whose chosen category was the true one
 * @param macroF1               mean F1 over the categories, each counting the same however much post it gets
 * @param ece                   expected calibration error of the chosen category's confidence, 15 equal-width bins
 * @param coverageAt99Precision the largest share that could be routed without a person, most confident
 *                              first, while at least 99% of those routed are right
 * @param thresholdAt99Precision the lowest confidence among the documents so routed; 1.0 when none can be
 * @param perCategory           precision, recall, F1 and support per category id
 * @param confusion             counts of true category (rows) against chosen category (columns)
 * @param reliability           the 15 bins of the reliability diagram
 * @param byLanguage            the same figures for "eng" and "cym" letters
 * @param byScanQuality         the same figures for text layers, good scans and poor scans
 */
public record Evaluation(int documents, double accuracy, double macroF1, double ece, double coverageAt99Precision,
                         double thresholdAt99Precision, Map<String, CategoryFigures> perCategory, Confusion confusion,
                         List<ReliabilityBin> reliability, Map<String, Evaluation> byLanguage,
                         Map<String, Evaluation> byScanQuality) {

    /** How a document's text was obtained, which bounds how well it can be classified. */
    public static final String TEXT_LAYER = "textLayer";
    public static final String GOOD_SCAN = "goodScan";
    public static final String POOR_SCAN = "poorScan";

    public record CategoryFigures(double precision, double recall, double f1, int support) {
    }

    /** @param categories row and column order; counts[truth][chosen] */
    public record Confusion(List<String> categories, int[][] counts) {
    }

    /**
     * One bin of confidences [lower, upper): how many documents fell in it, their mean confidence, and
     * how many of them were right. Accuracy equal to confidence in every bin is perfect calibration.
     */
    public record ReliabilityBin(double lower, double upper, int count, double meanConfidence, double accuracy) {
    }
}
