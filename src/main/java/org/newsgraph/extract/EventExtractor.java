package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.newsgraph.document.Annotation;
import org.newsgraph.document.Document;
import org.newsgraph.document.EntityMention;
import org.newsgraph.document.EntityType;
import org.newsgraph.document.Event;
import org.newsgraph.document.Span;
import org.newsgraph.entity.Gazetteer;
import org.newsgraph.lang.Language;
import org.newsgraph.pipeline.Stage;

/**
 * Finds the events of an article sentence by sentence — meetings, visits, statements, agreements,
 * military support — from the event words of triggers.tsv and the actors around them, then merges
 * the mentions of one real event into one. Reads tokens and their readings, entities, quotes, times and amounts;
 * writes events.
 * <p>Example: "Kim Jong-un ha incontrato Sergei Shoigu venerdì a Pyongyang" gives a meeting of the
 * two, dated by "venerdì", at Pyongyang.
 */
public final class EventExtractor implements Stage {

    private static final int DENIAL_REACH_CHARS = 400;
    /** A denial in a sentence that tells of one of these denies that, not a supply: "nega che sia stato firmato…". */
    private static final Set<Trigger.Kind> OTHER_EVENTS = Set.of(Trigger.Kind.MEETING, Trigger.Kind.VISIT,
            Trigger.Kind.AGREEMENT, Trigger.Kind.SIGNING, Trigger.Kind.RATIFICATION, Trigger.Kind.IN_FORCE);

    private final TriggerLexicon lexicon;
    private final AttributionFinder attribution;
    private final List<EventRule> rules;

    /** The extractor of one language, with its event rules (event-rules.txt). */
    public EventExtractor(Language language, Gazetteer gazetteer) {
        this.lexicon = new TriggerLexicon(language);
        this.attribution = new AttributionFinder(language);
        this.rules = EventRule.registered(language, gazetteer, attribution);
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TOKENS, Annotation.MORPHOLOGY, Annotation.QUOTES, Annotation.TIMEX, Annotation.QUANTITIES,
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
        IntFunction<SentenceView> views = SentenceView.article(document, lexicon, countryMentions);
        for (int i = 0; i < document.sentences().size(); i++) {
            SentenceView v = views.apply(i);
            List<Candidate> inSentence = new ArrayList<>();
            rules.forEach(r -> inSentence.addAll(r.find(v)));
            found.addAll(inSentence);
            if (inSentence.stream().noneMatch(c -> c.event().type() == Event.Type.MILITARY_SUPPORT)) {
                denyEarlierSupport(v, found);
            }
        }
        return document.withEvents(StatementDating.apply(EventMerger.merge(found, document.entities()), document.source()));
    }

    /**
     * A denial with no supply of its own answers the supply just told: "Pyongyang ha inviato proiettili a
     * Mosca. Entrambi i governi smentiscono." The deniers join the supplies of the last sentence that had
     * any, if it ended at most {@value #DENIAL_REACH_CHARS} characters before (about two sentences).
     */
    private void denyEarlierSupport(SentenceView v, List<Candidate> found) {
        Set<String> deniers = attribution.find(v, v.words().size()).deniedBy();
        if (deniers.isEmpty() || v.triggers().stream().anyMatch(t -> OTHER_EVENTS.contains(t.kind()))) {
            return;
        }
        int last = -1;
        for (int k = found.size() - 1; k >= 0 && last < 0; k--) {
            if (found.get(k).event().type() == Event.Type.MILITARY_SUPPORT) {
                last = k;
            }
        }
        if (last < 0 || v.sentence().span().begin() - found.get(last).event().evidence().get(0).end() > DENIAL_REACH_CHARS) {
            return;
        }
        Span lastSentence = found.get(last).event().evidence().get(0);
        for (int k = 0; k < found.size(); k++) {
            Event e = found.get(k).event();
            if (e.type() == Event.Type.MILITARY_SUPPORT && e.evidence().get(0).equals(lastSentence)) {
                found.set(k, new Candidate(e.deniedAlsoBy(deniers, v.sentence().span()), found.get(k).anaphoric()));
            }
        }
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
