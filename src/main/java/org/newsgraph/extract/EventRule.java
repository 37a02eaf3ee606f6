package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.entity.Gazetteer;
import org.newsgraph.lang.Language;

/**
 * One kind of event, found sentence by sentence. A language reads with the rules its {@code event-rules.txt}
 * names, in that order; a new kind of event is a new rule, its name here and its words in the language's data.
 */
interface EventRule {

    /** The candidate events of one sentence, before the mentions of one event across the article are merged. */
    List<Candidate> find(SentenceView v);

    /** The rules a language's event-rules.txt names, in its order. */
    static List<EventRule> registered(Language language, Gazetteer gazetteer, AttributionFinder attribution) {
        List<EventRule> rules = new ArrayList<>();
        for (String name : language.lines("event-rules.txt")) {
            rules.add(switch (name) {
                case "meeting" -> new MeetingRule(attribution);
                case "visit" -> new VisitRule(attribution, gazetteer);
                case "statement" -> new StatementRule(attribution);
                case "agreement" -> new AgreementRule(language, attribution);
                case "military-support" -> new SupportRule(language, attribution);
                default -> throw NewsgraphException.failure("newsgraph/lang/" + language.code()
                        + "/event-rules.txt names an unknown event rule '" + name + "'");
            });
        }
        return List.copyOf(rules);
    }
}
