package org.newsgraph.text;

import java.util.List;
import java.util.Set;
import org.newsgraph.document.Annotation;
import org.newsgraph.document.Document;
import org.newsgraph.document.Sentence;
import org.newsgraph.lang.Morphology;
import org.newsgraph.pipeline.Stage;

/**
 * Gives every token its readings from the language's morphological dictionary (reads TOKENS, writes
 * MORPHOLOGY): in "Le delegazioni firmeranno l’intesa", "firmeranno" gets firmare VER:ind+fut+3+p and "intesa"
 * both intesa NOUN-F:s and intendere VER:part+past+s+f. Readings are not disambiguated: a rule picks the one it
 * needs.
 */
public final class MorphologyTagger implements Stage {

    private final Morphology morphology;

    public MorphologyTagger(Morphology morphology) {
        this.morphology = morphology;
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TOKENS);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.MORPHOLOGY);
    }

    @Override
    public Document apply(Document document) {
        List<Sentence> sentences = document.sentences().stream()
                .map(s -> s.withTokens(s.tokens().stream()
                        .map(t -> t.isWord() ? t.withAnalyses(morphology.analyse(t.text())) : t).toList()))
                .toList();
        return document.withSentences(sentences, Annotation.MORPHOLOGY);
    }
}
