package org.newsgraph.eval;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One gold event of an article; names refer to {@link GoldActor#name()}. */
public sealed interface GoldEvent {

    Category category();

    /** Borderline: finding it is not rewarded, missing it is not penalised. */
    boolean optional();

    /** A one-line description for reports. */
    String describe();

    /** The scored categories, in report order. */
    enum Category {
        ACTORS("actors"), MEETINGS("meetings"), VISITS("visits"), AGREEMENTS("agreements"),
        STATEMENTS("statements"), MILITARY_SUPPORT("military_support");

        private final String key;

        Category(String key) {
            this.key = key;
        }

        /** The key used in the gold JSON and in reports. */
        public String key() {
            return key;
        }
    }

    /** Two or more actors meet in person. */
    record Meeting(Set<String> participants, String place, String dateText, String date, boolean optional)
            implements GoldEvent {
        public Meeting {
            participants = Set.copyOf(participants);
        }

        public Category category() {
            return Category.MEETINGS;
        }

        public String describe() {
            return "meeting " + String.join(" + ", new TreeSet<>(participants))
                    + (place == null ? "" : " in " + place) + (date == null ? "" : " on " + date);
        }
    }

    /** A visitor goes to a destination; any of the acceptable destinations matches. */
    record Visit(String visitor, List<String> destinations, String date, boolean optional) implements GoldEvent {
        public Visit {
            destinations = List.copyOf(destinations);
        }

        public Category category() {
            return Category.VISITS;
        }

        public String describe() {
            return "visit of " + visitor + " to " + String.join(" / ", destinations) + (date == null ? "" : " on " + date);
        }
    }

    /**
     * A treaty or pact. {@code signatories} is null when the gold does not say; the {@code also*} lists hold
     * other dates the article claims for the same act, which the output may keep beside the main one.
     */
    record Agreement(String name, Set<String> parties, Set<String> signatories, String signed,
                     List<String> alsoClaimedSigned, String ratified, List<String> alsoClaimedRatified,
                     Boolean mutualDefence, boolean optional) implements GoldEvent {
        public Agreement {
            parties = Set.copyOf(parties);
            signatories = signatories == null ? null : Set.copyOf(signatories);
            alsoClaimedSigned = List.copyOf(alsoClaimedSigned);
            alsoClaimedRatified = List.copyOf(alsoClaimedRatified);
        }

        public Category category() {
            return Category.AGREEMENTS;
        }

        public String describe() {
            return "agreement " + (name == null ? "" : "'" + name + "' ") + "between "
                    + String.join(" + ", new TreeSet<>(parties));
        }
    }

    /** A speaker says something whose quote starts with {@code quoteStart}. */
    record Statement(String speaker, String quoteStart, String date, boolean optional) implements GoldEvent {
        public Category category() {
            return Category.STATEMENTS;
        }

        public String describe() {
            return "statement by " + speaker + ": «" + quoteStart + "…»";
        }
    }

    /**
     * A provider supplies materiel to a recipient. {@code claimedBy}/{@code deniedBy} are null when the gold
     * does not say (an empty list is a value: nobody); {@code hedged} null when not annotated.
     */
    record MilitarySupport(String provider, String recipient, String what, Long quantity, String qualifier,
                           Set<String> claimedBy, Set<String> deniedBy, Boolean hedged, boolean optional)
            implements GoldEvent {
        public MilitarySupport {
            claimedBy = claimedBy == null ? null : Set.copyOf(claimedBy);
            deniedBy = deniedBy == null ? null : Set.copyOf(deniedBy);
        }

        public Category category() {
            return Category.MILITARY_SUPPORT;
        }

        public String describe() {
            return "military support " + provider + " → " + recipient + ": " + what
                    + (quantity == null ? "" : " " + (qualifier == null ? "" : qualifier + " ") + quantity);
        }
    }
}
