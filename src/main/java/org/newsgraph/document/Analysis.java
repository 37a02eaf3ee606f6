package org.newsgraph.document;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One reading of a word form: its lemma, the dictionary's own tag ("VER:ind+fut+3+p", "NOUN-F:s",
 * "ADJ:pos+m+s", "NPR", "VBN"), the coarse part of speech and the inflectional features the language profile
 * maps that tag to ("part", "fut", "3"…: the ones Morph-it! spells after the colon, and for tags that spell none,
 * such as Penn's, the ones parts-of-speech.tsv gives them).
 */
public record Analysis(String lemma, String tag, PartOfSpeech pos, Set<String> features) {

    public Analysis {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(pos, "pos");
        features = Set.copyOf(features);
    }

    /** A reading whose features are the ones its tag spells after its colon ("VER:part+past+s+m"). */
    public Analysis(String lemma, String tag, PartOfSpeech pos) {
        this(lemma, tag, pos, spelled(tag));
    }

    /** The features a tag spells after its colon, separated by "+": "VER:part+past+s+m" gives part, past, s, m. */
    public static Set<String> spelled(String tag) {
        int colon = tag.indexOf(':');
        return colon < 0 ? Set.of() : Arrays.stream(tag.substring(colon + 1).split("\\+"))
                .filter(f -> !f.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** A full verb, modal and causative verbs included ("firmare", "dovere", "fare"); auxiliaries are apart. */
    public boolean isVerb() {
        return pos == PartOfSpeech.VERB;
    }

    public boolean isNoun() {
        return pos == PartOfSpeech.NOUN;
    }

    public boolean isAdjective() {
        return pos == PartOfSpeech.ADJECTIVE;
    }

    /** A verb reading that is a participle ("firmato": firmare VER:part+past+s+m; "signed": sign VBN). */
    public boolean isParticiple() {
        return isVerb() && hasFeature("part");
    }

    /** Whether the reading carries an inflectional feature: "part", "ger", "inf", "ind", "fut", "past", "3", "p"… */
    public boolean hasFeature(String feature) {
        return features.contains(feature);
    }
}
