package org.newsgraph.rdf;

import java.util.Locale;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;

/** The terms of the graph contract (design/CONTRACT.md) and the prefixes used in every output. */
public final class Vocab {

    public static final String NG = "https://w3id.org/newsgraph/ontology#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String GAF = "http://groundedannotationframework.org/gaf#";
    public static final String DEFAULT_BASE = "https://w3id.org/newsgraph/id/";

    public static final Resource Article = ng("Article");
    public static final Resource Actor = ng("Actor");
    public static final Resource Person = ng("Person");
    public static final Resource Organization = ng("Organization");
    public static final Resource Country = ng("Country");
    public static final Resource Place = ng("Place");
    public static final Resource Event = ng("Event");
    public static final Resource Meeting = ng("Meeting");
    public static final Resource Visit = ng("Visit");
    public static final Resource Statement = ng("Statement");
    public static final Resource Agreement = ng("Agreement");
    public static final Resource MilitarySupport = ng("MilitarySupport");
    public static final Resource Mention = ng("Mention");
    public static final Resource DateClaim = ng("DateClaim");
    public static final Resource NewsAgency = ng("NewsAgency");

    public static final Property sourceFile = ngp("sourceFile");
    /** The article's web address. */
    public static final Property url = ResourceFactory.createProperty(SCHEMA, "url");
    /** The file, feed item or archive record the article was read from. */
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV, "wasDerivedFrom");
    public static final Property mentionedIn = ngp("mentionedIn");
    public static final Property evidence = ngp("evidence");
    public static final Property date = ngp("date");
    public static final Property dateText = ngp("dateText");
    public static final Property place = ngp("place");
    public static final Property reportedBy = ngp("reportedBy");
    public static final Property claimedBy = ngp("claimedBy");
    public static final Property deniedBy = ngp("deniedBy");
    public static final Property hedged = ngp("hedged");
    public static final Property participant = ngp("participant");
    public static final Property visitor = ngp("visitor");
    public static final Property destination = ngp("destination");
    public static final Property speaker = ngp("speaker");
    public static final Property quote = ngp("quote");
    public static final Property party = ngp("party");
    public static final Property signatory = ngp("signatory");
    public static final Property signedOn = ngp("signedOn");
    public static final Property ratifiedOn = ngp("ratifiedOn");
    public static final Property inForceFrom = ngp("inForceFrom");
    public static final Property signedAt = ngp("signedAt");
    public static final Property provider = ngp("provider");
    public static final Property recipient = ngp("recipient");
    public static final Property materiel = ngp("materiel");
    public static final Property quantity = ngp("quantity");
    public static final Property quantityQualifier = ngp("quantityQualifier");
    public static final Property role = ngp("role");
    public static final Property country = ngp("country");
    public static final Property dateClaim = ngp("dateClaim");
    public static final Property claimedProperty = ngp("claimedProperty");
    public static final Property claimedValue = ngp("claimedValue");
    public static final Property ratifyingParty = ngp("ratifyingParty");
    public static final Property shortName = ngp("shortName");
    public static final Property demonym = ngp("demonym");
    public static final Property capital = ngp("capital");
    public static final Property mutualDefence = ngp("mutualDefence");
    public static final Property meetingCount = ngp("meetingCount");
    public static final Property visitCount = ngp("visitCount");
    public static final Property statementCount = ngp("statementCount");
    public static final Property agreementCount = ngp("agreementCount");
    public static final Property militarySupportCount = ngp("militarySupportCount");
    public static final Property actorCount = ngp("actorCount");

    public static final Resource NifContext = nif("Context");
    public static final Property isString = nifp("isString");
    public static final Property anchorOf = nifp("anchorOf");
    public static final Property beginIndex = nifp("beginIndex");
    public static final Property endIndex = nifp("endIndex");
    public static final Property referenceContext = nifp("referenceContext");

    public static final Property headline = ResourceFactory.createProperty(SCHEMA, "headline");
    public static final Property inLanguage = ResourceFactory.createProperty(SCHEMA, "inLanguage");
    /** The article's language as Dublin Core says it (BCP 47, xsd:language). */
    public static final Property language = DCTerms.language;
    public static final Property publisher = ResourceFactory.createProperty(SCHEMA, "publisher");
    public static final Property datePublished = ResourceFactory.createProperty(SCHEMA, "datePublished");
    public static final Property altLabel = ResourceFactory.createProperty(SKOS, "altLabel");

    /** The ontology on the classpath (copied there from {@code ontology/} by the build). */
    public static final String ONTOLOGY_RESOURCE = "newsgraph/ontology/newsgraph.ttl";

    /** The prefixes written at the top of every Turtle/TriG output. */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("ng", NG)
            .setNsPrefix("nif", NIF)
            .setNsPrefix("schema", SCHEMA)
            .setNsPrefix("dcterms", DCTerms.NS)
            .setNsPrefix("prov", PROV)
            .setNsPrefix("skos", SKOS)
            .setNsPrefix("wd", WD)
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .lock();

    private Vocab() {
    }

    /** The SKOS concept of an enum constant, named in UpperCamel: Materiel.AIR_DEFENCE is ng:AirDefence. */
    public static Resource concept(Enum<?> value) {
        StringBuilder local = new StringBuilder();
        for (String part : value.name().split("_")) {
            local.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return ng(local.toString());
    }

    public static Resource ng(String local) {
        return ResourceFactory.createResource(NG + local);
    }

    private static Property ngp(String local) {
        return ResourceFactory.createProperty(NG, local);
    }

    private static Resource nif(String local) {
        return ResourceFactory.createResource(NIF + local);
    }

    private static Property nifp(String local) {
        return ResourceFactory.createProperty(NIF, local);
    }
}
