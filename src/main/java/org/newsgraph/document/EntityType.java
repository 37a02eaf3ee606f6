package org.newsgraph.document;

/** The four kinds of actor and place in the graph contract. */
public enum EntityType {
    PERSON, ORGANIZATION, COUNTRY, PLACE
}
