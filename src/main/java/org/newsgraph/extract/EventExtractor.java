package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.document.Annotation;
import org.newsgraph.document.Document;
import org.newsgraph.document.EntityMention;
import org.newsgraph.document.EntityType;
import org.newsgraph.entity.Gazetteer;
import org.newsgraph.pipeline.Stage;

/**
 * Finds the events of an article sentence by sentence — meetings, visits, statements, agreements,
 * military support — from the event words of triggers.tsv and the actors around them, then merges
 * the mentions of one real event into one. Reads tokens, entities, quotes, times and amounts;
 * writes events.
 * <p>Example: "Kim Jong-un ha incontrato Sergei Shoigu venerdì a Pyongyang" gives a meeting of the
 * two, dated by "venerdì", at Pyongyang.
 */
public final class EventExtractor implements Stage {

    private final TriggerLexicon lexicon = new TriggerLexicon();
    private final MeetingRule meetings;
    private final VisitRule visits;
    private final StatementRule statements;
    private final AgreementRule agreements;
    private final SupportRule supports;

    public EventExtractor(Gazetteer gazetteer) {
        AttributionFinder attribution = new AttributionFinder();
        this.meetings = new MeetingRule(attribution);
        this.visits = new VisitRule(attribution, gazetteer);
        this.statements = new StatementRule(attribution);
        this.agreements = new AgreementRule(attribution);
        this.supports = new SupportRule(attribution);
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TOKENS, Annotation.QUOTES, Annotation.TIMEX, Annotation.QUANTITIES,
                Annotation.ENTITIES, Annotation.COREFERENCE);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.EVENTS);
    }

    @Override
    public Document apply(Document document) {
        Map<String, Integer> countryMentions = countryMentions(document);
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < document.sentences().size(); i++) {
            SentenceView v = new SentenceView(document, i, lexicon);
            for (Trigger t : v.triggers()) {
                switch (t.kind()) {
                    case MEETING -> found.addAll(meetings.find(v, t));
                    case VISIT -> found.addAll(visits.find(v, t));
                    default -> {
                    }
                }
            }
            found.addAll(statements.find(v));
            found.addAll(agreements.find(v));
            found.addAll(supports.find(v, countryMentions));
        }
        return document.withEvents(StatementDating.apply(EventMerger.merge(found, document.entities()), document.source()));
    }

    private static Map<String, Integer> countryMentions(Document d) {
        Map<String, Integer> counts = new TreeMap<>();
        for (EntityMention m : d.mentions()) {
            if (m.type() == EntityType.COUNTRY) {
                counts.merge(m.entityId(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
