package org.newsgraph.document;

/** What a pipeline stage adds to a {@link Document}; stages declare which they need and which they give. */
public enum Annotation {
    TEXT,
    SENTENCES,
    TOKENS,
    MORPHOLOGY,
    QUOTES,
    TIMEX,
    QUANTITIES,
    ENTITIES,
    COREFERENCE,
    EVENTS
}
