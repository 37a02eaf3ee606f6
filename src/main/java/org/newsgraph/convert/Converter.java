package org.newsgraph.convert;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.newsgraph.document.ArticleSource;
import org.newsgraph.document.Document;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.entity.EntityRecognizer;
import org.newsgraph.entity.Gazetteer;
import org.newsgraph.extract.EventExtractor;
import org.newsgraph.lang.Language;
import org.newsgraph.lang.LanguageDetector;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.quantity.QuantityTagger;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.ConvertedArticle;
import org.newsgraph.rdf.Iris;
import org.newsgraph.text.ArticleReader;
import org.newsgraph.text.BoilerplateCleaner;
import org.newsgraph.text.CleanedText;
import org.newsgraph.text.MorphologyTagger;
import org.newsgraph.text.QuoteFinder;
import org.newsgraph.text.SentenceSplitter;
import org.newsgraph.text.Tokenizer;
import org.newsgraph.time.TemporalTagger;

/**
 * Turns one article file into its named graph: read, analyse with the pipeline of the article's language, map to
 * RDF. A language's pipeline is built the first time an article in it comes.
 */
public final class Converter {

    private final Iris iris;
    private final Gazetteer gazetteer;
    private final ArticleMapper mapper;
    private final Map<String, Reading> readings = new ConcurrentHashMap<>();
    private final LanguageDetector detector = LanguageDetector.standard();
    /** The language of an article that neither says nor shows one clearly: the first of languages.tsv. */
    private final String defaultLanguage = Language.first();

    /** How one language is read: its boilerplate and its analysis stages. */
    private record Reading(BoilerplateCleaner cleaner, Pipeline pipeline) {

        static Reading of(Language language, Gazetteer gazetteer) {
            return new Reading(BoilerplateCleaner.of(language), Pipeline.builder()
                    .add(new SentenceSplitter(language))
                    .add(new Tokenizer(language))
                    .add(new MorphologyTagger(language.morphology()))
                    .add(new QuoteFinder())
                    .add(new TemporalTagger(language))
                    .add(new QuantityTagger(language))
                    .add(new EntityRecognizer(language, gazetteer))
                    .add(new EventExtractor(language, gazetteer))
                    .build());
        }
    }

    public Converter(Iris iris) {
        this.iris = iris;
        this.gazetteer = Gazetteer.standard();
        this.mapper = new ArticleMapper(iris, gazetteer);
    }

    public static Converter standard() {
        return new Converter(Iris.standard());
    }

    public Iris iris() {
        return iris;
    }

    /** Reads and analyses one article. */
    public Document analyse(ArticleInput input) {
        return analyse(input.source(), input.text()
                .orElseGet(() -> ArticleReader.read(input.path(), input.source().sourceFile())));
    }

    /** Normalises and cleans an article's text (as a file read gives it) and runs the analysis pipeline on it. */
    public Document analyse(ArticleSource source, String text) {
        String normalised = ArticleReader.normalise(text);
        String code = source.language().orElseGet(() -> detector.detect(normalised).orElse(defaultLanguage));
        Reading reading = readings.computeIfAbsent(code, c -> Reading.of(Language.of(c), Gazetteer.forLanguage(c)));
        CleanedText cleaned = reading.cleaner().clean(normalised, source.publisher());
        if (cleaned.text().isBlank()) {
            throw NewsgraphException.failure(source.sourceFile() + ": no text once web chrome is removed");
        }
        return reading.pipeline().apply(Document.of(source.withLanguage(code), cleaned.text(), cleaned.headline()));
    }

    /** The article's named graph: its text, entities, events and their evidence. */
    public Graph map(Document document) {
        return mapper.map(document);
    }

    public ConvertedArticle convert(ArticleInput input) {
        Document document = analyse(input);
        return new ConvertedArticle(input.source(), iris.articleGraph(input.source().id()), map(document));
    }
}
