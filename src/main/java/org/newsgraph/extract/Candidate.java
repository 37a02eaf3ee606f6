package org.newsgraph.extract;

import org.newsgraph.document.Event;

/**
 * An event found in one sentence. An anaphoric candidate ("l'incontro", "questo patto") names no
 * arguments of its own and adds its evidence, date and place to the latest event of its type; one of the same
 * parties ("It has also sent missiles", "Ha inoltre inviato missili") is one more event between the parties of the
 * latest event of its type, or that event told again.
 */
public record Candidate(Event event, boolean anaphoric, boolean sameParties) {

    public Candidate(Event event, boolean anaphoric) {
        this(event, anaphoric, false);
    }
}
