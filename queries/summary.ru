# Summary graph: counts across all articles, rebuilt by every load in the load's own transaction
BASE <https://w3id.org/newsgraph/id/>
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX schema: <https://schema.org/>

# The actors and who-met-whom queries read these counts instead of recounting every mention in every
# article graph (about 200,000 at 10,000 articles); the counts of one article are in its own graph,
# written by the converter. newsgraph load runs this update after it has written the article graphs
# and before it commits, so the summary always agrees with them; run it yourself after changing the
# store by other means. The graph is <https://w3id.org/newsgraph/id/graph/summary>.

DROP SILENT GRAPH <graph/summary> ;

# Each actor once, and each place (a visit's destination): its type, name (and English name where the
# gazetteer gives one) and Wikidata link, read in one article graph that mentions it (every such graph
# describes it the same way), and the number of articles that mention it.
INSERT { GRAPH <graph/summary> { ?actor a ?class ; rdfs:label ?label, ?english ; owl:sameAs ?wikidata ; ng:articleCount ?articles } }
WHERE {
  {
    SELECT ?actor (COUNT(DISTINCT ?article) AS ?articles) (SAMPLE(?g) AS ?one)
    WHERE { GRAPH ?g { ?actor a ?kind ; ng:mentionedIn ?article } VALUES ?kind { ng:Actor ng:Place } }
    GROUP BY ?actor
  }
  GRAPH ?one {
    ?actor a ?class ; rdfs:label ?label .
    VALUES ?class { ng:Person ng:Organization ng:Country ng:Place }
    FILTER (lang(?label) = "")
    OPTIONAL { ?actor rdfs:label ?english FILTER (lang(?english) = "en") }
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
} ;

# Each tie of the actor network (the view, 'newsgraph report' and 'newsgraph export' draw these): the events of
# one type between two actors. A meeting ties each two of its participants, an agreement each two of its
# parties (the pair once, in IRI order); a visit goes from the visitor to the destination, support from the
# provider to the recipient. Per tie: how many events and articles; the strongest status of its events
# (denied where someone denies one, else hedged, else claimed, else reported, each read in the article that
# reports the event); whether an event is contested (claimed in one article and denied in another, or the
# same). The tie's IRI is derived from its type and its two ends.
INSERT { GRAPH <graph/summary> { ?tie a ng:Tie ; ng:eventType ?class ; ng:fromActor ?from ; ng:toActor ?to ;
                                      ng:eventCount ?events ; ng:articleCount ?articles ; ng:status ?status ; ng:contested ?contested } }
WHERE {
  {
    SELECT ?class ?from ?to (COUNT(DISTINCT ?event) AS ?events) (COUNT(DISTINCT ?article) AS ?articles)
           (MAX(?rank) AS ?strongest) (MAX(?disputed) AS ?anyDisputed)
    WHERE {
      GRAPH ?g {
        { ?event a ng:Meeting ; ng:participant ?from, ?to FILTER (STR(?from) < STR(?to)) BIND (ng:Meeting AS ?class) }
        UNION { ?event a ng:Visit ; ng:visitor ?from ; ng:destination ?to BIND (ng:Visit AS ?class) }
        UNION { ?event a ng:Agreement ; ng:party ?from, ?to FILTER (STR(?from) < STR(?to)) BIND (ng:Agreement AS ?class) }
        UNION { ?event a ng:MilitarySupport ; ng:provider ?from ; ng:recipient ?to BIND (ng:MilitarySupport AS ?class) }
        ?event ng:mentionedIn ?article .
        BIND (IF(EXISTS { ?event ng:deniedBy ?denier }, 3, IF(EXISTS { ?event ng:hedged true }, 2,
              IF(EXISTS { ?event ng:claimedBy ?claimer }, 1, 0))) AS ?rank)
      }
      BIND (IF(EXISTS { GRAPH ?d { ?event ng:deniedBy ?anyDenier } } && EXISTS { GRAPH ?c { ?event ng:claimedBy ?anyClaimer } },
               1, 0) AS ?disputed)
    }
    GROUP BY ?class ?from ?to
  }
  BIND (IRI(CONCAT(STR(<tie/>), SHA1(CONCAT(STR(?class), " ", STR(?from), " ", STR(?to))))) AS ?tie)
  BIND (IF(?strongest = 3, "denied", IF(?strongest = 2, "hedged", IF(?strongest = 1, "claimed", "reported"))) AS ?status)
  BIND (?anyDisputed = 1 AS ?contested)
} ;

# Each tie's dates (of its events) and publishers (of the articles that report them), which the view's
# date and publisher filters read.
INSERT { GRAPH <graph/summary> { ?tie ng:eventDate ?date ; ng:publisher ?publisher } }
WHERE {
  GRAPH ?g {
    { ?event a ng:Meeting ; ng:participant ?from, ?to FILTER (STR(?from) < STR(?to)) BIND (ng:Meeting AS ?class) }
    UNION { ?event a ng:Visit ; ng:visitor ?from ; ng:destination ?to BIND (ng:Visit AS ?class) }
    UNION { ?event a ng:Agreement ; ng:party ?from, ?to FILTER (STR(?from) < STR(?to)) BIND (ng:Agreement AS ?class) }
    UNION { ?event a ng:MilitarySupport ; ng:provider ?from ; ng:recipient ?to BIND (ng:MilitarySupport AS ?class) }
    ?event ng:mentionedIn ?article .
    OPTIONAL { ?event ng:date ?date }
    OPTIONAL { ?article schema:publisher ?publisher }
  }
  BIND (IRI(CONCAT(STR(<tie/>), SHA1(CONCAT(STR(?class), " ", STR(?from), " ", STR(?to))))) AS ?tie)
} ;

# Each dated tie's first and last date, compared as text (a year before its months, a month before its days).
INSERT { GRAPH <graph/summary> { ?tie ng:firstDate ?first ; ng:lastDate ?last } }
WHERE {
  {
    SELECT ?tie (MIN(STR(?date)) AS ?firstText) (MAX(STR(?date)) AS ?lastText)
    WHERE { GRAPH <graph/summary> { ?tie ng:eventDate ?date } }
    GROUP BY ?tie
  }
  GRAPH <graph/summary> { ?tie ng:eventDate ?first }
  FILTER (STR(?first) = ?firstText)
  GRAPH <graph/summary> { ?tie ng:eventDate ?last }
  FILTER (STR(?last) = ?lastText)
}
