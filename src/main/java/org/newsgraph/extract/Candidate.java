package org.newsgraph.extract;

import org.newsgraph.document.Event;

/**
 * An event found in one sentence. An anaphoric candidate ("l'incontro", "questo patto") names no
 * arguments of its own and adds its evidence, date and place to the latest event of its type.
 */
public record Candidate(Event event, boolean anaphoric) {
}
