package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.document.Entity;
import org.newsgraph.document.EntityType;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.lang.ClasspathResource;
import org.newsgraph.lang.Language;

/**
 * The reference actors, countries, places and organisations (src/main/resources/newsgraph/gazetteer.ttl,
 * completed by {@link WorldData}), indexed by the surface forms that name them: labels, aliases, surnames,
 * nationality adjectives. English names ({@code @en}) are labels, not surface forms.
 */
public final class Gazetteer {

    /** Where the gazetteer lives on the classpath. */
    public static final String RESOURCE = "newsgraph/gazetteer.ttl";

    private final Map<String, Entity> entities;
    private final Map<String, List<SurfaceForm>> formsByFirstWord;
    private final Map<String, String> capitals;
    private final Map<String, List<String>> englishNames;
    private final Model model;

    private Gazetteer(Model model, Map<String, Entity> entities, List<SurfaceForm> forms,
                      Map<String, String> capitals, Map<String, List<String>> englishNames) {
        this.model = model;
        this.englishNames = Map.copyOf(englishNames);
        this.entities = Map.copyOf(entities);
        Map<String, List<SurfaceForm>> index = new HashMap<>();
        for (SurfaceForm f : forms) {
            index.computeIfAbsent(f.words().get(0), k -> new ArrayList<>()).add(f);
        }
        index.values().forEach(l -> l.sort(Comparator.comparingInt((SurfaceForm f) -> -f.words().size())));
        this.formsByFirstWord = index;
        this.capitals = Map.copyOf(capitals);
    }

    /** The shipped gazetteer once loaded (a failed load is reported by each call, as a NewsgraphException). */
    private static final Map<String, Gazetteer> BY_LANGUAGE = new ConcurrentHashMap<>();

    /**
     * The gazetteer shipped in the jar as the store holds it, completed with the world data of the first language of
     * languages.tsv: built once, as completing it with every country, capital and place takes about 0.1 s warm and a
     * second cold, and each converter thread, each load and each eval asks for it. Treat its model as read-only.
     */
    public static Gazetteer standard() {
        return forLanguage(Language.first());
    }

    /**
     * The gazetteer a language's articles are read with: the shipped one completed with that language's names of
     * countries, capitals, demonyms and places ("Moscow", "North Korean" for English), on the same ids, built once.
     */
    public static Gazetteer forLanguage(String code) {
        return BY_LANGUAGE.computeIfAbsent(code, Gazetteer::load);
    }

    private static Gazetteer load(String code) {
        Model m = ClasspathResource.read(RESOURCE, in -> {
            Model parsed = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base(GazetteerVocab.DEFAULT_BASE).parse(parsed);
            return parsed;
        });
        return of(WorldData.complete(m, code));
    }

    /** Builds the index from a gazetteer model in the documented format. */
    public static Gazetteer of(Model m) {
        Map<String, Entity> entities = new TreeMap<>();
        List<SurfaceForm> forms = new ArrayList<>();
        Map<String, String> capitals = new HashMap<>();
        Map<String, List<String>> english = new HashMap<>();
        for (Map.Entry<Resource, EntityType> e : typed(m).entrySet()) {
            Resource r = e.getKey();
            String id = idOf(r);
            String label = string(r, RDFS.label).orElseThrow(() ->
                    NewsgraphException.failure("gazetteer entity " + r + " has no rdfs:label"));
            List<String> alt = strings(r, GazetteerVocab.altLabel);
            Optional<String> wikidata = r.listProperties(OWL.sameAs).toList().stream()
                    .map(s -> s.getObject().toString()).filter(u -> u.startsWith(GazetteerVocab.WD))
                    .map(u -> u.substring(GazetteerVocab.WD.length())).findFirst();
            Optional<String> country = r.listProperties(GazetteerVocab.country).toList().stream()
                    .map(s -> idOf(s.getResource())).findFirst();
            List<String> roles = strings(r, GazetteerVocab.role).stream().map(Folding::fold).toList();
            boolean agency = r.hasProperty(RDF.type, GazetteerVocab.NewsAgency);
            entities.put(id, new Entity(id, e.getValue(), label, alt, wikidata, country, roles, agency));
            forms.add(SurfaceForm.name(label, id));
            strings(r, GazetteerVocab.altLabel, false).forEach(a -> forms.add(SurfaceForm.name(a, id)));
            strings(r, GazetteerVocab.shortName)
                    .forEach(s -> forms.add(SurfaceForm.shortName(s, id)));
            strings(r, GazetteerVocab.demonym)
                    .forEach(s -> forms.add(SurfaceForm.demonym(s, id)));
            r.listProperties(GazetteerVocab.capital).toList()
                    .forEach(s -> capitals.put(idOf(s.getResource()), id));
            List<String> en = r.listProperties(GazetteerVocab.altLabel).toList().stream()
                    .filter(s -> s.getObject().isLiteral() && s.getLiteral().getLanguage().equals(WorldData.ENGLISH))
                    .map(s -> s.getLiteral().getLexicalForm()).sorted().toList();
            if (!en.isEmpty()) {
                english.put(id, en);
            }
        }
        return new Gazetteer(m, entities, forms, capitals, english);
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    public Collection<Entity> entities() {
        return entities.values();
    }

    /** Forms whose first folded word is {@code word}, longest first. */
    public List<SurfaceForm> formsStartingWith(String word) {
        return formsByFirstWord.getOrDefault(word, List.of());
    }

    /** The English names of an entity ("Moscow" for Mosca): labels in the language of other articles. */
    public List<String> englishNames(String id) {
        return englishNames.getOrDefault(id, List.of());
    }

    /** The country whose capital (seat of government) is this place, if it is one. */
    public Optional<String> countryWithCapital(String placeId) {
        return Optional.ofNullable(capitals.get(placeId));
    }

    /** The capital of a country, if the gazetteer knows it. */
    public Optional<String> capitalOf(String countryId) {
        return capitals.entrySet().stream().filter(e -> e.getValue().equals(countryId)).map(Map.Entry::getKey)
                .sorted().findFirst();
    }

    /** The gazetteer as RDF, for loading into its own graph. */
    public Model model() {
        return model;
    }

    private static Map<Resource, EntityType> typed(Model m) {
        Map<Resource, EntityType> out = new LinkedHashMap<>();
        Map<Resource, EntityType> classes = Map.of(
                GazetteerVocab.Person, EntityType.PERSON, GazetteerVocab.Organization, EntityType.ORGANIZATION,
                GazetteerVocab.NewsAgency, EntityType.ORGANIZATION, GazetteerVocab.Country, EntityType.COUNTRY,
                GazetteerVocab.Place, EntityType.PLACE);
        m.listStatements(null, RDF.type, (RDFNode) null).forEachRemaining(s -> {
            EntityType t = classes.get(s.getObject().isResource() ? s.getResource() : null);
            if (t != null && s.getSubject().isURIResource()) {
                out.putIfAbsent(s.getSubject(), t);
            }
        });
        return out;
    }

    private static String idOf(Resource r) {
        String uri = r.getURI();
        if (uri == null || !uri.startsWith(GazetteerVocab.DEFAULT_BASE)) {
            throw NewsgraphException.failure("gazetteer entity IRI must start with " + GazetteerVocab.DEFAULT_BASE + ": " + r);
        }
        return uri.substring(GazetteerVocab.DEFAULT_BASE.length());
    }

    private static Optional<String> string(Resource r, Property p) {
        return strings(r, p).stream().findFirst();
    }

    private static List<String> strings(Resource r, Property p) {
        return strings(r, p, true);
    }

    /** The literal values of {@code p}; with {@code english} false, without those tagged English (labels only). */
    private static List<String> strings(Resource r, Property p, boolean english) {
        return r.listProperties(p).toList().stream().filter(s -> s.getObject().isLiteral())
                .filter(s -> english || !s.getLiteral().getLanguage().equals(WorldData.ENGLISH))
                .map(s -> s.getLiteral().getLexicalForm()).sorted().toList();
    }
}
