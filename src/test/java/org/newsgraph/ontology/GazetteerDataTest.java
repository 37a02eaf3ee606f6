package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.document.Entity;
import org.newsgraph.document.EntityType;
import org.newsgraph.entity.Folding;
import org.newsgraph.entity.Gazetteer;
import org.newsgraph.entity.SurfaceForm;
import org.newsgraph.rdf.Vocab;

/**
 * The shipped gazetteer (newsgraph/gazetteer.ttl completed with the world data of CLDR and lang/it): well-formed
 * reference data, Wikidata links only to the ids in the committed copy of design/wikidata-qids.tsv, and the
 * surface forms news writes resolve.
 */
class GazetteerDataTest {

    static final Map<Resource, String> TYPES = Map.of(
            Vocab.Person, "person", Vocab.Organization, "organization", Vocab.Country, "country", Vocab.Place, "place");

    private static Model data;
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        model();
    }

    static Stream<String> entities() {
        return model().listSubjects().toList().stream().filter(Resource::isURIResource).map(Resource::getURI).sorted();
    }

    static Stream<Arguments> sameAsLinks() {
        return model().listStatements(null, OWL.sameAs, (RDFNode) null).toList().stream()
                .map(s -> Arguments.of(s.getSubject().getURI(), s.getObject().toString()))
                .sorted((a, b) -> a.get()[0].toString().compareTo(b.get()[0].toString()));
    }

    static Stream<Arguments> capitals() {
        return model().listStatements(null, Vocab.capital, (RDFNode) null).toList().stream()
                .map(s -> Arguments.of(s.getSubject().getURI(), s.getObject().toString()));
    }

    static Stream<Arguments> countryLinks() {
        return model().listStatements(null, Vocab.country, (RDFNode) null).toList().stream()
                .map(s -> Arguments.of(s.getSubject().getURI(), s.getObject().toString()));
    }

    static Stream<Arguments> roles() {
        return model().listStatements(null, Vocab.role, (RDFNode) null).toList().stream()
                .map(s -> Arguments.of(s.getSubject().getURI(), s.getLiteral().getLexicalForm()));
    }

    /** How news writes an entity, what the gazetteer must resolve it to, and as what kind of form. */
    static Stream<Arguments> surfaceForms() {
        return Stream.of(
                form("Kim Jong Un", "person/kim-jong-un", SurfaceForm.Kind.NAME),
                form("Kim Jong-un", "person/kim-jong-un", SurfaceForm.Kind.NAME),
                form("Kim Jong-Un", "person/kim-jong-un", SurfaceForm.Kind.NAME),
                form("Kim", "person/kim-jong-un", SurfaceForm.Kind.SHORT_NAME),
                form("Kim", "person/kim-yo-jong", SurfaceForm.Kind.SHORT_NAME),
                form("Kim Yo Jong", "person/kim-yo-jong", SurfaceForm.Kind.NAME),
                form("Vladimir Putin", "person/vladimir-putin", SurfaceForm.Kind.NAME),
                form("Putin", "person/vladimir-putin", SurfaceForm.Kind.SHORT_NAME),
                form("Beloúsov", "person/andrei-belousov", SurfaceForm.Kind.SHORT_NAME),
                form("Belousov Andrei", "person/andrei-belousov", SurfaceForm.Kind.NAME),
                form("Andrei Belousov", "person/andrei-belousov", SurfaceForm.Kind.NAME),
                form("No Kwang Chol", "person/no-kwang-chol", SurfaceForm.Kind.NAME),
                form("No Kwang-chol", "person/no-kwang-chol", SurfaceForm.Kind.NAME),
                form("Choe Son Hui", "person/choe-son-hui", SurfaceForm.Kind.NAME),
                form("Sergei Lavrov", "person/sergei-lavrov", SurfaceForm.Kind.NAME),
                form("Sergey Shoigu", "person/sergei-shoigu", SurfaceForm.Kind.NAME),
                form("Volodymyr Zelenskyj", "person/volodymyr-zelensky", SurfaceForm.Kind.NAME),
                form("Yoon Suk Yeol", "person/yoon-suk-yeol", SurfaceForm.Kind.NAME),
                form("Lin Jian", "person/lin-jian", SurfaceForm.Kind.NAME),
                form("Joe Biden", "person/joe-biden", SurfaceForm.Kind.NAME),
                form("Xi Jinping", "person/xi-jinping", SurfaceForm.Kind.NAME),
                form("Corea del Nord", "country/north-korea", SurfaceForm.Kind.NAME),
                form("Nord Corea", "country/north-korea", SurfaceForm.Kind.NAME),
                form("RPDC", "country/north-korea", SurfaceForm.Kind.NAME),
                form("Repubblica Popolare Democratica di Corea", "country/north-korea", SurfaceForm.Kind.NAME),
                form("nordcoreani", "country/north-korea", SurfaceForm.Kind.DEMONYM),
                form("nord-coreana", "country/north-korea", SurfaceForm.Kind.DEMONYM),
                form("Corea del Sud", "country/south-korea", SurfaceForm.Kind.NAME),
                form("sudcoreano", "country/south-korea", SurfaceForm.Kind.DEMONYM),
                form("Stati Uniti", "country/united-states", SurfaceForm.Kind.NAME),
                form("Stati Uniti d'America", "country/united-states", SurfaceForm.Kind.NAME),
                form("USA", "country/united-states", SurfaceForm.Kind.NAME),
                form("Usa", "country/united-states", SurfaceForm.Kind.NAME),
                form("statunitensi", "country/united-states", SurfaceForm.Kind.DEMONYM),
                form("americane", "country/united-states", SurfaceForm.Kind.DEMONYM),
                form("Russia", "country/russia", SurfaceForm.Kind.NAME),
                form("russe", "country/russia", SurfaceForm.Kind.DEMONYM),
                form("ucraino", "country/ukraine", SurfaceForm.Kind.DEMONYM),
                form("cinese", "country/china", SurfaceForm.Kind.DEMONYM),
                form("giapponesi", "country/japan", SurfaceForm.Kind.DEMONYM),
                form("iraniano", "country/iran", SurfaceForm.Kind.DEMONYM),
                form("bielorussi", "country/belarus", SurfaceForm.Kind.DEMONYM),
                form("Mosca", "place/moscow", SurfaceForm.Kind.NAME),
                form("Kiev", "place/kyiv", SurfaceForm.Kind.NAME),
                form("Kyiv", "place/kyiv", SurfaceForm.Kind.NAME),
                form("Seul", "place/seoul", SurfaceForm.Kind.NAME),
                form("Pyongyang", "place/pyongyang", SurfaceForm.Kind.NAME),
                form("Vladivostok", "place/vladivostok", SurfaceForm.Kind.NAME),
                form("regione di Kursk", "place/kursk", SurfaceForm.Kind.NAME),
                form("KCNA", "organization/kcna", SurfaceForm.Kind.NAME),
                form("Kcna", "organization/kcna", SurfaceForm.Kind.NAME),
                form("Agenzia di Stampa Centrale Coreana", "organization/kcna", SurfaceForm.Kind.NAME),
                form("Yonhap", "organization/yonhap", SurfaceForm.Kind.NAME),
                form("AFP", "organization/agence-france-presse", SurfaceForm.Kind.NAME),
                form("AP", "organization/associated-press", SurfaceForm.Kind.NAME),
                form("Cremlino", "organization/kremlin", SurfaceForm.Kind.NAME),
                form("Consiglio di sicurezza russo", "organization/security-council-of-russia", SurfaceForm.Kind.NAME),
                form("Nazioni Unite", "organization/united-nations", SurfaceForm.Kind.NAME),
                form("Nato", "organization/nato", SurfaceForm.Kind.NAME),
                form("Tunisia", "country/tunisia", SurfaceForm.Kind.NAME),
                form("Kosovo", "country/kosovo", SurfaceForm.Kind.NAME),
                form("Repubblica Democratica del Congo", "country/democratic-republic-of-the-congo", SurfaceForm.Kind.NAME),
                form("Costa d’Avorio", "country/ivory-coast", SurfaceForm.Kind.NAME),
                form("Cechia", "country/czech-republic", SurfaceForm.Kind.NAME),
                form("Palestina", "country/palestine", SurfaceForm.Kind.NAME),
                form("Hong Kong", "place/hong-kong", SurfaceForm.Kind.NAME),
                form("kosovaro", "country/kosovo", SurfaceForm.Kind.DEMONYM),
                form("tunisine", "country/tunisia", SurfaceForm.Kind.DEMONYM),
                form("austriaci", "country/austria", SurfaceForm.Kind.DEMONYM),
                form("libiche", "country/libya", SurfaceForm.Kind.DEMONYM),
                form("palestinese", "country/palestine", SurfaceForm.Kind.DEMONYM),
                form("Tunisi", "place/tunis", SurfaceForm.Kind.NAME),
                form("Pristina", "place/pristina", SurfaceForm.Kind.NAME),
                form("Nuova Delhi", "place/new-delhi", SurfaceForm.Kind.NAME),
                form("Città del Messico", "place/mexico-city", SurfaceForm.Kind.NAME),
                form("Istanbul", "place/istanbul", SurfaceForm.Kind.NAME),
                form("Striscia di Gaza", "place/gaza-strip", SurfaceForm.Kind.NAME),
                form("mar Caspio", "place/caspian-sea", SurfaceForm.Kind.NAME),
                form("Medio Oriente", "place/middle-east", SurfaceForm.Kind.NAME),
                form("URSS", "country/soviet-union", SurfaceForm.Kind.NAME),
                form("Jugoslavia", "country/yugoslavia", SurfaceForm.Kind.NAME),
                form("Commissione europea", "organization/european-commission", SurfaceForm.Kind.NAME),
                form("Lega Araba", "organization/arab-league", SurfaceForm.Kind.NAME),
                form("Unione africana", "organization/african-union", SurfaceForm.Kind.NAME),
                form("Eliseo", "organization/elysee", SurfaceForm.Kind.NAME),
                form("Hamas", "organization/hamas", SurfaceForm.Kind.NAME),
                form("Recep Tayyip Erdoğan", "person/recep-tayyip-erdogan", SurfaceForm.Kind.NAME),
                form("Erdogan", "person/recep-tayyip-erdogan", SurfaceForm.Kind.SHORT_NAME),
                form("Lula", "person/luiz-inacio-lula-da-silva", SurfaceForm.Kind.SHORT_NAME),
                form("Viktor Orban", "person/viktor-orban", SurfaceForm.Kind.NAME),
                form("Aleksandar Vucic", "person/aleksandar-vucic", SurfaceForm.Kind.NAME),
                form("Abdel Fattah al-Sisi", "person/abdel-fattah-al-sisi", SurfaceForm.Kind.NAME),
                form("Mohammed bin Salman", "person/mohammed-bin-salman", SurfaceForm.Kind.NAME),
                form("Von der Leyen", "person/ursula-von-der-leyen", SurfaceForm.Kind.SHORT_NAME),
                form("Giorgia Meloni", "person/giorgia-meloni", SurfaceForm.Kind.NAME));
    }

    /** English names label an entity but are never looked for in Italian text. */
    static Stream<Arguments> englishLabels() {
        return Stream.of(
                Arguments.of("Tunis", "place/tunis"), Arguments.of("Lisbon", "place/lisbon"),
                Arguments.of("Egypt", "country/egypt"), Arguments.of("Ivory Coast", "country/ivory-coast"),
                Arguments.of("Jordan", "country/jordan"), Arguments.of("Soviet Union", "country/soviet-union"),
                Arguments.of("European Commission", "organization/european-commission"));
    }

    /** Capitals a state's government is named by, and capitals that stand for no government. */
    static Stream<Arguments> worldCapitals() {
        return Stream.of(
                Arguments.of("country/tunisia", "place/tunis", true), Arguments.of("country/kosovo", "place/pristina", true),
                Arguments.of("country/austria", "place/vienna", true), Arguments.of("country/ireland", "place/dublin", true),
                Arguments.of("country/lebanon", "place/beirut", true), Arguments.of("country/niger", "place/niamey", true),
                Arguments.of("country/israel", "place/jerusalem", false), Arguments.of("country/bulgaria", "place/sofia", false),
                Arguments.of("country/belgium", "place/brussels", false));
    }

    static Stream<Arguments> capitalCities() {
        return Stream.of(
                Arguments.of("country/russia", "place/moscow"), Arguments.of("country/north-korea", "place/pyongyang"),
                Arguments.of("country/south-korea", "place/seoul"), Arguments.of("country/ukraine", "place/kyiv"),
                Arguments.of("country/united-states", "place/washington"), Arguments.of("country/china", "place/beijing"),
                Arguments.of("country/japan", "place/tokyo"));
    }

    static Stream<String> newsAgencies() {
        return Stream.of("organization/kcna", "organization/yonhap", "organization/tass", "organization/ria-novosti",
                "organization/reuters", "organization/ansa", "organization/associated-press",
                "organization/agence-france-presse", "organization/interfax");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entities")
    void entityHasExactlyOneOfTheFourTypesMatchingItsIriAndOneLabel(String uri) {
        Resource r = data.createResource(uri);
        List<String> types = TYPES.entrySet().stream().filter(e -> r.hasProperty(RDF.type, e.getKey()))
                .map(Map.Entry::getValue).toList();
        assertEquals(1, types.size(), uri + " has types " + types);
        assertTrue(uri.matches(Vocab.DEFAULT_BASE + types.get(0) + "/[a-z0-9][a-z0-9-]*"),
                uri + " is not " + Vocab.DEFAULT_BASE + types.get(0) + "/{slug}");
        assertEquals(1, r.listProperties(RDFS.label).toList().size(), uri + " must have one rdfs:label");
    }

    @ParameterizedTest(name = "{0} sameAs {1}")
    @MethodSource("sameAsLinks")
    void sameAsIsAWikidataIdListedInTheDesign(String entity, String target) throws IOException {
        assertTrue(target.startsWith(Vocab.WD), target + " is not a Wikidata entity");
        Map<String, String> listed = new TreeMap<>(listedQids());
        listed.putAll(verifiedQids());
        String qid = target.substring(Vocab.WD.length());
        assertTrue(listed.containsKey(qid), qid + " is in neither wikidata-qids.tsv nor lang/wikidata.tsv");
        String type = entity.substring(Vocab.DEFAULT_BASE.length(), entity.indexOf('/', Vocab.DEFAULT_BASE.length()));
        assertEquals(listed.get(qid).toLowerCase(), type, qid + " is listed as a " + listed.get(qid));
    }

    /** Every verified link says where it was read, and names one entity: two agreeing sources or a note why not. */
    @Test
    void verifiedLinkNamesItsSourcesAndOneEntity() {
        List<List<String>> rows = org.newsgraph.lang.DataFile.rows("wikidata.tsv");
        assertTrue(rows.size() >= 300, rows.size() + " verified links");
        List<String> unsourced = rows.stream().filter(r -> !r.get(3).matches("Q[1-9][0-9]*") || r.get(4).isBlank()
                || !r.get(4).contains(";")).map(r -> r.get(1) + " " + r.get(3)).toList();
        assertEquals(List.of(), unsourced, "links without a well-formed id or without two sources");
        Map<String, Set<String>> owners = new TreeMap<>();
        data.listStatements(null, OWL.sameAs, (RDFNode) null).forEachRemaining(
                st -> owners.computeIfAbsent(st.getObject().toString(), k -> new TreeSet<>()).add(idOf(st)));
        Map<String, Set<String>> shared = owners.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertEquals(Map.of(), shared, "Wikidata items linked from more than one entity");
    }

    @ParameterizedTest(name = "{0} has capital {1}")
    @MethodSource("capitals")
    void capitalIsAPlaceInItsCountry(String country, String capital) {
        Resource c = data.createResource(country);
        Resource p = data.createResource(capital);
        assertTrue(c.hasProperty(RDF.type, Vocab.Country), country + " is not an ng:Country");
        assertTrue(p.hasProperty(RDF.type, Vocab.Place), capital + " is not an ng:Place");
        assertTrue(p.hasProperty(Vocab.country, c), capital + " does not lie in " + country);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("countryLinks")
    void countryIsACountry(String entity, String country) {
        assertTrue(data.createResource(country).hasProperty(RDF.type, Vocab.Country), country + " is not an ng:Country");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("roles")
    void roleIsSpelledAsRolesTsvSpellsIt(String person, String role) throws IOException {
        assertTrue(data.createResource(person).hasProperty(RDF.type, Vocab.Person), person + " is not a person");
        assertEquals(role.toLowerCase(), role, "roles are lower case");
        String held = role.startsWith("ex ") ? role.substring(3) : role;
        Set<String> known = rolesTsv();
        assertTrue(known.stream().anyMatch(k -> held.equals(k) || held.startsWith(k + " ")),
                "\"" + role + "\" is not a role of roles.tsv (nor one of them made more precise)");
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @MethodSource("surfaceForms")
    void resolvesHowNewsWritesIt(String text, String id, SurfaceForm.Kind kind) {
        List<String> words = SurfaceForm.split(text);
        List<SurfaceForm> forms = gazetteer.formsStartingWith(words.get(0)).stream()
                .filter(f -> f.words().equals(words) && f.entityId().equals(id)).toList();
        assertTrue(forms.stream().anyMatch(f -> f.kind() == kind), "\"" + text + "\" is not a " + kind + " of " + id
                + "; forms: " + forms);
        assertTrue(gazetteer.entity(id).isPresent(), id + " is not an entity");
    }

    @ParameterizedTest(name = "{0} has capital {1}")
    @MethodSource("capitalCities")
    void knowsTheCapitals(String country, String capital) {
        assertEquals(Optional.of(capital), gazetteer.capitalOf(country));
        assertEquals(Optional.of(country), gazetteer.countryWithCapital(capital));
    }

    @ParameterizedTest(name = "{0} labels {1}")
    @MethodSource("englishLabels")
    void englishNamesAreLabelsOnly(String name, String id) {
        Entity e = gazetteer.entity(id).orElseThrow(() -> new AssertionError(id + " is missing"));
        assertTrue(e.altLabels().contains(name), id + " lacks the label " + name + ": " + e.altLabels());
        List<String> words = SurfaceForm.split(name);
        assertTrue(gazetteer.formsStartingWith(words.get(0)).stream().noneMatch(f -> f.words().equals(words)),
                "\"" + name + "\" is matched in text");
    }

    @ParameterizedTest(name = "{0} has capital {1}: {2}")
    @MethodSource("worldCapitals")
    void capitalsStandForTheirGovernmentWhereNewsSaysSo(String country, String capital, boolean metonym) {
        Entity place = gazetteer.entity(capital).orElseThrow(() -> new AssertionError(capital + " is missing"));
        assertEquals(Optional.of(country), place.country());
        assertEquals(metonym ? Optional.of(country) : Optional.empty(), gazetteer.countryWithCapital(capital));
    }

    @Test
    void everyIsoCountryIsOneEntity() {
        Set<String> codes = new TreeSet<>(List.of(java.util.Locale.getISOCountries()));
        codes.add("XK");
        Map<String, Set<String>> entitiesOf = new TreeMap<>();
        for (String code : codes) {
            java.util.Locale country = new java.util.Locale("", code);
            for (String name : List.of(country.getDisplayCountry(java.util.Locale.ITALIAN),
                    country.getDisplayCountry(java.util.Locale.ENGLISH))) {
                gazetteer.entities().stream()
                        .filter(e -> e.type() == EntityType.COUNTRY || e.type() == EntityType.PLACE)
                        .filter(e -> Stream.concat(Stream.of(e.label()), e.altLabels().stream())
                                .anyMatch(l -> Folding.fold(l).equals(Folding.fold(name))))
                        .forEach(e -> entitiesOf.computeIfAbsent(code, k -> new TreeSet<>()).add(e.id()));
            }
        }
        Map<String, Set<String>> notOne = entitiesOf.entrySet().stream().filter(e -> e.getValue().size() != 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertEquals(Map.of(), notOne, "ISO codes named by more than one entity");
        Set<String> renamed = org.newsgraph.lang.DataFile.rows("it/countries.tsv").stream()
                .filter(r -> !r.get(2).equals("=") && !r.get(3).equals("=")).map(r -> r.get(0))
                .collect(Collectors.toCollection(TreeSet::new));
        codes.removeAll(entitiesOf.keySet());
        assertTrue(renamed.containsAll(codes), "ISO codes no entity names: " + codes);
    }

    @Test
    void noGivenNameIsAPlaceOrCountryNewsNames() {
        Set<String> places = new TreeSet<>();
        gazetteer.entities().stream().filter(e -> e.type() == EntityType.COUNTRY || e.type() == EntityType.PLACE)
                .forEach(e -> {
                    List<String> words = SurfaceForm.split(e.label());
                    if (words.size() == 1) {
                        places.add(words.get(0));
                    }
                });
        List<String> clashes = org.newsgraph.lang.DataFile.lines("it/first-names.txt").stream()
                .filter(n -> places.contains(Folding.fold(n))).toList();
        assertEquals(List.of(), clashes, "given names that are also the one-word name of a place or country");
    }

    /** A bare role phrase ("il presidente francese") finds its holder through the country: who holds a bare role has one. */
    @Test
    void holderOfABareRoleHasACountry() throws IOException {
        Set<String> bare = rolesTsv();
        List<String> without = gazetteer.entities().stream()
                .filter(e -> e.type() == EntityType.PERSON && e.country().isEmpty() && e.roles().stream().anyMatch(bare::contains))
                .map(Entity::id).sorted().toList();
        assertEquals(List.of(), without, "people holding a bare role of roles.tsv with no ng:country");
    }

    /**
     * A surname used alone names one person even where that person is not named in full, so it is no other
     * entity's name nor a given name (unless the family name comes first, "Xi Jinping"), and one person's only
     * (a family shared on purpose aside: the nearest named Kim).
     */
    @Test
    void shortNameNamesOnePersonOnly() {
        Set<String> sharedOnPurpose = Set.of("kim");
        Map<String, Set<String>> owners = new TreeMap<>();
        data.listStatements(null, Vocab.shortName, (RDFNode) null).forEachRemaining(s -> owners.computeIfAbsent(
                Folding.fold(s.getLiteral().getLexicalForm()), k -> new TreeSet<>()).add(idOf(s)));
        Set<String> otherNames = gazetteer.entities().stream().filter(e -> e.type() != EntityType.PERSON)
                .flatMap(e -> Stream.concat(Stream.of(e.label()), e.altLabels().stream())).map(Folding::fold)
                .collect(Collectors.toSet());
        Set<String> givenNames = org.newsgraph.lang.DataFile.lines("it/first-names.txt").stream().map(Folding::fold)
                .collect(Collectors.toSet());
        List<String> clashes = owners.entrySet().stream()
                .filter(o -> o.getValue().size() > 1 && !sharedOnPurpose.contains(o.getKey())
                        || otherNames.contains(o.getKey())
                        || givenNames.contains(o.getKey()) && !o.getValue().stream().allMatch(
                                id -> Folding.fold(gazetteer.entity(id).orElseThrow().label()).startsWith(o.getKey() + " ")))
                .map(o -> o.getKey() + " " + o.getValue()).toList();
        assertEquals(List.of(), clashes, "short names that are ambiguous or name something else");
    }

    @Test
    void noLabelIsAQualifiedCldrName() {
        List<String> qualified = gazetteer.entities().stream().map(Entity::label)
                .filter(l -> l.contains("(") || l.contains(" - ") || l.contains("&")).sorted().toList();
        assertEquals(List.of(), qualified, "labels in CLDR's qualified form: a countries.tsv row should name them");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("newsAgencies")
    void newsAgencyIsAnOrganisation(String id) {
        Entity e = gazetteer.entity(id).orElseThrow(() -> new AssertionError(id + " is missing"));
        assertEquals(EntityType.ORGANIZATION, e.type());
        assertTrue(e.newsAgency(), id + " is not a news agency");
    }

    @Test
    void noNameOrDemonymNamesTwoEntities() {
        Map<String, Set<String>> owners = new TreeMap<>();
        for (Entity e : gazetteer.entities()) {
            Stream.concat(Stream.of(e.label()), e.altLabels().stream())
                    .forEach(n -> owners.computeIfAbsent(Folding.fold(n), k -> new TreeSet<>()).add(e.id()));
        }
        data.listStatements(null, Vocab.demonym, (RDFNode) null).forEachRemaining(s -> owners.computeIfAbsent(
                Folding.fold(s.getLiteral().getLexicalForm()), k -> new TreeSet<>()).add(idOf(s)));
        Map<String, Set<String>> shared = owners.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertEquals(Map.of(), shared, "names that point to more than one entity");
    }

    @Test
    void standardGazetteerCoversTheStoryAndTheWorld() {
        long people = gazetteer.entities().stream().filter(e -> e.type() == EntityType.PERSON).count();
        long countries = gazetteer.entities().stream().filter(e -> e.type() == EntityType.COUNTRY).count();
        long capitals = data.listStatements(null, Vocab.capital, (RDFNode) null).toList().size();
        assertTrue(people >= 200, people + " people");
        assertTrue(countries >= 195, countries + " countries");
        assertTrue(capitals >= 120, capitals + " capitals standing for their governments");
    }

    @Test
    void conformsToTheShapes() throws IOException {
        Graph shapes = GraphFactory.createDefaultGraph();
        try (InputStream in = resource(ShapesTest.SHAPES)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(shapes);
        }
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapes), data.getGraph());
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms(), "gazetteer.ttl does not conform to shapes.ttl");
    }

    private static String idOf(Statement s) {
        return s.getSubject().getURI().substring(Vocab.DEFAULT_BASE.length());
    }

    private static Arguments form(String text, String id, SurfaceForm.Kind kind) {
        return Arguments.of(text, id, kind);
    }

    /** The gazetteer as the converter uses it: the curated file and the world data. */
    private static Model model() {
        if (data == null) {
            gazetteer = Gazetteer.standard();
            data = gazetteer.model();
        }
        return data;
    }

    /** Wikidata id → type, from the committed copy of design/wikidata-qids.tsv. */
    private static Map<String, String> listedQids() throws IOException {
        return lines("wikidata-qids.tsv").stream().skip(1).map(l -> l.split("\t"))
                .collect(Collectors.toMap(c -> c[2], c -> c[1]));
    }

    /** Wikidata id → type, from the verified links of lang/wikidata.tsv. */
    private static Map<String, String> verifiedQids() {
        Map<String, String> types = Map.of("country", "Country", "capital", "Place", "organization", "Organization", "person", "Person");
        return org.newsgraph.lang.DataFile.rows("wikidata.tsv").stream()
                .collect(Collectors.toMap(r -> r.get(3), r -> types.get(r.get(0)), (a, b) -> a));
    }

    private static Set<String> rolesTsv() throws IOException {
        return lines("newsgraph/lang/it/roles.tsv").stream().filter(l -> !l.startsWith("#") && !l.startsWith("role\t"))
                .map(l -> Folding.fold(l.split("\t")[0])).collect(Collectors.toSet());
    }

    private static List<String> lines(String resource) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(resource(resource), StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private static InputStream resource(String name) {
        InputStream in = GazetteerDataTest.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the classpath");
        }
        return in;
    }
}
