package org.docket.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void withoutPlattScalingCalibrationIsTheTemperatureAlone() {
        double[] raw = {0.97, 0.02, 0.01};
        assertThat(Calibration.calibrate(raw, 2.0, 1.0, 0.0)).containsExactly(Calibration.temper(raw, 2.0));
    }

    @Test
    void plattScalingMovesTheTopConfidenceAndKeepsASumOfOne() {
        double[] calibrated = Calibration.calibrate(new double[] {0.9, 0.06, 0.04}, 1.0, 1.0, -1.0);
        assertThat(calibrated[0]).isLessThan(0.9);
        assertThat(calibrated[1] / calibrated[2]).isCloseTo(0.06 / 0.04, within(1e-9));
        assertThat(Arrays.stream(calibrated).sum()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aCertainTopLeavesSomethingForTheOthersWhenPlattLowersIt() {
        double[] calibrated = Calibration.calibrate(new double[] {1.0, 0.0, 0.0}, 1.0, 0.1, 0.0);
        assertThat(Arrays.stream(calibrated).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(calibrated[1]).isPositive().isEqualTo(calibrated[2]);
    }

    @Test
    void plattFittedOnAnOverconfidentModelLowersItsConfidence() {
        // says 95% but is right 70% of the time, says 60% and is right 40%: two points a logistic curve can pass through
        double[] confidence = new double[200];
        boolean[] correct = new boolean[200];
        for (int i = 0; i < 100; i++) {
            confidence[i] = 0.95;
            correct[i] = i < 70;
            confidence[100 + i] = 0.60;
            correct[100 + i] = i < 40;
        }
        double[] fit = Calibration.fitPlatt(confidence, correct);
        assertThat(Calibration.platt(0.95, fit[0], fit[1])).isCloseTo(0.70, within(0.001));
        assertThat(Calibration.platt(0.60, fit[0], fit[1])).isCloseTo(0.40, within(0.001));
    }
}
