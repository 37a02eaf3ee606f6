# Summary graph: counts across all articles, rebuilt by every load in the load's own transaction
BASE <https://w3id.org/newsgraph/id/>
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>

# The actors and who-met-whom queries read these counts instead of recounting every mention in every
# article graph (about 200,000 at 10,000 articles); the counts of one article are in its own graph,
# written by the converter. newsgraph load runs this update after it has written the article graphs
# and before it commits, so the summary always agrees with them; run it yourself after changing the
# store by other means. The graph is <https://w3id.org/newsgraph/id/graph/summary>.

DROP SILENT GRAPH <graph/summary> ;

# Each actor once: its type, name and Wikidata link, read in one article graph that mentions it (every
# such graph describes it the same way), and the number of articles that mention it.
INSERT { GRAPH <graph/summary> { ?actor a ?class ; rdfs:label ?label ; owl:sameAs ?wikidata ; ng:articleCount ?articles } }
WHERE {
  {
    SELECT ?actor (COUNT(DISTINCT ?article) AS ?articles) (SAMPLE(?g) AS ?one)
    WHERE { GRAPH ?g { ?actor a ng:Actor ; ng:mentionedIn ?article } }
    GROUP BY ?actor
  }
  GRAPH ?one {
    ?actor a ?class ; rdfs:label ?label .
    VALUES ?class { ng:Person ng:Organization ng:Country }
    FILTER (lang(?label) = "")
    OPTIONAL { ?actor owl:sameAs ?wikidata FILTER STRSTARTS(STR(?wikidata), "http://www.wikidata.org/entity/") }
  }
} ;

# Each pair of actors that met, the first before the second by name (by IRI when the names are equal):
# how many meetings and how many articles. The pair's IRI is derived from the two actors' IRIs.
INSERT { GRAPH <graph/summary> { ?pair a ng:ActorPair ; ng:firstActor ?x ; ng:secondActor ?y ; ng:meetingCount ?meetings ; ng:articleCount ?articles } }
WHERE {
  {
    SELECT ?x ?y (COUNT(DISTINCT ?meeting) AS ?meetings) (COUNT(DISTINCT ?article) AS ?articles)
    WHERE {
      GRAPH ?g {
        ?meeting a ng:Meeting ; ng:participant ?x, ?y ; ng:mentionedIn ?article .
        ?x rdfs:label ?name1 FILTER (lang(?name1) = "")
        ?y rdfs:label ?name2 FILTER (lang(?name2) = "")
      }
      FILTER (?name1 < ?name2 || (?name1 = ?name2 && STR(?x) < STR(?y)))
    }
    GROUP BY ?x ?y
  }
  BIND (IRI(CONCAT(STR(<pair/>), SHA1(CONCAT(STR(?x), " ", STR(?y))))) AS ?pair)
}
