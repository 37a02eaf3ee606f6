package org.newsgraph.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.newsgraph.cli.NewsgraphException;
import org.newsgraph.document.ArticleSource;
import org.newsgraph.document.Document;
import org.newsgraph.entity.Gazetteer;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.Iris;

/** Turns one article file into its named graph: read, analyse, map to RDF. */
public final class Converter {

    private final Iris iris;
    private final ArticleMapper mapper;

    public Converter(Iris iris) {
        this.iris = iris;
        this.mapper = new ArticleMapper(iris, Gazetteer.standard());
    }

    public static Converter standard() {
        return new Converter(Iris.standard());
    }

    public Iris iris() {
        return iris;
    }

    /** Reads and analyses one article. */
    public Document analyse(ArticleInput input) {
        String text;
        try {
            text = Files.readString(input.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw NewsgraphException.failure(input.source().sourceFile() + ": cannot read: " + e.getMessage(), e);
        }
        return Document.of(input.source(), text, Optional.empty());
    }

    public Document analyse(ArticleSource source, String text) { return Document.of(source, text, Optional.empty()); }

    public ConvertedArticle convert(ArticleInput input) {
        Document document = analyse(input);
        return new ConvertedArticle(input.source(), iris.articleGraph(input.source().id()), mapper.map(document));
    }
}
