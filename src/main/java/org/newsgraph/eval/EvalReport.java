package org.newsgraph.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.eval.GoldEvent.Category;

/**
 * The scores of one evaluation run: precision/recall/F1 per category, attribute accuracy, evidence
 * exactness, and every miss, false find, wrong attribute and inexact evidence.
 */
public record EvalReport(List<String> scoredArticles, List<String> missingArticles, List<String> unscoredArticles,
                         Map<Category, Counts> categories, Map<String, Tally> attributes, Tally evidence,
                         List<Finding> findings) {

    /** The attributes of issue #3 whose accuracy makes the overall attribute score, in report order. */
    public static final List<String> CORE_ATTRIBUTES =
            List.of("place", "date", "quantity", "claimed_by", "denied_by", "signed", "ratified");
    /** Further annotated attributes, reported but not part of the overall attribute score. */
    public static final List<String> OTHER_ATTRIBUTES = List.of("signatories", "hedged", "mutual_defence");

    public EvalReport {
        scoredArticles = List.copyOf(scoredArticles);
        missingArticles = List.copyOf(missingArticles);
        unscoredArticles = List.copyOf(unscoredArticles);
        categories = Map.copyOf(categories);
        attributes = Map.copyOf(attributes);
        Objects.requireNonNull(evidence, "evidence");
        findings = List.copyOf(findings);
    }

    public Counts category(Category c) {
        return categories.getOrDefault(c, Counts.ZERO);
    }

    /** Micro-averaged over the five event categories. */
    public Counts events() {
        return Arrays.stream(Category.values()).filter(c -> c != Category.ACTORS).map(this::category)
                .reduce(Counts.ZERO, Counts::plus);
    }

    /** Micro-averaged over actors and all events. */
    public Counts overall() {
        return events().plus(category(Category.ACTORS));
    }

    public Tally attribute(String name) {
        return attributes.getOrDefault(name, Tally.ZERO);
    }

    /** Accuracy over all scored values of the {@link #CORE_ATTRIBUTES}. */
    public Tally attributesOverall() {
        return CORE_ATTRIBUTES.stream().map(this::attribute).reduce(Tally.ZERO, Tally::plus);
    }

    /** True positives, false positives and false negatives of one category. */
    public record Counts(int tp, int fp, int fn) {
        public static final Counts ZERO = new Counts(0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }

        /** 1.0 when nothing was claimed. */
        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        /** 1.0 when there was nothing to find. */
        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    /** How many of the scored values were right. */
    public record Tally(int correct, int total) {
        public static final Tally ZERO = new Tally(0, 0);

        public Tally plus(Tally o) {
            return new Tally(correct + o.correct, total + o.total);
        }

        public Tally add(boolean right) {
            return new Tally(correct + (right ? 1 : 0), total + 1);
        }

        /** Empty when nothing was scored. */
        public Optional<Double> share() {
            return total == 0 ? Optional.empty() : Optional.of((double) correct / total);
        }
    }

    /** One thing the converter got wrong, with the text that shows it. */
    public record Finding(String article, Kind kind, String category, String item, String evidence) {

        /** What went wrong. */
        public enum Kind {
            /** A gold item the output lacks. */
            MISS,
            /** An output item no gold item accounts for (or a second one for the same gold item). */
            FALSE,
            /** A matched event with a wrong attribute value. */
            WRONG,
            /** Evidence whose offsets do not cut its anchorOf out of the article text. */
            OFFSETS
        }

        public Finding {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(kind, "kind");
            evidence = evidence == null ? "" : evidence;
        }
    }
}
