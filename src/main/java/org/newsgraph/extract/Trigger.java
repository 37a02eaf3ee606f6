package org.newsgraph.extract;

/** A word that signals an event: what kind, and the frame that says where its arguments are. */
public record Trigger(Kind kind, String frame, int word) {

    /** The kinds of signal in triggers.tsv. */
    public enum Kind {
        MEETING, VISIT, STATEMENT, AGREEMENT, SIGNING, RATIFICATION, IN_FORCE, SUPPORT, CLAIM, DENIAL, REPORT
    }
}
