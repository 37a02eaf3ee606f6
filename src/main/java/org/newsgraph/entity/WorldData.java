package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.lang.DataFile;

/**
 * The world a news reader knows, added to the curated gazetteer: every country the JDK's CLDR data names
 * (in Italian and English), with the capitals, nationality adjectives and places of the language's data files
 * ({@code countries.tsv}, {@code capitals.tsv}, {@code demonyms.tsv}, {@code places.tsv}). A curated entity
 * that already bears one of a country's or place's names is that entity: its id, label and data win, the
 * data only adds the names, demonyms and capital it lacks. Every English name is also a {@code skos:altLabel}
 * tagged {@code @en}: a label that makes one node of an actor whatever the article's language, never matched in
 * Italian text.
 */
final class WorldData {

    /** Language tag of the names that are labels only. */
    static final String ENGLISH = "en";

    private final Model model;
    private final Map<String, Map<String, Resource>> curatedByName = new HashMap<>();
    private final Map<String, Resource> byCode = new LinkedHashMap<>();
    /** The capital of each country code, as lang/{lang}/capitals.tsv names it. */
    private final Map<String, Resource> capitalByCode = new HashMap<>();

    private WorldData(Model curated) {
        this.model = ModelFactory.createDefaultModel().add(curated);
        model.setNsPrefixes(curated.getNsPrefixMap());
        for (Resource type : List.of(GazetteerVocab.Country, GazetteerVocab.Place)) {
            Map<String, Resource> names = new HashMap<>();
            model.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> namesOf(r).forEach(n -> names.putIfAbsent(n, r)));
            curatedByName.put(type.getURI(), names);
        }
    }

    /** The curated gazetteer completed with the world data of language {@code lang} ("it"). */
    static Model complete(Model curated, String lang) {
        WorldData w = new WorldData(curated);
        w.countries(lang);
        w.demonyms(lang);
        w.capitals(lang);
        w.places(lang);
        w.wikidata();
        return w.model;
    }

    private void countries(String lang) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String code : Locale.getISOCountries()) {
            rows.put(code, List.of(code, "country", "=", "="));
        }
        DataFile.rows(lang + "/countries.tsv").forEach(r -> rows.put(r.get(0), r));
        Locale language = Locale.forLanguageTag(lang);
        for (List<String> row : rows.values()) {
            Locale country = new Locale("", row.get(0));
            List<String> local = names(row.get(2), country.getDisplayCountry(language));
            List<String> english = names(row.get(3), country.getDisplayCountry(Locale.ENGLISH));
            Resource type = switch (row.get(1)) {
                case "country" -> GazetteerVocab.Country;
                case "place" -> GazetteerVocab.Place;
                default -> throw new IllegalArgumentException(lang + "/countries.tsv: type must be country or place: " + row);
            };
            byCode.put(row.get(0), entity(type, local, english));
        }
    }

    private void demonyms(String lang) {
        for (List<String> row : DataFile.rows(lang + "/demonyms.tsv")) {
            Resource country = country(row.get(0), "demonyms.tsv");
            for (String form : row.get(1).split("\\|")) {
                addIfAbsent(country, GazetteerVocab.demonym, model.createLiteral(form));
            }
        }
    }

    private void capitals(String lang) {
        for (List<String> row : DataFile.rows(lang + "/capitals.tsv")) {
            Resource country = country(row.get(0), "capitals.tsv");
            Resource city = entity(GazetteerVocab.Place, names(row.get(1), null), names(row.get(2), null));
            addIfAbsent(city, GazetteerVocab.country, country);
            capitalByCode.put(row.get(0), city);
            if (row.get(3).equals("yes") && !country.hasProperty(GazetteerVocab.capital)) {
                country.addProperty(GazetteerVocab.capital, city);
            }
        }
    }

    private void places(String lang) {
        for (List<String> row : DataFile.rows(lang + "/places.tsv")) {
            Resource place = entity(GazetteerVocab.Place, names(row.get(1), null), names(row.get(2), null));
            if (!row.get(0).equals("-")) {
                addIfAbsent(place, GazetteerVocab.country, country(row.get(0), "places.tsv"));
            }
        }
    }

    /**
     * The entity of {@code type} with the id the first English name gives or a curated one bearing one of the
     * names, else a new one; either way with all the names.
     */
    private Resource entity(Resource type, List<String> own, List<String> englishNames) {
        Map<String, Resource> curated = curatedByName.get(type.getURI());
        Resource byId = model.getResource(GazetteerVocab.DEFAULT_BASE + typeSlug(type) + "/" + Folding.slug(englishNames.get(0)));
        Optional<Resource> known = Optional.of(byId).filter(r -> r.hasProperty(RDF.type, type));
        for (String n : own) {
            known = known.or(() -> Optional.ofNullable(curated.get(Folding.fold(n))));
        }
        for (String n : englishNames) {
            known = known.or(() -> Optional.ofNullable(curated.get(Folding.fold(n))));
        }
        Resource r = known.orElseGet(() -> byId.addProperty(RDF.type, type).addProperty(RDFS.label, own.get(0)));
        Set<String> spelt = new HashSet<>(labelsOf(r));
        for (String n : own) {
            if (spelt.add(n)) {
                r.addProperty(GazetteerVocab.altLabel, n);
            }
        }
        Set<String> english = new HashSet<>();
        r.listProperties(GazetteerVocab.altLabel).forEachRemaining(s -> {
            if (s.getLiteral().getLanguage().equals(ENGLISH)) {
                english.add(Folding.fold(s.getLiteral().getLexicalForm()));
            }
        });
        for (String n : englishNames) {
            if (english.add(Folding.fold(n))) {
                r.addProperty(GazetteerVocab.altLabel, model.createLiteral(n, ENGLISH));
            }
        }
        return r;
    }

    /** The verified Wikidata items of lang/wikidata.tsv, as owl:sameAs of the countries, capitals, organisations and people. */
    private void wikidata() {
        for (List<String> row : DataFile.rows("wikidata.tsv")) {
            Resource r = switch (row.get(0)) {
                case "country" -> country(row.get(1), "wikidata.tsv");
                case "capital" -> capitalByCode.get(row.get(1));
                case "organization", "person" -> model.getResource(GazetteerVocab.DEFAULT_BASE + row.get(1));
                default -> throw new IllegalArgumentException("wikidata.tsv: kind must be country, capital, organization or person: " + row);
            };
            if (r == null || row.get(0).equals("capital") && !namesOf(r).contains(Folding.fold(row.get(2)))
                    || row.get(0).equals("organization") && !r.hasProperty(RDF.type, GazetteerVocab.Organization)
                    || row.get(0).equals("person") && !r.hasProperty(RDF.type, GazetteerVocab.Person)) {
                throw new IllegalArgumentException("wikidata.tsv: no " + row.get(0) + " " + row.get(1) + " named " + row.get(2));
            }
            Resource item = model.createResource(GazetteerVocab.WD + row.get(3));
            List<RDFNode> linked = r.listProperties(OWL.sameAs).mapWith(st -> st.getObject()).toList();
            if (!linked.isEmpty() && !linked.contains(item)) {
                throw new IllegalArgumentException("wikidata.tsv: " + r.getURI() + " is already " + linked + ", not " + item);
            }
            addIfAbsent(r, OWL.sameAs, item);
        }
    }

    private Resource country(String code, String file) {
        Resource r = byCode.get(code);
        if (r == null) {
            throw new IllegalArgumentException(file + ": no country with code " + code);
        }
        return r;
    }

    private void addIfAbsent(Resource r, Property p, Literal value) {
        boolean present = r.listProperties(p).toList().stream()
                .anyMatch(s -> s.getObject().isLiteral() && s.getLiteral().getLexicalForm().equals(value.getLexicalForm()));
        if (!present) {
            r.addProperty(p, value);
        }
    }

    private static void addIfAbsent(Resource r, Property p, Resource value) {
        if (!r.hasProperty(p)) {
            r.addProperty(p, value);
        }
    }

    /** The folded label and alternative labels of an entity. */
    private static List<String> namesOf(Resource r) {
        return labelsOf(r).stream().map(Folding::fold).toList();
    }

    /** The label and alternative labels of an entity as written: a name differing only in case is another form. */
    private static List<String> labelsOf(Resource r) {
        List<String> out = new ArrayList<>();
        for (Property p : List.of(RDFS.label, GazetteerVocab.altLabel)) {
            r.listProperties(p).forEachRemaining(s -> out.add(s.getLiteral().getLexicalForm()));
        }
        return out;
    }

    /** The "|"-separated names of a cell, or CLDR's name where the cell is "=". */
    private static List<String> names(String cell, String cldr) {
        if (cell.equals("=")) {
            if (cldr == null) {
                throw new IllegalArgumentException("'=' stands for CLDR's name only in countries.tsv");
            }
            return List.of(cldr);
        }
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String typeSlug(Resource type) {
        return type.equals(GazetteerVocab.Country) ? "country" : "place";
    }
}
