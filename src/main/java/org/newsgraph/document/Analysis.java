package org.newsgraph.document;

import java.util.Objects;

/**
 * One reading of a word form: its lemma, the dictionary's own tag ("VER:ind+fut+3+p", "NOUN-F:s",
 * "ADJ:pos+m+s", "NPR") and the coarse part of speech the language profile maps that tag to.
 */
public record Analysis(String lemma, String tag, PartOfSpeech pos) {

    public Analysis {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(pos, "pos");
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

    /** A verb reading that is a participle ("firmato": firmare VER:part+past+s+m; the tag feature is Morph-it's "part"). */
    public boolean isParticiple() {
        return isVerb() && hasFeature("part");
    }

    /** Whether the tag carries an inflectional feature: in Italian "part", "ger", "inf", "fut", "past", "3", "p"… */
    public boolean hasFeature(String feature) {
        int colon = tag.indexOf(':');
        if (colon < 0) {
            return false;
        }
        int from = colon + 1;
        while (from <= tag.length()) {
            int end = tag.indexOf('+', from);
            if (end < 0) {
                end = tag.length();
            }
            if (end - from == feature.length() && tag.startsWith(feature, from)) {
                return true;
            }
            from = end + 1;
        }
        return false;
    }
}
