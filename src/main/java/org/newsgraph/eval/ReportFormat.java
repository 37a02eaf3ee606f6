package org.newsgraph.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newsgraph.eval.EvalReport.Counts;
import org.newsgraph.eval.EvalReport.Finding;
import org.newsgraph.eval.EvalReport.Tally;
import org.newsgraph.eval.GoldEvent.Category;

/** Renders an {@link EvalReport} as a readable text table or as JSON for machines. */
public enum ReportFormat {
    TEXT {
        @Override
        public String render(EvalReport r) {
            StringBuilder out = new StringBuilder();
            out.append("newsgraph eval: ").append(r.scoredArticles().size()).append(" article(s) scored");
            if (!r.missingArticles().isEmpty()) {
                out.append(", ").append(r.missingArticles().size()).append(" gold article(s) missing from the output: ")
                        .append(String.join(", ", r.missingArticles()));
            }
            if (!r.unscoredArticles().isEmpty()) {
                out.append(", ").append(r.unscoredArticles().size()).append(" without gold (not scored)");
            }
            out.append("\n\n");
            out.append(String.format(Locale.ROOT, "%-18s %5s %5s %5s %9s %7s %7s%n",
                    "category", "TP", "FP", "FN", "precision", "recall", "F1"));
            for (Category c : Category.values()) {
                row(out, c.key(), r.category(c));
            }
            row(out, "events (micro)", r.events());
            row(out, "overall (micro)", r.overall());
            out.append('\n');
            out.append(String.format(Locale.ROOT, "%-18s %7s %5s %8s%n", "attribute", "correct", "total", "accuracy"));
            for (String a : EvalReport.CORE_ATTRIBUTES) {
                tally(out, a, r.attribute(a));
            }
            tally(out, "overall", r.attributesOverall());
            for (String a : EvalReport.OTHER_ATTRIBUTES) {
                tally(out, a + " *", r.attribute(a));
            }
            out.append("  * reported, not part of the overall attribute accuracy\n\n");
            out.append(String.format(Locale.ROOT, "evidence exact: %d/%d events (%s)%n%n", r.evidence().correct(),
                    r.evidence().total(), percent(r.evidence().share())));
            out.append("misses and false finds: ").append(r.findings().size()).append('\n');
            String article = null;
            for (Finding f : r.findings()) {
                if (!f.article().equals(article)) {
                    article = f.article();
                    out.append("\n").append(article).append('\n');
                }
                out.append(String.format(Locale.ROOT, "  %-7s %-16s %s%n", f.kind(), f.category(), f.item()));
                if (!f.evidence().isBlank()) {
                    out.append("          «").append(f.evidence().strip().replaceAll("\\s+", " ")).append("»\n");
                }
            }
            return out.toString();
        }

        private static void row(StringBuilder out, String label, Counts c) {
            out.append(String.format(Locale.ROOT, "%-18s %5d %5d %5d %9.3f %7.3f %7.3f%n",
                    label, c.tp(), c.fp(), c.fn(), c.precision(), c.recall(), c.f1()));
        }

        private static void tally(StringBuilder out, String label, Tally t) {
            out.append(String.format(Locale.ROOT, "%-18s %7d %5d %8s%n", label, t.correct(), t.total(),
                    t.share().map(s -> String.format(Locale.ROOT, "%.3f", s)).orElse("n/a")));
        }

        private static String percent(Optional<Double> share) {
            return share.map(s -> String.format(Locale.ROOT, "%.1f %%", 100 * s)).orElse("n/a");
        }
    },

    JSON_FORMAT {
        @Override
        public String render(EvalReport r) {
            JsonObject root = new JsonObject();
            JsonObject articles = new JsonObject();
            articles.put("scored", strings(r.scoredArticles()));
            articles.put("missing", strings(r.missingArticles()));
            articles.put("unscored", strings(r.unscoredArticles()));
            root.put("articles", articles);
            JsonObject categories = new JsonObject();
            for (Category c : Category.values()) {
                categories.put(c.key(), counts(r.category(c)));
            }
            root.put("categories", categories);
            root.put("events", counts(r.events()));
            root.put("overall", counts(r.overall()));
            JsonObject attributes = new JsonObject();
            for (String a : EvalReport.CORE_ATTRIBUTES) {
                attributes.put(a, tally(r.attribute(a)));
            }
            attributes.put("overall", tally(r.attributesOverall()));
            root.put("attributes", attributes);
            JsonObject others = new JsonObject();
            for (String a : EvalReport.OTHER_ATTRIBUTES) {
                others.put(a, tally(r.attribute(a)));
            }
            root.put("other_attributes", others);
            root.put("evidence", tally(r.evidence()));
            JsonArray findings = new JsonArray();
            for (Finding f : r.findings()) {
                JsonObject o = new JsonObject();
                o.put("article", f.article());
                o.put("kind", f.kind().name().toLowerCase(Locale.ROOT));
                o.put("category", f.category());
                o.put("item", f.item());
                o.put("evidence", f.evidence());
                findings.add(o);
            }
            root.put("findings", findings);
            return JSON.toString(root) + "\n";
        }

        private static JsonArray strings(List<String> values) {
            JsonArray a = new JsonArray();
            values.forEach(a::add);
            return a;
        }

        private static JsonObject counts(Counts c) {
            JsonObject o = new JsonObject();
            o.put("tp", c.tp());
            o.put("fp", c.fp());
            o.put("fn", c.fn());
            o.put("precision", number(c.precision()));
            o.put("recall", number(c.recall()));
            o.put("f1", number(c.f1()));
            return o;
        }

        private static JsonObject tally(Tally t) {
            JsonObject o = new JsonObject();
            o.put("correct", t.correct());
            o.put("total", t.total());
            o.put("share", t.share().<JsonValue>map(ReportFormat::number).orElse(JsonNull.instance));
            return o;
        }
    };

    /** The report as this format's text. */
    public abstract String render(EvalReport report);

    /** "text" or "json". */
    public static ReportFormat named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "text" -> TEXT;
            case "json" -> JSON_FORMAT;
            default -> throw new IllegalArgumentException("unknown report format: " + name);
        };
    }

    private static JsonNumber number(double d) {
        return JsonNumber.value(BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros());
    }
}
