package org.newsgraph.entity;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms gazetteer.ttl is written in, a subset of the graph contract's (rdf.Vocab has them all), kept here
 * so that the analysis stages read the gazetteer without importing the RDF mapper's layer.
 */
final class GazetteerVocab {

    static final String NG = "https://w3id.org/newsgraph/ontology#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String WD = "http://www.wikidata.org/entity/";
    static final String DEFAULT_BASE = "https://w3id.org/newsgraph/id/";

    static final Resource Person = ng("Person");
    static final Resource Organization = ng("Organization");
    static final Resource NewsAgency = ng("NewsAgency");
    static final Resource Country = ng("Country");
    static final Resource Place = ng("Place");

    static final Property role = ngp("role");
    static final Property country = ngp("country");
    static final Property shortName = ngp("shortName");
    static final Property demonym = ngp("demonym");
    static final Property capital = ngp("capital");
    static final Property altLabel = ResourceFactory.createProperty(SKOS, "altLabel");

    private GazetteerVocab() {
    }

    private static Resource ng(String local) {
        return ResourceFactory.createResource(NG + local);
    }

    private static Property ngp(String local) {
        return ResourceFactory.createProperty(NG, local);
    }
}
