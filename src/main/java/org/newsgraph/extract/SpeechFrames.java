package org.newsgraph.extract;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.document.EntityMention;
import org.newsgraph.document.EntityType;
import org.newsgraph.entity.Word;
import org.newsgraph.lang.Language;
import org.newsgraph.document.PartOfSpeech;
import org.newsgraph.lang.WordClasses;

/**
 * The frames of Italian reported speech around a quote, each read off one sentence: a speech verb after
 * the quote with its subject after the verb ("«…», ha detto il ministro"), a speech verb before it
 * ("Kim ha affermato: «…»"), "secondo X" / "Per X", a sentence that names who said the one before ("Lo ha
 * detto X"), and the subject of a clause a quote illustrates ("X attacca la Spagna («…»)").
 */
final class SpeechFrames {
    private static final String FILLERS = "speech-filler";
    private static final String CLITICS = "speech-clitic";
    private static final String ADVERBS = "speech-adverb";
    private static final String NOUNS = "speech-noun";
    private static final String ACCORDING = "according-to";
    private static final String ACCORDING_PARTICLE = "according-to-particle";
    /** "'…,' it said": a pronoun that stands for an institution, not a person. */
    private static final String IMPERSONAL = "impersonal-pronoun";
    private static final String FOR_WHOM = "for-whom";
    private static final String BACK = "back-reference";
    private static final String BRIDGE = "back-reference-bridge";
    private static final String CONJUNCTIONS = "conjunction";
    private static final String AUXILIARIES = "perfect-auxiliary";
    private static final String IMPLICIT = "implicit-speaker-cue";
    private static final String OPENERS = "clause-opener";
    private static final String DETERMINERS = "determiner";
    private static final String OF = "of";
    private static final String CLOSING_QUOTES = "closing-quote";
    private static final String POSTPOSITIVE = "postpositive-opener";
    private static final String BY = "by-agent";
    private static final String AGAIN = "again";
    private static final String GERUND_ENDINGS = "gerund-ending";
    /** Nouns that head an organisation's name ("l'agenzia di stampa KCNA"): the first words of org-heads.tsv. */
    private static Set<String> orgHeads(Language language) {
        return language.derived("org-head-words", l -> l.rows("org-heads.tsv").stream()
                .map(r -> r.get(0).split(" ")[0]).collect(Collectors.toUnmodifiableSet()));
    }
    private static final String COMPLEMENTIZERS = "complementizer";
    /** Marks after which a speech frame may start: "«…», ha detto", "«…»: lo ha detto", "«…» – dice". */
    private static final Set<String> FRAME_OPENERS = Set.of(",", ":", "-", "–", "—");
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", ";");

    /** How many words after its verb a postposed subject may start: "scrive su X la commissaria". */
    private static final int SUBJECT_REACH = 12;
    /** How many words may separate a speech noun from the quote: "«…», è la prudente replica di X". */
    private static final int NOUN_REACH = 6;
    /** How many words after "secondo" or "per" the source must start: "secondo il ministro X". */
    private static final int SOURCE_REACH = 3;
    /** How many words a preposition may stand before the actor its noun phrase names: "con il presidente ucraino X". */
    private static final int NOUN_PHRASE_REACH = 6;

    private SpeechFrames() {
    }

    /**
     * The first frame after word {@code from} in the sentence: at {@code from} itself or after a comma, colon
     * or dash. Words may stand between ("L'accordo sarà «molto complessivo» e «fisserà regole», ha detto X")
     * but a quote set right against the first ("«…».«…»: lo ha detto X") has the frame to itself. With
     * {@code insideQuote} the search runs through quoted words, for a quote left unclosed over its own frame.
     */
    static Speaker after(SentenceView v, int from, boolean insideQuote) {
        boolean joined = false;
        for (int k = from; k < v.words().size(); k++) {
            if (!insideQuote && v.isQuoted(k)) {
                if (!joined) {
                    return Speaker.NONE;
                }
                while (v.isQuoted(k + 1)) {
                    k++;
                }
                joined = false;
                continue;
            }
            String w = v.folded(k);
            if (SENTENCE_ENDS.contains(w) && !(k == from && k + 1 < v.words().size())) {
                return Speaker.NONE;
            }
            String previous = mark(v, k - 1);
            boolean opens = k > from && (FRAME_OPENERS.contains(previous) || v.wordClass(CLOSING_QUOTES).contains(previous)
                    || k - 1 == from && SENTENCE_ENDS.contains(previous));
            if (k == from && !insideQuote || opens) {
                Speaker s = frameAt(v, k, insideQuote);
                if (!s.is(Speaker.Kind.NONE)) {
                    return s;
                }
            }
            joined |= !v.words().get(k).isPunctuation();
        }
        return Speaker.NONE;
    }

    /**
     * A frame starting at word {@code k}: "ha detto X", "lo ha detto X", "fa sapere X", "così X", "secondo X", "è la
     * replica di X".
     */
    private static Speaker frameAt(SentenceView v, int k, boolean anyQuoted) {
        String w = v.folded(k);
        if (v.wordClass(ADVERBS).contains(w) || v.wordClass(ACCORDING).contains(w)) {
            return source(v, k, v.wordClass(ACCORDING).contains(w));
        }
        int verb = k;
        while (verb - k < 4 && (v.is(CLITICS, verb) || v.is(AUXILIARIES, verb)
                || v.is(FILLERS, verb))) {
            verb++;
        }
        if ((anyQuoted || !v.isQuoted(verb)) && speechVerb(v, verb, true)) {
            if (gerund(v, v.folded(verb))) {
                return Speaker.NONE;
            }
            Speaker after = subjectAfter(v, verb, anyQuoted);
            return after.is(Speaker.Kind.IMPLICIT) && verb > k && v.is(IMPERSONAL, verb - 1)
                    ? impersonal(v, verb) : after;
        }
        for (int m = k; m < k + NOUN_REACH && m < v.words().size() && !v.folded(m).equals(","); m++) {
            if (v.is(NOUNS, m)) {
                int noun = m;
                for (int p = m + 1; p <= m + 2; p++) {
                    if (v.is(OF, p)) {
                        return v.actorAfter(p, 2, Actor::canSpeak).map(a -> Speaker.actor(a, v, noun, false))
                                .orElse(Speaker.of(Speaker.Kind.UNKNOWN, v, noun));
                    }
                }
            }
        }
        return subjectThenVerb(v, k, anyQuoted);
    }

    /**
     * A subject and then its speech verb after a quote: "'…,' the minister said", "'…,' Putin told reporters",
     * "'…,' he added". The subject is the last actor before the verb that is no oblique argument; a pronoun
     * leaves it implicit, a noun phrase we do not know leaves it unknown. The words between may not cross a
     * mark, a quote or a clause opener; a word right after an article is a noun ("è la replica di X").
     */
    private static Speaker subjectThenVerb(SentenceView v, int k, boolean anyQuoted) {
        Actor subject = null;
        boolean pronoun = false;
        for (int j = k; j < v.words().size() && j <= k + SUBJECT_REACH; j++) {
            if (!anyQuoted && v.isQuoted(j)) {
                return Speaker.NONE;
            }
            Optional<Actor> at = startingAt(v, j);
            if (at.isPresent()) {
                if (at.get().canSpeak() && !oblique(v, at.get())) {
                    subject = at.get();
                    pronoun = false;
                }
                j = at.get().end() - 1;
                continue;
            }
            Word word = v.words().get(j);
            String w = word.folded();
            if (j > k && speechVerb(v, j, false) && !v.is(DETERMINERS, j - 1)) {
                if (subject != null) {
                    return Speaker.actor(named(v, subject), v, j, relays(v, j));
                }
                if (pronoun && v.is(IMPERSONAL, j - 1)) {
                    return impersonal(v, j);
                }
                return Speaker.of(pronoun ? Speaker.Kind.IMPLICIT : Speaker.Kind.UNKNOWN, v, j);
            }
            if (word.isPunctuation() || v.wordClass(OPENERS).contains(w) || v.wordClass(COMPLEMENTIZERS).contains(w)) {
                return Speaker.NONE;
            }
            if (!v.is(AUXILIARIES, j) && !v.is(FILLERS, j)) {
                pronoun = word.can(PartOfSpeech.PRONOUN);
            }
        }
        return Speaker.NONE;
    }

    /** The speaker of a speech verb whose subject is an impersonal pronoun, or an unknown one. */
    private static Speaker impersonal(SentenceView v, int verb) {
        return previousOrganisation(v).map(a -> Speaker.found(a.id(), v, verb))
                .orElse(Speaker.of(Speaker.Kind.UNKNOWN, v, verb));
    }

    /**
     * Who an impersonal pronoun before a speech verb stands for: the first organisation of the sentence before that
     * is no oblique argument ("The ministry welcomed the vote. '…,' it said").
     */
    private static Optional<Actor> previousOrganisation(SentenceView v) {
        if (v.index() == 0) {
            return Optional.empty();
        }
        SentenceView p = v.at(v.index() - 1);
        return p.isHeadline() ? Optional.empty() : p.actors().stream()
                .filter(a -> a.type() == EntityType.ORGANIZATION && !p.isQuoted(a.start()) && !oblique(p, a)).findFirst();
    }

    /** The speaker "secondo X" or "così X" names, an agency as an agency when {@code relaying}. */
    private static Speaker source(SentenceView v, int k, boolean relaying) {
        int lead = v.is(ACCORDING, k) && v.is(ACCORDING_PARTICLE, k + 1) ? k + 1 : k;
        Optional<Actor> named = v.actorAfter(lead, SOURCE_REACH, a -> true);
        if (named.isEmpty()) {
            named = documentSource(v, lead);
        }
        return named.filter(Actor::canSpeak).map(a -> Speaker.actor(a, v, k, relaying)).orElse(Speaker.NONE);
    }

    /**
     * Whose words a document after word {@code k} gives: "secondo una nota del ministero",
     * "il resoconto della Kcna".
     */
    private static Optional<Actor> documentSource(SentenceView v, int k) {
        for (int m = k + 1; m <= k + 2; m++) {
            if (v.is(NOUNS, m) && v.is(OF, m + 1)) {
                int of = m + 1;
                return v.actorAfter(of, 2, a -> true);
            }
        }
        return Optional.empty();
    }

    /**
     * "Sempre secondo X, …" opening a sentence: the source goes on speaking, so the clause is what it said.
     * Gives the source and, as its word, the comma that ends the source's phrase.
     */
    static Speaker continuedSource(SentenceView v) {
        int k = 0;
        while (v.is(CONJUNCTIONS, k)) {
            k++;
        }
        if (!v.is(AGAIN, k) || !v.is(ACCORDING, k + 1)) {
            return Speaker.NONE;
        }
        Speaker s = source(v, k + 1, true);
        if (!s.is(Speaker.Kind.FOUND)) {
            return Speaker.NONE;
        }
        for (int c = k + 2; c < v.words().size() && c <= k + 2 + SUBJECT_REACH; c++) {
            if (v.folded(c).equals(",")) {
                return new Speaker(s.kind(), s.id(), v, c);
            }
        }
        return Speaker.NONE;
    }

    /**
     * The subject after a speech verb: "ha detto Putin ai giornalisti", "precisa il presidente", "scrive su X la
     * commissaria X"; an institution the words come from: "fanno sapere dal Cremlino". A comma is crossed only
     * into an apposition ("il presidente russo, Vladimir Putin"); "che" and clause openers end the search
     * ("afferma la premier, che invita Trump"). Without an actor, a verb
     * followed by nothing or by a cue ("ha detto.", "ha aggiunto ai giornalisti") leaves its subject
     * implicit; one followed by a noun phrase or a name we do not know has an unknown speaker.
     */
    static Speaker subjectAfter(SentenceView v, int verb, boolean anyQuoted) {
        boolean relaying = relays(v, verb);
        boolean phrase = false;
        for (int j = verb + 1; j < v.words().size() && j <= verb + SUBJECT_REACH; j++) {
            if (!anyQuoted && v.isQuoted(j)) {
                break;
            }
            String w = v.folded(j);
            if (v.wordClass(COMPLEMENTIZERS).contains(w) || v.wordClass(OPENERS).contains(w) || SENTENCE_ENDS.contains(w)) {
                break;
            }
            Optional<Actor> at = startingAt(v, j);
            if (at.isPresent()) {
                Actor a = at.get();
                if (a.canSpeak() && !oblique(v, a) && !modifier(v, a, verb)
                        || a.type() == EntityType.ORGANIZATION && v.is(BY, a.start() - 1)) {
                    return Speaker.actor(named(v, a), v, verb, relaying);
                }
                j = a.end() - 1;
                continue;
            }
            if (w.equals(",")) {
                int p = j + 1;
                while (v.is(DETERMINERS, p)) {
                    p++;
                }
                if (startingAt(v, p).isEmpty()) {
                    break;
                }
                continue;
            }
            boolean subjectLike = v.wordClass(DETERMINERS).contains(w) && !v.is(SentenceView.OBLIQUE, j - 1);
            phrase |= subjectLike || v.words().get(j).isCapitalized() && !v.words().get(j).isPunctuation();
        }
        String next = v.folded(verb + 1);
        boolean bare = next.isEmpty() || v.words().get(verb + 1).isPunctuation() || v.wordClass(IMPLICIT).contains(next)
                || v.wordClass(SentenceView.OBLIQUE).contains(next);
        return Speaker.of(!phrase && bare ? Speaker.Kind.IMPLICIT : Speaker.Kind.UNKNOWN, v, verb);
    }

    /**
     * An organisation right after a noun we do not know is that noun's modifier, not a subject ("ha proseguito
     * l'Alto rappresentante Ue"), unless the noun phrase names an organisation ("l'agenzia di stampa KCNA").
     */
    private static boolean modifier(SentenceView v, Actor a, int verb) {
        int k = a.start() - 1;
        if (a.isPerson() || k <= verb) {
            return false;
        }
        Word w = v.words().get(k);
        String f = w.folded();
        boolean content = !w.isPunctuation() && !v.wordClass(DETERMINERS).contains(f) && !v.wordClass(SentenceView.OBLIQUE).contains(f)
                && !v.wordClass(FILLERS).contains(f) && v.actors().stream().noneMatch(o -> o.start() <= k && k < o.end())
                && v.timexes().stream().noneMatch(t -> t.start() <= k && k < t.end());
        boolean organisation = false;
        for (int j = verb + 1; j < a.start(); j++) {
            organisation |= orgHeads(v.language()).contains(v.folded(j));
        }
        return content && !organisation;
    }

    /** A role phrase followed by the person's name ("il portavoce della Farnesina, Paolo Neri") is the name. */
    private static Actor named(SentenceView v, Actor a) {
        if (a.mention().kind() != EntityMention.Kind.ROLE) {
            return a;
        }
        int p = a.end();
        while (v.folded(p).equals(",") || v.is(DETERMINERS, p)) {
            p++;
        }
        return startingAt(v, p)
                .filter(n -> n.type() == EntityType.PERSON && n.mention().kind() != EntityMention.Kind.ROLE)
                .orElse(a);
    }

    /**
     * The speaker of the last speech verb before word {@code limit} in its clause ("Xi ha affermato: «…»",
     * "Putin ha aggiunto che Mosca «…»", "…e, ha spiegato il presidente davanti ai giornalisti, «…»"): its
     * subject, or the one after it when the verb opens its clause.
     */
    static Speaker before(SentenceView v, int limit) {
        for (int t = limit - 1; t >= 0; t--) {
            if (v.isQuoted(t)) {
                continue;
            }
            String w = v.folded(t);
            if (SENTENCE_ENDS.contains(w) || v.wordClass(OPENERS).contains(w) && !(w.equals(":") && t == limit - 1)) {
                return Speaker.NONE;
            }
            if (speechVerb(v, t, false) && !Negation.negates(v, t)) {
                int verb = t;
                if (gerund(v, w)) {
                    return mainSubject(v, verb).map(x -> Speaker.actor(x, v, verb, false))
                            .orElse(Speaker.of(Speaker.Kind.IMPLICIT, v, verb));
                }
                boolean opens = opensClause(v, verb);
                Optional<Actor> inverted = v.actors().stream()
                        .filter(a -> a.start() > verb && a.end() <= limit && !v.isQuoted(a.start()) && a.canSpeak()
                                && !oblique(v, a))
                        .findFirst();
                Optional<Actor> subject = v.subjectBefore(verb, x -> x.canSpeak() && !oblique(v, x))
                        .or(() -> subjectPastAdverbs(v, verb));
                Optional<Actor> a = opens ? inverted.or(() -> subject) : subject.or(() -> inverted);
                boolean relaying = relays(v, verb);
                return a.map(x -> Speaker.actor(x, v, verb, relaying))
                        .orElse(Speaker.of(opens ? Speaker.Kind.IMPLICIT : Speaker.Kind.UNKNOWN, v, verb));
            }
        }
        return Speaker.NONE;
    }

    /**
     * Who speaks through a gerund ("'…,' X told Y, promising that …", "X met Y, adding that …"): the subject of the
     * sentence's main clause, its first actor outside quotes that is no oblique argument, not the nearest one, which is
     * often the main verb's object.
     */
    static Optional<Actor> mainSubject(SentenceView v, int gerund) {
        return v.actors().stream()
                .filter(a -> a.end() <= gerund && !v.isQuoted(a.start()) && a.canSpeak() && !oblique(v, a))
                .findFirst();
    }

    /**
     * The subject before a verb across adverbs that open a clause only at its start: "X va però oltre e aggiunge
     * che…". The nearest fitting actor counts when every clause opener between stands inside the clause, after a
     * word, and is one of them.
     */
    private static Optional<Actor> subjectPastAdverbs(SentenceView v, int verb) {
        for (int i = v.actors().size() - 1; i >= 0; i--) {
            Actor a = v.actors().get(i);
            if (a.end() > verb || v.isQuoted(a.start())) {
                continue;
            }
            for (int k = a.end(); k < verb; k++) {
                String w = v.folded(k);
                boolean inside = k > a.end() && !v.words().get(k - 1).isPunctuation();
                if ((v.wordClass(OPENERS).contains(w) || v.wordClass(COMPLEMENTIZERS).contains(w)) && !(inside && v.wordClass(POSTPOSITIVE).contains(w))) {
                    return Optional.empty();
                }
            }
            return a.canSpeak() && !oblique(v, a) ? Optional.of(a) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * "Secondo X" anywhere before word {@code limit} in its sentence, or "Per X" opening a clause: "Secondo
     * Blinken i missili … «…»", "Per Xi Jinping «…»". Countries and places give no speaker ("Per la Francia
     * e il Brasile «…»" is about them).
     */
    static Speaker according(SentenceView v, int limit) {
        for (int k = limit - 1; k >= 0; k--) {
            if (v.isQuoted(k)) {
                continue;
            }
            String w = v.folded(k);
            if (SENTENCE_ENDS.contains(w)) {
                return Speaker.NONE;
            }
            boolean opening = k == 0 || FRAME_OPENERS.contains(mark(v, k - 1))
                    || k == 1 && v.is(CONJUNCTIONS, 0);
            if (v.wordClass(ACCORDING).contains(w) || v.wordClass(FOR_WHOM).contains(w) && opening) {
                Speaker s = source(v, k, true);
                if (!s.is(Speaker.Kind.NONE)) {
                    return s;
                }
            }
        }
        return Speaker.NONE;
    }

    /**
     * A sentence that opens by naming who said the one before: "Lo ha detto il ministro X", "È quanto ha
     * riferito X", "Così ha dichiarato X".
     */
    static Speaker backReference(SentenceView v) {
        int i = 0;
        boolean back = false;
        while (i < 4 && (v.is(BACK, i) || v.is(BRIDGE, i))) {
            back |= v.is(BACK, i);
            i++;
        }
        if (!back) {
            return Speaker.NONE;
        }
        while (v.is(AUXILIARIES, i) || v.is(FILLERS, i)) {
            i++;
        }
        return speechVerb(v, i, true) && !v.isQuoted(i) ? subjectAfter(v, i, false) : Speaker.NONE;
    }

    /**
     * The subject of the clause a quote set after a colon or in brackets illustrates, its first actor that is no
     * oblique argument: "X attacca la Spagna («…»)", "X mette Y in cima: «…»"; in a relative clause, its
     * antecedent ("con il segretario X che smentiva le tensioni («…»)").
     */
    static Speaker clauseSubject(SentenceView v, int mark) {
        String m = v.folded(mark);
        if (!m.equals(":") && !m.equals("(")) {
            return Speaker.NONE;
        }
        int start = 0;
        for (int k = mark - 1; k >= 0; k--) {
            String w = v.folded(k);
            if (v.isQuoted(k)) {
                continue;
            }
            if (v.wordClass(COMPLEMENTIZERS).contains(w)) {
                int before = v.folded(k - 1).equals(",") ? k - 2 : k - 1;
                return endingAt(v, before).filter(Actor::canSpeak).map(a -> Speaker.actor(a, v, mark, false))
                        .orElse(Speaker.NONE);
            }
            if (SENTENCE_ENDS.contains(w) || v.wordClass(OPENERS).contains(w)) {
                start = k + 1;
                break;
            }
        }
        int from = start;
        return v.actors().stream()
                .filter(a -> a.start() >= from && a.end() <= mark && !v.isQuoted(a.start()) && a.canSpeak()
                        && !oblique(v, a))
                .findFirst().map(a -> Speaker.actor(a, v, mark, false)).orElse(Speaker.NONE);
    }

    /**
     * Whether an actor is governed by a preposition, itself or through the noun phrase it names: "con Putin", "con
     * il presidente ucraino Zelensky", "secondo l'agenzia di stampa Xinhua".
     */
    static boolean oblique(SentenceView v, Actor a) {
        if (v.isOblique(a)) {
            return true;
        }
        int k = a.start() - 1;
        for (int steps = 0; k >= 0 && steps < NOUN_PHRASE_REACH; steps++, k--) {
            String w = v.folded(k);
            Word word = v.words().get(k);
            boolean lowerCase = !word.isCapitalized() && !word.isPunctuation() && !v.wordClass(SentenceView.OBLIQUE).contains(w);
            if (!(v.wordClass(DETERMINERS).contains(w) || v.wordClass(OF).contains(w) || isDemonymAt(v, k) || lowerCase)) {
                break;
            }
        }
        return k >= 0 && v.is(SentenceView.OBLIQUE, k) && !v.is(OF, k)
                && v.is(DETERMINERS, k + 1);
    }

    /** Whether word {@code i} is a speech verb: a statement (inverted ones only {@code afterQuote}) or report word. */
    static boolean speechVerb(SentenceView v, int i, boolean afterQuote) {
        for (Trigger t : v.triggers()) {
            if (t.word() == i && (t.kind() == Trigger.Kind.STATEMENT && (afterQuote || !t.frame().equals("inverted"))
                    || t.kind() == Trigger.Kind.REPORT && !v.is(ACCORDING, i))) {
                return true;
            }
        }
        return false;
    }

    /** A report verb only relays ("riferisce la Tass"): an agency as its subject is no speaker. */
    private static boolean relays(SentenceView v, int verb) {
        return v.triggers().stream().anyMatch(t -> t.word() == verb && t.kind() == Trigger.Kind.REPORT)
                && v.triggers().stream().noneMatch(t -> t.word() == verb && t.kind() == Trigger.Kind.STATEMENT);
    }

    /** Whether only auxiliaries, adverbs and conjunctions stand between a verb and its clause's start. */
    private static boolean opensClause(SentenceView v, int verb) {
        int k = verb - 1;
        while (k >= 0 && (v.is(AUXILIARIES, k) || v.is(FILLERS, k)
                || v.is(CLITICS, k) || v.is(CONJUNCTIONS, k))) {
            k--;
        }
        return k < 0 || FRAME_OPENERS.contains(mark(v, k)) || v.is(OPENERS, k);
    }

    /** A gerund has no subject after it: in "«…», accusando la Russia" the speaker is the clause's subject. */
    static boolean gerund(SentenceView v, String word) {
        return v.wordClass(GERUND_ENDINGS).stream().anyMatch(e -> word.endsWith(e) && word.length() > e.length() + 1);
    }

    /** The word as written, for punctuation that folding drops ("–"). */
    private static String mark(SentenceView v, int i) {
        return i >= 0 && i < v.words().size() ? v.words().get(i).surface() : "";
    }

    private static Optional<Actor> startingAt(SentenceView v, int word) {
        return v.actors().stream().filter(a -> a.start() == word).findFirst();
    }

    private static Optional<Actor> endingAt(SentenceView v, int word) {
        return v.actors().stream().filter(a -> a.end() == word + 1).findFirst();
    }

    private static boolean isDemonymAt(SentenceView v, int word) {
        return v.actors().stream().anyMatch(a -> a.isDemonym() && a.start() <= word && word < a.end());
    }
}
