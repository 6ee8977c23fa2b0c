package org.docket.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    @Test
    void reasonNamesTheConcernAndQuotesTheWholeSentenceThatRaisedIt() {
        var finding = detector.inspect("Dear Sir, my bin was missed again.\nSince the summer my son's stepfather has been hitting him "
                + "when he comes home late. Please send someone.");
        assertThat(finding.reasons()).containsExactly("possible domestic abuse or violence: \u201cSince the summer my son's stepfather has "
                + "been hitting him when he comes home late.\u201d");
    }

    @Test
    void aSentenceWrappedOverScannedLinesIsQuotedWhole() {
        var finding = detector.inspect("Re: care assessment\n\nThe older person disclosed that a relative has been\nthreatening them to hand "
                + "over\nher pension each week. We ask for a visit.");
        assertThat(finding.reasons()).containsExactly("possible domestic abuse or violence: \u201cThe older person disclosed that a relative "
                + "has been threatening them to hand over her pension each week.\u201d");
    }

    @Test
    void aRunOnScrawlIsQuotedAroundTheWordsThatRaisedIt() {
        String scrawl = "i rang about the bins on monday and nobody came, ".repeat(6) + "and honestly i dont want to live like this any more "
                + "and the lids are broke, ".repeat(6);
        String reason = detector.inspect(scrawl).reasons().getFirst();
        assertThat(reason).startsWith("possible self-harm or suicide: \u201c\u2026").contains("dont want to live").endsWith("\u2026\u201d");
        assertThat(reason.length()).isLessThan(260);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I am scared of what he might do to himself if they take the car.",
            "She took an overdose last month and is still very low.",
            "im at the end of my rope and some days i dont want to wake up",
            "He said the family would be better off without him.",
            "My ex-partner has been stalking me since I moved.",
            "The older boys threatened to stab him on the way home.",
            "I am worried that my daughter is being groomed by a man she met online.",
            "Her carer has been taking her pension and she is frightened of him.",
            "The children next door are often left alone until midnight.",
            "Nobody has seen him for days and his curtains are still shut.",
            "Our client is at immediate risk of harm if she returns to the address.",
            "We are worried the baby is not safe in that flat.",
            "We have nowhere to sleep tonight.",
            "My uncle is 87 and housebound, and has had no heating since the boiler broke on Monday.",
            "He told my sister he knows where the children go to school.",
            "I do not want to be in the house when he comes back from the pub.",
            "She is not allowed to leave the flat without him.",
            "They are coming at three o'clock to change the locks and we have a newborn.",
            "I just cannot go on any more."})
    void englishConcernsAreFlagged(String sentence) {
        assertThat(detector.inspect(sentence).flagged()).as(sentence).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mae ei llystad yn ei tharo pan fydd hi'n hwyr yn dod adref.",
            "Dw i'n meddwl am ladd fy hun bob nos.",
            "Mae wedi sôn am feddyliau o roi diwedd ar fywyd.",
            "Mae'r beiliaid yn dod y bore 'ma a does gen i unman i fynd gyda'r plant.",
            "Dw i'n credu bod Mam yn cael ei hesgeuluso gan y gofalwr.",
            "Dianc rhag priodas dreisgar oedd yr unig ffordd.",
            "Mae ganddi gleisiau ar ei breichiau na all eu hesbonio.",
            "Mae hi wedi bygwth fy lladd os af at yr heddlu.",
            "Mae'r ferch mewn perygl o niwed yn y tŷ hwnnw.",
            "Mae arna i ofn mynd adref pan fydd e wedi bod yn yfed.",
            "Dydy hi ddim yn teimlo'n saff yn y tŷ gydag ef.",
            "Mae e'n ei bwrw hi pan nad yw'r swper yn barod.",
            "Dywedodd y bydd e'n dysgu gwers i mi os af at y cyngor.",
            "Mae Taid yn 92 ac mae wedi bod heb wres na bwyd poeth ers dyddiau.",
            "Mae'r landlord yn newid y cloeon heno a does gen i ddim unrhyw le i fynd â'r babi.",
            "Dw i ddim yn meddwl y galla i ddal ati fel hyn.",
            "Byddai pawb yn well eu byd hebdda i.",
            "Mae fy merch wedi rhoi ei bethau i gyd i ffwrdd."})
    void welshConcernsAreFlaggedWhateverTheMutation(String sentence) {
        assertThat(detector.inspect(sentence).flagged()).as(sentence).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Please update my child benefit details now that my son has left school.",
            "The risk assessment for the event is attached.",
            "A van hit my car while it was parked outside the school.",
            "The bailiffs threatened me with court action over the arrears.",
            "The neglected garden next door is full of rats.",
            "My landlord kicked me out last year and I now rent from a friend.",
            "I am afraid the payment will be late this month.",
            "The children's centre on Mill Lane is closing in March.",
            "Mae'r teulu mewn perygl o golli eu cartref os na chaiff y budd-dal ei dalu.",
            "Hoffwn wneud cais am fudd-dal plant ar gyfer fy merch.",
            "Rwy'n saff ac yn iach, diolch, ond mae'r bil yn anghywir.",
            "Mae Mam yn 80 oed ac yn talu'r bil drwy ddebyd uniongyrchol.",
            "Mae'r asiant yn newid y cloeon ar y swyddfa wag ddydd Llun.",
            "I cannot carry on paying two bills for the same flat.",
            "The locksmith will change the locks on the empty house next month.",
            "My disabled son has a blue badge and needs a permit outside the house."})
    void ordinaryWordsNearAConcernAreNotFlagged(String sentence) {
        assertThat(detector.inspect(sentence).flagged()).as(sentence).isFalse();
    }
}
