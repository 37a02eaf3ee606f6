package org.newsgraph.document;

/** The coarse word classes the rules ask about, the same for every language; each profile maps its dictionary's tags onto them. */
public enum PartOfSpeech {
    VERB,
    AUXILIARY,
    NOUN,
    PROPER_NOUN,
    ADJECTIVE,
    ADVERB,
    DETERMINER,
    NUMERAL,
    PREPOSITION,
    PRONOUN,
    CONJUNCTION,
    INTERJECTION,
    PUNCTUATION,
    SYMBOL,
    OTHER
}
