package org.docket.classification;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain ways a concern for someone's safety is said, in English and Welsh: risk of harm to a child
 * or an adult, self-harm, domestic abuse, neglect or exploitation, losing one's home today. Each
 * concern is found where it is said and named with the sentence that said it.
 * Besides the words of harm they hold the common ways of saying it without one (afraid to go home,
 * a veiled threat, an old person without heating or food, the locks changed tonight, "I can't go on"),
 * since those are the concerns most often missed.
 *
 * <p>Patterns are written in lower case without accents: text is read through {@link #plain(String)},
 * an apostrophe in a pattern may be missing from the text and a space stands for any run of spaces or
 * line breaks, so hurried post ("dont", "beiliaid") and a letter's line wrapping match too.
 * Welsh words are listed with their mutated forms (taro, daro, nharo, tharo), since the first letter
 * changes with the word before.
 */
public final class SafeguardingPatterns {

    /** One kind of concern found in a letter: what it is, and the sentence that voiced it. */
    public record Found(String what, String sentence) {
    }

    private record Concern(String what, Pattern pattern) {
    }

    private static final String PEOPLE = "(me|her|him|them|us|my (mum|mother|dad|father|wife|husband|partner|son|daughter|sister|brother|child|children|kids|baby|nan|gran)"
            + "|his (wife|partner|children|kids|son|daughter|mum|mother)|her (husband|partner|children|kids|son|daughter|mum|mother)|the (child|children|kids|baby)|one of us)";

    private static final List<Concern> CONCERNS = List.of(
            concern("self-harm or suicide",
                    "suicid\\w*", "self[- ]?harm\\w*", "overdos\\w*",
                    "(cut|cuts|cutting|kill|killing|hurt|hurting|harm|harming|harmed|starve|starving) (myself|himself|herself|themselves|themself)",
                    "(do|did) something to (myself|himself|herself|themselves)",
                    "(might|will|would|could|going to) do to (myself|himself|herself|themselves)",
                    "(end|ends|ending|ended) (it all|my life|his life|her life|their life|their own life|everything)",
                    "(take|taking|took|taken) (my|his|her|their) own life",
                    "(thoughts?|thinking|thought|think) (of|about) (ending|dying|death|suicide|killing|not being here|not waking up)",
                    "(want|wants|wanted|wanting) to die", "(feel|feels|felt|feeling) like ending it", "(what|something) (i|he|she) (might|will|would|could) do to (myself|himself|herself)",
                    "(pwynt|diben) (mewn )?byw", "eisiau byw (rhagor|mwyach)", "(nad yw|nad ydw i|dw i ddim|dydw i ddim|nad ydyn nhw)'?n? ?(eisiau|isio) byw", "wish(es|ed)? (i|he|she|they) (was|were) dead",
                    "(not|don't|do not|doesn't|does not|didn't|no longer|never) (want|wants|wanting|wanted) to (live|be alive|be here|go on|wake up|carry on|exist)",
                    "(no|any|the) point (in )?(going on|living|carrying on|being here|being alive|waking up)",
                    "better (off )?(dead|without me|without him|without her|with the life insurance)",
                    "(jump|jumping|throw myself|throwing myself) (off|in front of|from|under)",
                    "(drive|driving|drove) (into|off) (a|the) (wall|bridge|cliff|tree|river)",
                    "hang (myself|himself|herself)", "(lladd|ladd|brifo|frifo|anafu) (fy|ei|eu) hun", "(no|any) reason (left )?to (keep going|be here|go on|live|carry on)", "nad oes rheswm i (fyw|fod yma)", "(saving|stockpiling|hoarding|saved) (up )?(my |his |her )?(tablets|pills)", "cadw fy nhabledi", "(with|bought|found|got) a (rope|noose)", "rhaff", "hunanladd\\w*", "(niweidio|torri) (fy|ei|eu) hun",
                    "hunan-?niweid\\w*", "r?h?oi diwedd ar ((fy|ei|eu|y) )?(mywyd|fywyd|bywyd|cyfan|hoes)", "meddyliau (o|am) (roi diwedd|ladd|farw|hunanladd)", "diweddu (fy|ei) (mywyd|fywyd|bywyd)",
                    "(eisiau|isio|moyn|am) farw", "eisiau marw", "well (gen i|gennyf|ganddi|ganddo|ganddyn nhw|ganddynt) farw",
                    "gorddos\\w*", "pwynt (mynd ymlaen|byw|dal ati|cario ymlaen)", "(ddim|dim) (eisiau|isio) byw",
                    "gwneud rhywbeth (twp |gwirion |dwl )?i (fy|ei|eu) hun", "dod a'?r cyfan i ben", "rhoi (pen|terfyn) ar (y cyfan|bopeth|popeth|fy mywyd|ei fywyd|ei bywyd)",
                    "(pawb|y teulu|y plant) (yn )?well (eu byd )?(hebdda i|hebddo i|hebddof|hebddom)", "(holl|i gyd)[^.]{0,20}(dabledi|tabledi|nhabledi)", "(dabledi|tabledi|nhabledi) i gyd",
                    "sefyll ar (y bont|ymyl y clogwyn)", "(stood|standing|sat|sitting) on (the|a) (bridge|ledge|railway line|cliff edge)", "(neidio|neidiaf) (oddi ar|o flaen|i'?r afon|i'?r mor)",
                    "(gweld|weld) (pwynt|diben) mewn (dim|unrhyw beth)", "(ddim|methu|na alla i|na allaf)[^.]{0,30}(dal|ddal) ati(?! i)", "(faint yn hirach|pa mor hir) (y )?(galla i|gallaf|alla i) (ddal|dal) ati",
                    "meddwl am (ladd|farw|gymryd (fy|ei) mywyd|gymryd yr holl|ddod a'?r cyfan|neidio|roi diwedd)", "(nodyn|llythyr) ffarwel", "(goodbye|farewell) (note|letter)",
                    "(creithiau|toriadau) (ar|ar hyd) (ei|fy) (breichiau|coesau|mreichiau|garddyrnau|arddyrnau)", "breichiau'?n llawn creithiau", "(cuts|scars|scarring) (on|all over|up and down) (her|his|my|their) (arms|wrists|legs|thighs)",
                    "(giving|gave|given|give) (all )?(my|his|her|their) (things|belongings|possessions|stuff) away", "(rhoi|roi) ((ei|fy) )?bethau (i gyd )?i ffwrdd",
                    "(won't|will not) be (here|around) (much longer|for much longer|to (see|answer|read))", "(na fydda i|fydda i ddim|na fyddaf|na fydd e|na fydd hi|y bydda i) yma i ateb",
                    "(manage|be|cope) better (off )?(if|when|without) (i|me)( were| was| am)? ?(not|no longer)? ?(around|here)", "(can't|cannot|can not) (go on|carry on|keep going)( any ?more)?(?=\\s*[.;!])"),
            concern("domestic abuse or violence",
                    "domestic (abuse|violence|abuser)", "abuser", "coercive\\w*", "controlling behaviou?r", "forced (to marry|marriage)", "honou?r based",
                    "(violent|abusive|controlling) (partner|husband|wife|ex|ex-partner|ex-husband|ex-wife|boyfriend|girlfriend|marriage|relationship|man|father|stepfather|son|household|home|family)",
                    "(i|we|she|he|they) (fled|escaped|ran away) from", "(fled|fleeing|flee|escaped|escaping|ran away from|run away from|running away from) (from )?(a |an |my |her |his |our )?(violent|abusive|domestic|abuser|partner|husband|wife|ex|boyfriend|the man)",
                    "(hit|hits|hitting|beat|beats|beating|beaten|punch|punches|punched|punching|kick|kicks|kicked|kicking|slap|slaps|slapped|slapping|strangle|strangled|strangling|choke|choked|choking|attacked|assaulted|burned|burnt|shoved|push|pushes|pushed|pushing|grab|grabbed|grabbing) "
                            + PEOPLE + "(?! out)",
                    "(being|been|was|were|got|gets|getting|is|are) (hit|beaten|hurt|abused|assaulted|attacked|punched|kicked|slapped|strangled|raped|groomed|sexually \\w+|battered|threatened)",
                    "(hurts|hurt|hurting|harms|harming|abuses|abused|abusing) " + PEOPLE + "(?! (feelings|chances|case|claim|application))",
                    "threat(s|ened|ening|ens)? (of violence|to (kill|stab|hurt|burn|harm|attack|beat|break|hit|punch|have (me|him|her|us|them) (beaten|hurt|attacked)))",
                    "threaten\\w* (me|her|him|us|them|my|our)(?! with (court|legal|enforcement|bailiffs|eviction|action|a fine|prosecution))",
                    "(will|would|going to|gonna|is going to) (kill|stab|hurt|burn|attack|beat|batter) " + PEOPLE,
                    "(pulled|waving|held|carrying|brandishing|came at (me|her|him|us) with) (a|his|her) (knife|gun|weapon|machete|hammer)",
                    "(kick|kicks|kicked|kicking|smash|smashed|smashing|broke|break|breaking) (the|my|our|her|his) (front |back |bedroom )?door (in|down)",
                    "(sexual|physical|emotional|financial|elder|child|psychological) (abuse|assault|exploitation|comments|touching|harm)",
                    "sexually (abus\\w*|assault\\w*|exploit\\w*)", "(touching|touches|touched|touch) (her|him|me|them) (up|inappropriately|where|when|at night|in)", "taken advantage of",
                    "(knife|knives|machete|chyllell|cyllell|gyllell)", "cyffwrdd (a|â) (hi|fi|fe|ef|nhw)", "(ei|fy|eu) (gwthio|gwthiodd|gorfodi)", "in return for sex", "rape[ds]?", "raping", "groom(ed|ing)", "stalk(ed|ing|er|s)?", "finish (me|her|him|us) off", "fy ngorffen", "flinch(ed|es|ing)?", "asks? (her|him|them) to keep (it|this|them|everything) (a )?secret", "gadw'?r cyfan yn gyfrinach", "(started|keeps|kept|been|is|was) following (me|him|her|them|my)", "gafael(odd)? yn (fy|ei|eu)",
                    "locks? (her|him|me|them) (in|up)", "locked (her|him|me|them) (in|up)", "bruis(e|es|ed|ing)", "black eyes?",
                    "(injur(y|ies)|marks|burns) (on (his|her|their) (face|arms?|legs?|body|neck|back) )?(that )?(she|he|they)? ?(can't|could not|couldn't|won't|wouldn't|would not|cannot) (explain|say how)",
                    "unexplained (injur\\w*|marks|bruis\\w*)",
                    "(cam-?drin|gam-?drin|ngham-?drin|cham-?drin)\\w*", "camdriniaeth", "trais( domestig)?", "(treisgar|dreisgar|nhreisgar|threisgar)",
                    "(fy|ei|eu|ein|eich) (nharo|daro|tharo|taro|nghuro|guro|churo|curo|nghicio|gicio|chicio|mrifo|frifo|brifo|phrifo|nhrywanu|drywanu|thrywanu|trywanu|mygwth|fygwth|bygwth|nhagu|thagu|dagu)",
                    "(bygwth|fygwth|mygwth)[^.]{0,30}(lladd|ladd|brifo|frifo|mrifo|trywanu|drywanu|nhrywanu|llosgi|losgi|niweidio)",
                    "(fy|ein|eu|ei) lladd", "(mynd|bygwth|am) i'?w (lladd|ladd|brifo|frifo|niweidio)", "(cleisiau|gleisiau|nghleisiau|chleisiau|clais|glais)",
                    "(ffoi|ffoais|ffoodd|ddianc|dianc|dihangais|dihangodd) (rhag|o briodas|o berthynas|oddi wrth)", "stelc(ian|io)\\w*",
                    "(ei|fy) (chloi|gloi|nghloi|cloi) (yn|i mewn)",
                    "(fy|ei|eu) (mwrw|fwrw|bwrw|nyrnu|dyrnu|ddyrnu|slapio|chlatsio|clatsio|nghlatsio)", "cael (fy|ei|eu) (mwrw|fwrw|bwrw|curo|guro|churo|nghuro|cicio|gicio|chicio|nghicio)",
                    "(taflodd|daflodd|thaflodd)[^.]{0,30}(ata i|ataf|ati|ato|aton ni)", "(threw|throws|thrown|throwing) (\\w+ ){0,3}at (me|her|him|us|the (child|children|kids|baby))",
                    "(hands|hand) (round|around|on) (my|her|his) (throat|neck)", "(llaw|dwylo) am (fy|ei) (ngwddf|gwddf|wddf)", "marks on (her|his|their|my) (neck|throat)", "marciau ar (ei|fy) (gwddf|wddf|ngwddf|wyneb|hwyneb|breichiau|mreichiau)",
                    "llygad (ddu|du|wedi chwyddo)", "(swollen|split) (eye|lip)", "(gwefus|wefus) wedi hollti", "(begging|pleading with) (him|her|them) to stop", "(erfyn|ymbil) (arno|arni|arnyn nhw) i stopio",
                    "(dysgu|ddysgu) gwers (i mi|iddi|iddo|i ni|i ti)", "teach (me|her|him|us|you) a lesson",
                    "(know|knows) where (you|she|he|we|i|they|(my|the|her|his) (children|kids|daughter|son)) (live|lives|go to school|goes to school)", "gwybod ble (rwyt ti|wyt ti|rwy|rydw i|dw i|mae hi|mae e|rydych chi)'?n byw",
                    "(rhoi|roi) ('?r lle|y lle|y ty|y fflat|ein ty)[^.]{0,20}ar dan", "(set fire to|burn down) (the|our|my|her|his) (house|flat|home|place|door)", "(burn|burnt) (the|our|my|her) (house|flat|place) down",
                    "(will|'ll|would|'d|going to) (make (me|her|him|us|you) )?regret (it|this|leaving|telling|reporting)", "make sure (i|she|he|you) (regret|regrets)", "bydd (hi|e|o|fe|ti|chi)'?n difaru",
                    "(get|gets|got) (me|her|him) when (i|she|he|we) least expect", "(mynd i|am|yn mynd i) (gael|cael) gafael (arna i|arnaf|arni|arno)", "bydd (e|o|hi|ti|fe)'?n talu'?n ddrud",
                    "(bydd|fydd) (e|o|fe|hi)'?n gwneud i (mi|fi|ti) dalu(?! (am|dwywaith|y|yr|eto|mwy|ffi|treth|bil|rhent|ardrethi))", "(bydd|fydd) (e|o|fe|hi|nhw)'?n dod ar (fy|ei|ein) (ol|hol)",
                    "(ddim yn cael|cha i ddim|chaf i ddim) (gadael|mynd allan o)'?r (ty|fflat)", "(not|isn't|is not|aren't|never|wasn't) (allowed|let) (to )?(leave|go out of|out of) (the|her|his|my|our) (house|flat|home|room)", "won't let (me|her|him|them) (leave|go out|see (my|her|his|their) (family|friends)|have (my|her|his) own money|have a phone)",
                    "(daflu|thaflu|taflu|gwthio|wthio) (\\w+ ){0,2}(yn erbyn y wal|drwy'?r ffenest|allan drwy'?r ffenest|i lawr y grisiau)", "(thrown|pushed|shoved|threw|throw) (\\w+ ){0,2}(against the wall|down the stairs|out of the window)"),
            concern("fear for someone's life or safety",
                    "(frightened|afraid|scared|terrified|fear|fears|feared|fearing|petrified) (for (my|our|her|his|their|the) (life|lives|safety|health)"
                            + "|of (him|her|my partner|my ex|my husband|my wife|my boyfriend|my dad|my father|my stepfather|my son|the man|them)"
                            + "|to go (back )?(home|back there)|(he|she|they)('ll| will| would| might| is going to| are going to) (hurt|kill|come back|find|harm|do something))",
                    "(fear|fears|feared) (she|he|they|i|we) (will|would|might) be (killed|hurt|harmed|attacked)",
                    "(at|of) (immediate |serious |significant |real |high |grave )?risk (of|from) (harm|abuse|violence|exploitation|serious harm|being (hurt|harmed|killed|attacked|exploited))",
                    "risk to (her|his|their|my) (life|safety)", "in (immediate |real |serious |grave )?danger(?! of)",
                    "(don't|do not|doesn't|does not|never|no longer) feel(s)? safe", "not safe (at home|in (my|her|his|our|their) (own )?home|to go home)", "unsafe at home",
                    "ofn (am (fy|ei|ein|eu) (mywyd|bywyd|fywyd|diogelwch)|mynd adre|mynd yn ol adre)", "ofni (mynd adre|am (fy|ei|ein|eu) (mywyd|bywyd|fywyd|diogelwch))",
                    "mewn perygl(?! o golli)", "(worried|afraid|scared|frightened|terrified|fear|fears|feared|concerned|petrified) (that )?(she|he|they|someone|somebody|a child|a pupil|one of them|the (child|children|baby|girl|boy|client)|my (son|daughter|mum|mother|dad|father|child|children|baby|wife|husband)|i|we) "
                            + "('s|'re|'ll|is|are|was|were|will|would|might|could|may)? ?(be |being |get |getting |have been )?(harmed|harm|hurt|hit|killed|kill|abused|seriously (hurt|harmed|injured)|at risk|not safe|in danger|unsafe|die|dying|attacked|attack|exploited|groomed)",
                    "(worried|concerned|frightened|afraid|scared|fears?) (about|for) (his|her|their|the (child|children|baby|girl|boy)'s|my (son|daughter|child|children|baby)'s) (safety|welfare|wellbeing|life)",
                    "(pryderu|poeni|ofni|ofn) am (les|ddiogelwch|diogelwch|fywyd|bywyd) ", "(nad|nid) (yw|ydy|ydyn|ydynt) ?(hi|e|o|fe|nhw)?'?n ddiogel",
                    "(afraid|scared|frightened|terrified|worried) (of )?what (he|she|they|i) (might|will|would|could|is going to) do", "(something|anything) (bad |terrible )?(will|might|could|has|is going to) happen(ed)? to (him|her|them|me|us|my|one of)",
                    "(afraid|scared|frightened|terrified) (for (my|her|his|our|the) (children|kids|baby|son|daughter|family)|to (be at home|stay in (my|her|his|our) (own )?home|say anything|go out|open the door))",
                    "(is|was|are|were|she's|he's) (too )?(frightened|terrified|scared|afraid) (of|to)", "(nobody|no one|no-one) (has seen|will find) (him|her|them|me)", "(no one|nobody|no-one|heb neb) (to look after|i ofalu am|i edrych ar ol)", "rhy ofnus", "wedi diflannu o'?i (gyfrif|chyfrif)",
                    "(life|lives) (is |are )?(at risk|in danger)", "endanger\\w* (his|her|their|my) (life|lives)", "peryglu (ei|eu|fy) (bywyd|fywyd|mywyd)",
                    "(cael|caiff|gael|cael ei|caiff ei) (ei |eu )?(niweidio|anafu|brifo|frifo|lladd|ladd|cam-drin|gam-drin)", "cael niwed", "(ofnus|ofn) ohono", "arna i ei ofn", "ddim yn ddiogel", "ofn (arna i|arnaf|arni|arno) (ohono|ohoni|o'?r dyn)", "ddim yn teimlo'?n ddiogel",
                    "(mae|roedd) (arna i|arnaf|arni|arno|arnon ni|arnyn nhw) ofn (e|o|fe|ef|hi|nhw|ei (dad|lystad|gwr|phartner|bartner|thad|fam)|fy (ngwr|mhartner|nghyn|nhad)|mynd adref|mynd adre|bod (yn y ty|gartref|adref)|cysgu|agor y drws|mynd allan)",
                    "(rhy )?ofnus i (agor y drws|mynd adref|mynd adre|ddweud|siarad|gadael)", "(ddim|dim) (eisiau|isio) (bod|mynd) (yn y ty|adref|adre|gartref) (pan|tra|os)",
                    "(don't|do not|didn't|never) want to (be|go) (in the house|home|back home|at home) (when|while|if) (he|she|they)", "safer (than being|to be out than|out than) (in the house|at home|home)",
                    "(nad ydw i|nad wyt ti|nad yw hi|nad yw e|nad ydyn nhw)'?n (teimlo'?n )?saff", "(dw i|dydw i|dwyt ti|dyw hi|dydy hi|dyw e|dydy e|dydyn nhw) ddim yn (teimlo'?n )?saff",
                    "bydd rhywbeth (drwg )?yn digwydd i'?m", "bydd rhywbeth (drwg )?yn digwydd i (fi|mi|ni|fy|ei|nhw|chi)", "ofni ei (fod|bod) (e|o|hi) wedi (syrthio|marw|cwympo)",
                    "(afraid|worried|fear|frightened) (that )?(he|she|they) (has|have|might have|may have|'s) (fallen|died|collapsed)", "(does neb|neb) wedi bod (i'?w (weld|gweld)|ato|ati)", "llenni ar gau[^.]{0,40}(wythnos|dyddiau|arogl)", "curtains (have been |are |were )?(closed|drawn)[^.]{0,40}(days|week|smell)"),
            concern("neglect or exploitation",
                    "(being|been|is|was|were|are|badly|left|severely) neglected", "(self|child|signs of|severe|serious)[- ]?neglect",
                    "neglect(ing|s|ed)? (her|his|their|the) ?(children|kids|baby|son|daughter|mother|father|mum|dad|child)",
                    "(financially |sexually |criminally )?exploit(ed|ing|ation)", "financial(ly)? abus\\w*", "traffick\\w*", "modern slavery", "county lines", "cuckoo(ed|ing)",
                    "(taking|takes|took|taken|using|used|uses) (all )?(of )?(his|her|my|their|mum's|dad's|my mum's|my dad's) (money|cash|pension|benefits?|wages|bank card|card|pin|savings)",
                    "money (has |have )?(gone|disappeared|missing|been taken) from (his|her|their|my mum's|my dad's|mum's|dad's) (account|purse|wallet|bank)",
                    "(left|leaves|leaving) (alone|on (his|her|their) own)[^.]{0,40}(child|children|kids|baby|toddler|night)",
                    "(child|children|kids|baby|babies|toddler|son|daughter|boy|girl)[^.]{0,40}(left alone|left on (his|her|their) own|home alone|locked (in|out)|not fed|going hungry|going without food|unsupervised|not being fed)",
                    "(no|without|not had any|haven't had any) food (in the house|for (days|\\w+ days|a week|weeks))", "not eaten (for|in|since|properly)", "haven't eaten", "hasn't eaten",
                    "(going|gone) hungry", "(not|isn't|is not|aren't|are not) being fed", "trapped in (my|his|her|their|the) (flat|house|home|room)",
                    "(haven't|hasn't|have not|has not|nobody has|no one has|no-one has|not) (been )?seen (him|her|them|anyone|anybody)[^.]{0,20}(for|in|since) (days|weeks|a week|\\w+ days)",
                    "collapsed", "(found|lying|left) (\\w+ ){0,3}on the floor", "picked up by (older )?(men|man|strangers)", "(left|leaving|went off|drove off|goes off) with (an )?older (man|men)",
                    "(get|got|lure|lured|persuade) (him|her|them) (to climb |to get )?in(to)? (a|the|his) (car|van)", "dynion (dieithr|hyn)",
                    "(scaveng\\w*|rummag\\w*|searching|looking|chwilota)[^.]{0,30}(for food|am fwyd)",
                    "(plentyn|babi|plant|merch|bachgen)[^.]{0,40}sgrechian", "left without (care|food|help|his medication|her medication)",
                    "kept (there |in the flat |in the house )?(against (her|his|their) will|by (older )?(men|man))", "never allowed out", "older (boys|men|man) (who )?(give|gives|gave|buy|buys|bought|pick|picks|picked)", "girl[^.]{0,60}(grown|older|different) men", "(keeps|kept|took|taken|has) (his|her|their) passports?", "no adult (at home|in the house|with (her|him|them))", "dim oedolyn", "(too|rhy) (weak|wan) (to|i)", "soiled (clothes|bed|sheets|nappy)", "(go|gone|going|went) without (food|meals|eating)", "one meal a day", "un pryd y dydd",
                    "h?esgeulus\\w*", "camfanteis\\w*", "h?ecsbloet\\w*", "heb fwyd", "dim bwyd yn y ty", "(ddim|nad yw'?n|nid yw'?n|nad ydyn nhw'?n) cael (bwyd|digon o fwyd)",
                    "(plant|plentyn|babi|baban)[^.]{0,40}(ar eu pennau eu hunain|ar ei ben ei hun|ar ei phen ei hun|heb fwyd|wedi'?i gloi|wedi eu cloi|yn yr oerfel)",
                    "cael ei (gadw|chadw) (yno|yn y|gan)",
                    "(heb|dim) (wres|gwres|fwyd|bwyd|pryd poeth|ofalwr|gofalwr|ddim i'?w fwyta|drydan)[^.]{0,80}(oedrannus|anabl|gaeth i'?w (gwely|chadair|gadair)|ddall|dementia|methu cerdded|rhy wan|[7-9][0-9] oed|sy'?n [7-9][0-9])",
                    "(oedrannus|anabl|gaeth i'?w (gwely|chadair|gadair)|ddall|dementia|methu cerdded|[7-9][0-9] oed|sy'?n [7-9][0-9]|yn [7-9][0-9])[^.]{0,80}(heb|dim) (wres|gwres|fwyd|bwyd|pryd poeth|ofalwr|gofalwr|ddim i'?w fwyta|ddim byd)",
                    "oergell (yn )?wag", "(fridge|cupboards) (is |are |was |were )?(empty|bare)", "nothing in the fridge", "(ddim|dim) (byd )?i'?w fwyta", "nothing to eat", "llwglyd", "newynog",
                    "(elderly|disabled|frail|housebound|bedbound|bed-bound|blind|dementia|in (his|her|their) (eighties|nineties|80s|90s)|[7-9][0-9] years old|(is|who is|who's|aged) [7-9][0-9])[^.]{0,80}(no|without|not had any|hasn't had any|has had no) (heating|heat|food|hot meal|carer)",
                    "(no|without) (heating|heat|food)[^.]{0,80}(elderly|disabled|frail|housebound|bedbound|dementia|(in (his|her) )?(eighties|nineties)|[7-9][0-9] years old|(is|aged) [7-9][0-9])",
                    "(dyn|ddyn) (llawer|tipyn|dipyn) hyn", "(daughter|son|girl|boy|niece|nephew|child)[^.]{0,60}(man|men) (in (his|their) (twenties|thirties|forties)|much older|twice her age)",
                    "(merched|merch|bechgyn|plant) ifanc[^.]{0,60}(dynion|ddynion)", "(young|underage) (girls|boys|teenagers)[^.]{0,60}(older )?(men|man)\\b",
                    "(cymryd|casglu|cadw) ((yr )?holl arian|ei (phensiwn|fudd-daliadau|chyflog|llyfr banc|cherdyn banc|gherdyn banc)|fy (mhensiwn|mudd-daliadau|nghyflog|ngherdyn banc|ngherdyn|llyfr banc))", "(takes|took|taking|keeps|kept) all (of )?the (money|cash)",
                    "(bachgen|merch|plentyn|plant|babi)[^.]{0,60}(nad oes|does|dim) neb (adref|adre|gartref|yn y ty)", "(boy|girl|child|children|kids|toddler)[^.]{0,60}(no one|nobody|no-one|no adult) (is |was )?(at )?(home|in the house)",
                    "(sleeps|sleeping|slept) in the (shed|garden)", "cysgu yn y (sied|ardd)", "ddim yn cael mynd i mewn i'?r ty", "(not|isn't|never) (allowed|let) (in|into|inside|back into) the house",
                    "(stopio|rhoi'?r gorau i) (fwyta|bwyta)", "(stopped|stopping) eating"),
            concern("losing their home today",
                    "(evict\\w*|bailiffs?|enforcement (agents?|officers?)|locked out|thrown out|kicked out|chucked out|put out|out on the streets?|homeless|changed the locks|lose (my|our) home)[^.]{0,60}\\b(today|tonight|this (morning|afternoon|evening)|right now|in (an|one|two|three|a few) hours?)",
                    "(today|tonight)[^.]{0,40}(evict\\w*|bailiffs?|homeless|locked out|thrown out|kicked out|on the streets?)",
                    "(nowhere|no ?where|no place|nowhere else) to (sleep|stay)", "nowhere (else )?to go after", "nowhere (else )?to go (tonight|today|with (my|the|our) (kids|children|baby))",
                    "(on|in) the streets? (tonight|today)", "(sleep|sleeping|slept) (rough|on the streets?|in (my|the|our|her|his|a) (car|van|doorway|tent|park))[^.]{0,40}(tonight|children|kids|baby|son|daughter)",
                    "(troi allan|nhroi allan|throi allan|nhaflu allan|taflu allan|daflu allan|thaflu allan|digartref|beiliaid|feiliaid|asiant gorfodi|cloi allan)[^.]{0,60}(heddiw|heno|bore 'ma|prynhawn 'ma)",
                    "(heddiw|heno)[^.]{0,40}(troi allan|nhroi allan|digartref|beiliaid)",
                    "(troi|nhroi|throi|taflu|daflu|thaflu|nhaflu)[^.]{0,30}(allan|ar y stryd)[^.]{0,40}(heddiw|heno)",
                    "(unman|nunlle|nunman|unlle|dim unman) (arall )?i (gysgu|aros)", "(unman|nunlle|nunman|unlle) (arall )?i fynd (heno|heddiw|gyda'?r (plant|babi))",
                    "cysgu (yn y car|ar y stryd|ar y strydoedd|mewn car|allan heno)",
                    "chang(e|es|ing) the locks[^.]{0,40}(today|tonight|this (morning|afternoon|evening)|at \\d)",
                    "(coming|due|arriving|turning up) (round )?(today|this (morning|afternoon|evening)|tonight|at (\\d+|one|two|three|four|five|six)( ?o'?clock| ?pm| ?am)?) to (evict|remove|change the locks|throw (us|me) out)",
                    "newid y cloeon[^.]{0,40}(heddiw|heno|y prynhawn (yma|'?ma)|bore (yma|'?ma)|am [0-9])", "(heddiw|heno|y prynhawn (yma|'?ma)|bore (yma|'?ma))[^.]{0,40}newid y cloeon",
                    "(unrhyw le|le) i (fynd|gysgu|aros) (heno|heddiw)", "(unrhyw le|unman|unlle) i fynd (a|gyda)'?r (babi|plant)"));

    /** A sentence longer than this (an unparagraphed scrawl) is quoted around the words that raised it. */
    private static final int LONGEST_QUOTE = 200;

    private SafeguardingPatterns() {
    }

    /** Each kind of concern the text voices, once, with the first sentence that voiced it. */
    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        String plain = plain(text);
        for (Concern concern : CONCERNS) {
            Matcher matcher = concern.pattern().matcher(plain);
            if (matcher.find()) {
                found.add(new Found(concern.what(), sentenceAround(text, matcher.start(), matcher.end())));
            }
        }
        return found;
    }

    /**
     * Lower case, accents and typographic quotes taken off, every kind of white space a space: the same
     * length as the text, so a match in it marks the same words in the original.
     */
    public static String plain(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u2019' || c == '\u2018' || c == '`') {
                plain.append('\'');
            } else if (Character.isWhitespace(c)) {
                plain.append(' ');
            } else if (c < 128) {
                plain.append(Character.toLowerCase(c));
            } else {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                plain.append(Character.toLowerCase(base.charAt(0)));
            }
        }
        return plain.toString();
    }

    /** The sentence holding text[start, end), cut down around those words when the sentence runs on. */
    static String sentenceAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && !ends(text, from - 1)) {
            from--;
        }
        int to = end;
        while (to < text.length() && !ends(text, to)) {
            to++;
        }
        if (to < text.length() && text.charAt(to) != '\n') {
            to++;
        }
        String prefix = "";
        String suffix = "";
        int room = Math.max(40, (LONGEST_QUOTE - (end - start)) / 2);
        if (start - from > room) {
            from = nextSpace(text, start - room);
            prefix = "\u2026";
        }
        if (to - end > room) {
            to = previousSpace(text, end + room);
            suffix = "\u2026";
        }
        return prefix + text.substring(from, to).strip().replaceAll("\\s+", " ") + suffix;
    }

    /** A sentence ends at its stop or at a blank line; a single line break is only a scan's or a form's wrapping. */
    private static boolean ends(String text, int at) {
        char c = text.charAt(at);
        return ".!?;".indexOf(c) >= 0
                || c == '\n' && (at + 1 < text.length() && text.charAt(at + 1) == '\n' || at > 0 && text.charAt(at - 1) == '\n');
    }

    private static int nextSpace(String text, int at) {
        int i = at;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int previousSpace(String text, int at) {
        int i = at;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static Concern concern(String what, String... alternatives) {
        List<String> forms = new ArrayList<>();
        for (String alternative : alternatives) {
            forms.add(plain(alternative).replace("'?", "'").replace("'", "'?").replace(" ", "\\s+"));
        }
        return new Concern(what, Pattern.compile("\\b(" + String.join("|", forms) + ")\\b"));
    }
}
