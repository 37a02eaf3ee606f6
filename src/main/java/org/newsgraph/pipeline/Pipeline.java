package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.document.Annotation;
import org.newsgraph.document.Document;

/** An ordered chain of stages, checked once when built: every stage's requirements are met before it runs. */
public final class Pipeline {

    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Document apply(Document document) {
        Document d = document;
        for (Stage stage : stages) {
            d = stage.apply(d);
        }
        return d;
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Collects stages and refuses a chain in which a stage would run before what it requires. */
    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();

        public Builder add(Stage stage) {
            stages.add(stage);
            return this;
        }

        public Pipeline build() {
            Set<Annotation> available = EnumSet.of(Annotation.TEXT);
            for (Stage stage : stages) {
                for (Annotation needed : stage.requires()) {
                    if (!available.contains(needed)) {
                        throw new IllegalStateException(stage.name() + " requires " + needed
                                + ", which no earlier stage provides" + providerHint(needed));
                    }
                }
                available.addAll(stage.provides());
            }
            return new Pipeline(stages);
        }

        private String providerHint(Annotation needed) {
            return stages.stream().filter(s -> s.provides().contains(needed)).findFirst()
                    .map(s -> " (" + s.name() + " provides it: put it earlier)").orElse("");
        }
    }
}
