package org.newsgraph.extract;

import java.util.Optional;

/**
 * Who a speech frame says spoke, as far as its sentence tells: an actor, a news agency that only relays the
 * words, a verb with no subject of its own, a speaker we cannot name, or no frame at all. {@code word} is
 * the frame's word (its verb, or the preposition of "secondo X") in {@code view}, which dates the words.
 */
record Speaker(Kind kind, Optional<String> id, SentenceView view, int word) {

    /** What a frame tells of the speaker. */
    enum Kind {
        /** No speech frame. */
        NONE,
        /** An actor spoke: "«…», ha detto Putin". */
        FOUND,
        /** A news agency relays the words: "«…», riferisce la Tass". */
        AGENCY,
        /** A speech verb whose subject is left implicit: "«…», ha aggiunto." */
        IMPLICIT,
        /** A speech verb whose speaker is no actor we know: "«…», ha detto il tycoon". */
        UNKNOWN
    }

    static final Speaker NONE = new Speaker(Kind.NONE, Optional.empty(), null, -1);

    static Speaker of(Kind kind, SentenceView view, int word) {
        return new Speaker(kind, Optional.empty(), view, word);
    }

    /** An actor found by a frame: an agency as such when the frame's verb only relays ("riferisce"). */
    static Speaker actor(Actor a, SentenceView view, int word, boolean relaying) {
        boolean agency = relaying && a.entity().newsAgency();
        return new Speaker(agency ? Kind.AGENCY : Kind.FOUND, Optional.of(a.id()), view, word);
    }

    /** A speaker known by id, who spoke the words dated by {@code word} of {@code view}. */
    static Speaker found(String id, SentenceView view, int word) {
        return new Speaker(Kind.FOUND, Optional.of(id), view, word);
    }

    boolean is(Kind k) {
        return kind == k;
    }

}
