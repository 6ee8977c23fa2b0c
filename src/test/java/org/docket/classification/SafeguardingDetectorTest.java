package org.docket.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeguardingDetectorTest {

    private final SafeguardingDetector detector = SafeguardingDetector.patternsOnly();

    @Test
    void evictionTodayIsFlagged() {
        var finding = detector.inspect("The bailiffs are coming to evict us today and I have two children.");
        assertThat(finding.flagged()).isTrue();
        assertThat(finding.reasons()).anyMatch(reason -> reason.contains("losing their home today"));
    }

    @Test
    void selfHarmIsFlagged() {
        assertThat(detector.inspect("Honestly some days I think about ending it all over this debt.").flagged()).isTrue();
    }

    @Test
    void domesticAbuseIsFlagged() {
        assertThat(detector.inspect("I had to leave because my partner hit me again last week.").flagged()).isTrue();
        assertThat(detector.inspect("I am fleeing domestic abuse and need somewhere safe.").flagged()).isTrue();
    }

    @Test
    void welshConcernIsFlagged() {
        assertThat(detector.inspect("Rydym yn cael ein troi allan heddiw ac nid oes gennym unman i gysgu heno.").flagged()).isTrue();
    }

    @Test
    void ordinaryLetterIsNotFlagged() {
        var finding = detector.inspect("My green bin was not collected on Tuesday. Please could you send the crew back.");
        assertThat(finding.flagged()).isFalse();
        assertThat(finding.reasons()).isEmpty();
    }
}
