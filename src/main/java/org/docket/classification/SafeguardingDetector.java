package org.docket.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raises the safeguarding flag on words that speak of risk of harm: to a child or an adult, self-harm,
 * domestic abuse, or losing one's home today. Two checks, either of which raises it: patterns for the
 * plain ways such things are said, and a trained model that scores every sentence. A flagged letter
 * always goes to a person first, so the check leans towards raising it; a reviewer clears a false
 * alarm in seconds, a missed one costs far more.
 */
public class SafeguardingDetector {

    public static final String FLAG = "safeguarding";

    private record Concern(String what, Pattern pattern) {
    }

    private static final List<Concern> CONCERNS = List.of(
            new Concern("self-harm or suicide", Pattern.compile(
                    "\\b(suicid\\w*|self[- ]harm\\w*|cutting (myself|herself|himself)|"
                            + "(kill|killing|hurt|hurting|harm|harming) (myself|himself|herself|themselves)|"
                            + "end(ing)? (it all|my life|his life|her life|their life|things)|take (my|his|her|their) own life|took (my|his|her) own life|"
                            + "tried to take (my|his|her|their) own life|thoughts? (of|about) (ending|dying|death)|"
                            + "(want|wants|wanted) to die|no point (in )?(going on|living|carrying on)|better off (dead|without me|with the life insurance)|"
                            + "don'?t want to (live|be here|go on)|"
                            + "lladd fy hun|hunanladd\\w*|niweidio fy hun|hunan-niweidio|diweddu fy mywyd|eisiau marw)\\b")),
            new Concern("violence or threats", Pattern.compile(
                    "\\b(domestic (abuse|violence)|violent (partner|husband|wife|ex|marriage|relationship|man)|"
                            + "(fled|fleeing|escaped|escaping) (from )?(a |an |my |her |his )?(violent|abusive|domestic|abuser|partner|husband|ex)|"
                            + "abuser|(hits|hit|hitting|beats|beat|beating|hurts|hurting|punched|kicked|strangled|attacked|assaulted) (me|her|him|them|us|my|our)|"
                            + "(threatened|threatening|threatens) (to )?(kill|stab|hurt|burn|harm|attack)|(will|would|going to) (kill|stab) (me|her|him|us|one of us)|"
                            + "bruis(e|es|ed|ing)|injuries (she|he|they) (won'?t|can'?t|could not|couldn'?t) explain|"
                            + "locks? (her|him|me) in|sexual (comments|abuse|exploitation)|in return for sex|"
                            + "cam-drin domestig|trais domestig|yn fy nharo|yn ei tharo|yn ei daro|bygwth (fy )?lladd|cleisiau)\\b")),
            new Concern("fear for someone's life or safety", Pattern.compile(
                    "\\b((frightened|afraid|scared|terrified|fear|fears|fearing) (for (my|our|her|his|their|the) (life|lives|safety)|of (him|her|my partner|my ex|my husband|the man)|to go (back )?home|"
                            + "(he|she|they) will (come back|hurt|kill|find))|at (immediate |serious )?risk of (harm|abuse)|"
                            + "(feared|fears|fear) (she|he|they) will be killed|ofn am fy mywyd|mewn perygl)\\b")),
            new Concern("neglect or exploitation", Pattern.compile(
                    "\\b(neglect(ed|ing)?|(financially |sexually )?exploit(ed|ing|ation)|financial(ly)? abus\\w*|"
                            + "taking (money|cash) from|takes? (her|his|my) (wages|money|benefit|pension)|"
                            + "(left|leaves) (alone|on (his|her|their) own)[^.]{0,40}(child|children|kids|baby|toddler|night)|"
                            + "(child|children|kids|baby|toddler)[^.]{0,40}(left alone|locked out|not fed|going without food|unsupervised)|"
                            + "no food in the house|(without|no) food for (days|two days|three days)|not eaten (for|properly)|trapped in (my|his|her) flat|"
                            + "(hasn'?t|haven'?t) seen (him|her) for days|collapsed|"
                            + "esgeulus\\w*|camfanteisio|heb fwyd)\\b")),
            new Concern("losing their home today", Pattern.compile(
                    "\\b((evict\\w*|bailiffs?|enforcement agents?|locked out|thrown out|kicked out|out on the street)[^.]{0,60}\\b(today|tonight|this (morning|afternoon|evening|week))|"
                            + "(nowhere|no ?where|no place) to (sleep|stay|go)( tonight| today)?|sleeping (rough|in (my|the|our|her|his) car|behind)|on the street(s)? tonight|"
                            + "(troi allan|digartref|beilïaid)[^.]{0,60}(heddiw|heno)|unman i gysgu|cysgu yn y car|cysgu ar y stryd)\\b")));

    public record Finding(boolean flagged, List<String> reasons) {
    }

    private final Optional<SafeguardingModel> model;

    /** Patterns and the trained model together, as intake uses them. */
    public SafeguardingDetector(SafeguardingModel model) {
        this.model = Optional.of(model);
    }

    private SafeguardingDetector() {
        this.model = Optional.empty();
    }

    /** The patterns alone, without the trained model. */
    public static SafeguardingDetector patternsOnly() {
        return new SafeguardingDetector();
    }

    public Finding inspect(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        List<String> reasons = new ArrayList<>();
        for (Concern concern : CONCERNS) {
            Matcher matcher = concern.pattern().matcher(lower);
            if (matcher.find()) {
                reasons.add("possible " + concern.what() + ": \u201c" + excerpt(matcher.group()) + "\u201d");
            }
        }
        if (reasons.isEmpty() && text != null) {
            model.flatMap(trained -> trained.concern(text))
                    .ifPresent(sentence -> reasons.add("possible concern for someone's safety: \u201c" + excerpt(sentence) + "\u201d"));
        }
        return new Finding(!reasons.isEmpty(), reasons);
    }

    private static String excerpt(String words) {
        return words.length() <= 120 ? words : words.substring(0, 120) + "…";
    }
}
