package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.document.Document;
import org.newsgraph.document.Event;
import org.newsgraph.document.Quote;
import org.newsgraph.document.Sentence;
import org.newsgraph.document.Span;
import org.newsgraph.document.Timex;
import org.newsgraph.entity.Word;
import org.newsgraph.document.PartOfSpeech;
import org.newsgraph.lang.WordClasses;

/**
 * Who said what. A quote's speaker comes from the first frame that names one ({@link SpeechFrames}): a
 * speech verb after it ("«…», ha detto X"), one before it ("X ha affermato: «…»"), "secondo X" / "Per X",
 * the next sentence ("«…». Lo ha detto X"), the subject of the clause it illustrates ("X attacca la
 * Spagna («…»)"); a quote standing alone, or followed by a verb with no subject ("«…», aggiunge."),
 * continues the speaker of the sentence before. A news agency that relays words is no speaker unless
 * nobody else is named. Reported speech ("X ha affermato che …", "… Lo ha detto X") is a statement whose
 * quote is the reported clause. Headlines paraphrase, so they give no statements.
 */
final class StatementRule implements EventRule {

    private static final String CLOSING_QUOTES = "closing-quote";
    private static final String DETERMINERS = "determiner";
    private static final String OF = "of";
    private static final String COMPLEMENTIZERS = "complementizer";
    private static final String OPENERS = "clause-opener";
    private static final String ACCORDING = "according-to";
    private static final String CONJUNCTIONS = "conjunction";
    private static final String SINCE = "by-agent";
    private static final String DEMONSTRATIVES = "distal-demonstrative";
    private static final String OCCASIONS = "occasion-noun";
    private static final String BARE_COMPLEMENT = "bare-complement-verb";
    private static final String AUDIENCE = "speech-audience";
    private static final String POSTPOSED_REPORT = "postposed-report-mark";
    /** The feature of a finite verb reading: the verb of a reported clause with no complementizer. */
    private static final String FINITE = "ind";
    /** How many words a bare reported clause's subject may run before its verb: "the head of the agency has…". */
    private static final int BARE_SUBJECT_REACH = 6;
    /** Characters that end a quotation mark; a quote whose outer span ends otherwise was never closed. */
    private static final String MARKS = "»”“\"'’";

    /** How many words a dateline may have before its dash: "(ANSA) - MOSCA, 13 LUG -". */
    private static final int DATELINE_WORDS = 8;
    private static final Set<String> DASHES = Set.of("-", "–", "—");
    /** A quote needs this many words to be speech without a frame of its own, rather than words in inverted commas. */
    private static final int MIN_QUOTE_WORDS = 4;
    /** A quote after a colon or in brackets needs this many words ("(«genocidio»)" is a label, not speech). */
    private static final int MIN_ILLUSTRATION_WORDS = 2;
    /** How many words of its own a sentence may have beside a quote going on with earlier speech: "E ancora:". */
    private static final int MAX_ALONE_WORDS = 2;
    /** How many sentences back a chain of quotes may carry a speaker. */
    private static final int CHAIN_DEPTH = 4;
    /** How many words may separate a speech verb from the "che" of its reported clause. */
    private static final int THAT_REACH = 12;
    /** How many words before a report verb a date may stand to date the report: "Giovedì, Joe Biden ha affermato". */
    private static final int REPORT_DATE_REACH = 6;

    private final AttributionFinder attribution;

    StatementRule(AttributionFinder attribution) {
        this.attribution = attribution;
    }

    @Override
    public List<Candidate> find(SentenceView v) {
        if (v.isHeadline()) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        for (Said s : said(v, 0)) {
            if (s.emit() && s.speaker().is(Speaker.Kind.FOUND)) {
                out.add(statement(v, s));
            }
        }
        return out;
    }

    /** Words said in a sentence, with their speaker as far as it is known and the agency that relays them, if any. */
    private record Said(Speaker speaker, Span quote, Span evidence, int position, boolean emit,
                        Optional<String> relayedBy) {

        Said(Speaker speaker, Span quote, Span evidence, int position, boolean emit) {
            this(speaker, quote, evidence, position, emit, Optional.empty());
        }
    }

    /** Everything said in sentence {@code v}, in text order; {@code depth} bounds chains through earlier sentences. */
    private List<Said> said(SentenceView v, int depth) {
        List<Said> out = new ArrayList<>();
        Set<String> quoting = new HashSet<>();
        Span sentence = v.sentence().span();
        for (Quote q : v.quotes()) {
            if (nested(v, q)) {
                continue;
            }
            boolean startsHere = sentence.begin() <= q.outer().begin() && q.outer().begin() < sentence.end();
            boolean endsHere = sentence.begin() <= q.inner().end() && q.inner().end() <= sentence.end();
            if (unclosed(v.document(), q)) {
                SentenceView start = startsHere ? v : v.at(sentenceAt(v.document(), q.outer().begin()));
                Optional<Said> framed = unclosedFrame(start, q);
                if (framed.isPresent()) {
                    if (startsHere) {
                        out.add(framed.get());
                        framed.get().speaker().id().ifPresent(quoting::add);
                    }
                    continue;
                }
            }
            if (endsHere) {
                Said s = quote(v, q, startsHere, depth);
                out.add(s);
                s.speaker().id().ifPresent(quoting::add);
            }
        }
        out.addAll(reported(v, quoting));
        backReferenced(v).ifPresent(out::add);
        if (v.quotes().isEmpty()) {
            continued(v).ifPresent(out::add);
        }
        if (out.isEmpty()) {
            postposed(v).ifPresent(out::add);
        }
        out.sort(Comparator.comparingInt(Said::position));
        return out;
    }

    /**
     * The speaker of a quote that ends in sentence {@code v}: the first frame that names one, in the order of the
     * class comment; an agency any frame names relays the words, and speaks them only when nobody else does.
     */
    private Said quote(SentenceView v, Quote q, boolean startsHere, int depth) {
        Document d = v.document();
        SentenceView w = startsHere ? v : v.at(sentenceAt(d, q.outer().begin()));
        int open = w.wordAt(q.outer().begin());
        int after = v.wordAt(q.outer().end());
        int size = d.text(q.inner()).strip().split("\\s+").length;
        Span evidence = new Span(w.sentence().span().begin(), v.sentence().span().end());
        Speaker agency = Speaker.NONE;
        Speaker s = Speaker.NONE;
        for (Speaker frame : List.of(SpeechFrames.after(v, after, false), SpeechFrames.before(w, open),
                SpeechFrames.according(w, open))) {
            if (frame.is(Speaker.Kind.AGENCY)) {
                agency = frame;
            } else if (s.is(Speaker.Kind.NONE)) {
                s = frame;
            }
        }
        Optional<SentenceView> next = s.is(Speaker.Kind.NONE) && closesSentence(v, after) ? next(v) : Optional.empty();
        if (next.isPresent()) {
            Speaker back = SpeechFrames.backReference(next.get());
            if (back.is(Speaker.Kind.AGENCY)) {
                agency = back;
            } else if (!back.is(Speaker.Kind.NONE)) {
                s = back;
                evidence = new Span(evidence.begin(), next.get().sentence().span().end());
            }
        }
        if (s.is(Speaker.Kind.NONE) && size >= MIN_ILLUSTRATION_WORDS) {
            s = SpeechFrames.clauseSubject(w, open - 1);
        }
        if (s.is(Speaker.Kind.NONE) && size >= MIN_QUOTE_WORDS && alone(v, w, open, after)) {
            Speaker chain = chained(w, depth, v, after);
            if (chain.is(Speaker.Kind.AGENCY)) {
                agency = chain;
            } else {
                s = chain;
            }
        }
        if (s.is(Speaker.Kind.IMPLICIT)) {
            Speaker implicit = s;
            Speaker chain = chained(w, depth, implicit.view(), implicit.word());
            s = chain.is(Speaker.Kind.NONE) || chain.is(Speaker.Kind.AGENCY)
                    ? previousSubject(w).map(id -> Speaker.found(id, implicit.view(), implicit.word()))
                            .orElse(Speaker.NONE)
                    : chain;
        }
        if (s.is(Speaker.Kind.NONE) && agency.id().isPresent() && size >= MIN_QUOTE_WORDS) {
            s = Speaker.found(agency.id().get(), agency.view(), agency.word());
        }
        return new Said(s, withoutFrameComma(d, q.inner()), evidence, q.inner().end(), true, agency.id());
    }

    /** A comma closing the quoted words belongs to the frame after them, as English sets it: "'We are ready,' he said". */
    private static Span withoutFrameComma(Document d, Span inner) {
        int end = inner.end();
        while (end > inner.begin() + 1 && (d.text().charAt(end - 1) == ',' || Character.isWhitespace(d.text().charAt(end - 1)))) {
            end--;
        }
        return end == inner.end() ? inner : new Span(inner.begin(), end);
    }

    /**
     * A quote never closed that runs over its own frame ("“Siamo pronti a trattare, ha dichiarato Lavrov, il
     * quale…"): the quote ends at the comma before the frame.
     */
    private Optional<Said> unclosedFrame(SentenceView start, Quote q) {
        int first = start.wordAt(q.inner().begin());
        Speaker s = SpeechFrames.after(start, first, true);
        if (!s.is(Speaker.Kind.FOUND) && !s.is(Speaker.Kind.UNKNOWN)) {
            return Optional.empty();
        }
        int comma = s.word() - 1;
        while (comma > first && !start.folded(comma).equals(",")) {
            comma--;
        }
        if (comma <= first) {
            return Optional.empty();
        }
        Span quote = start.span(first, comma);
        return Optional.of(new Said(s, quote, start.sentence().span(), quote.end(), true));
    }

    /**
     * The speaker of the sentence before {@code w}, carried over to a quote that goes on with its words; the
     * words are dated by word {@code word} of {@code dating}.
     */
    private Speaker chained(SentenceView w, int depth, SentenceView dating, int word) {
        if (depth >= CHAIN_DEPTH || w.index() == 0) {
            return Speaker.NONE;
        }
        SentenceView previous = w.at(w.index() - 1);
        if (previous.isHeadline()) {
            return Speaker.NONE;
        }
        List<Said> said = said(previous, depth + 1);
        if (said.isEmpty()) {
            return Speaker.NONE;
        }
        Speaker last = said.get(said.size() - 1).speaker();
        return switch (last.kind()) {
            case FOUND, AGENCY -> new Speaker(last.kind(), last.id(), dating, word);
            case NONE -> Speaker.NONE;
            default -> Speaker.of(Speaker.Kind.UNKNOWN, dating, word);
        };
    }

    /**
     * Reported speech: "X ha affermato che …", "ha spiegato ai giornalisti che …", "X ha incontrato Y, promettendo che …"
     * (a gerund's speaker is the main clause's subject). The "che" follows the verb
     * closely, with no object between ("ha sottolineato il valore dell'intesa, che …" is a relative
     * clause); the quote is the clause, up to a clause of another source or a semicolon.
     */
    private List<Said> reported(SentenceView v, Set<String> quoting) {
        List<Said> out = new ArrayList<>();
        Set<String> speakers = new HashSet<>(quoting);
        for (Trigger t : v.triggers()) {
            if (t.kind() != Trigger.Kind.STATEMENT || t.frame().equals("inverted") || v.isQuoted(t.word())
                    || Negation.negates(v, t.word())) {
                continue;
            }
            int complementizer = thatAfter(v, t.word());
            int that = complementizer >= 0 ? complementizer : bareClauseAfter(v, t.word()) - 1;
            if (that < 0) {
                continue;
            }
            Optional<Actor> speaker = SpeechFrames.gerund(v, v.folded(t.word())) ? SpeechFrames.mainSubject(v, t.word())
                    : v.subjectBefore(t.word(), Actor::canSpeak)
                            .or(() -> v.actorAfter(t.word(), that - t.word() - 1,
                                    a -> a.canSpeak() && !SpeechFrames.oblique(v, a)));
            int end = clauseEnd(v, that + 1);
            if (speaker.isPresent() && !opensQuote(v, that + 1) && speakers.add(speaker.get().id()) && end > that + 1) {
                out.add(new Said(Speaker.actor(speaker.get(), v, t.word(), false), v.span(that + 1, end),
                        v.sentence().span(), v.words().get(t.word()).span().begin(), true));
            }
        }
        return out;
    }

    /** Whether a quotation mark opening a quote stands at word {@code k}: the quote gives the words, as a quote. */
    private static boolean opensQuote(SentenceView v, int k) {
        return k < v.words().size() && v.quotes().stream()
                .anyMatch(q -> q.outer().begin() == v.words().get(k).span().begin());
    }

    /**
     * A sentence that names who said the one before ("… Lo ha detto il ministro X"): when that sentence has no
     * quote of its own, its words are the statement; else its quotes took the speaker already.
     */
    private Optional<Said> backReferenced(SentenceView v) {
        Speaker s = SpeechFrames.backReference(v);
        if (s.is(Speaker.Kind.NONE) || v.index() == 0) {
            return Optional.empty();
        }
        Document d = v.document();
        Sentence previous = d.sentences().get(v.index() - 1);
        if (previous.paragraph() != v.sentence().paragraph()
                || d.headline().map(h -> h.overlaps(previous.span())).orElse(false)) {
            return Optional.empty();
        }
        boolean quoted = d.quotes().stream().anyMatch(q -> previous.span().overlaps(q.inner()));
        SentenceView p = v.at(v.index() - 1);
        int first = datelineEnd(p);
        int last = lastWord(p);
        if (last <= first) {
            return Optional.empty();
        }
        Span evidence = new Span(previous.span().begin(), v.sentence().span().end());
        return Optional.of(new Said(s, p.span(first, last), evidence, v.sentence().span().begin(), !quoted));
    }

    /**
     * The first word after a dateline opening the sentence ("VARSAVIA, 14 MAR – La Spagna invierà…", "(ANSA) - ANKARA,
     * 21 FEB - …"): dashes each within a few words of the last, with only names, numbers and dates before them.
     */
    private static int datelineEnd(SentenceView v) {
        int start = 0;
        for (int k = 0; k < v.words().size() && k - start <= DATELINE_WORDS; k++) {
            Word w = v.words().get(k);
            int at = k;
            boolean dated = v.timexes().stream().anyMatch(t -> t.start() <= at && at < t.end());
            if (DASHES.contains(w.surface())) {
                start = k + 1;
            } else if (!w.isPunctuation() && !w.isCapitalized() && !Character.isDigit(w.surface().charAt(0))
                    && !dated) {
                break;
            }
        }
        return start;
    }

    /** "Sempre secondo il presidente turco, la Russia…": a source that goes on speaking says the clause. */
    private static Optional<Said> continued(SentenceView v) {
        Speaker s = SpeechFrames.continuedSource(v);
        if (s.is(Speaker.Kind.NONE)) {
            return Optional.empty();
        }
        int end = clauseEnd(v, s.word() + 1);
        Span sentence = v.sentence().span();
        return end > s.word() + 1
                ? Optional.of(new Said(s, v.span(s.word() + 1, end), sentence, sentence.begin(), true))
                : Optional.empty();
    }

    /**
     * Reported speech with its verb after it ("I piloti saranno formati, ha precisato X"): a speaker to go on with,
     * and a statement of its own where the language reports speech so (English "The talks will resume, the
     * minister said": the mark before the frame is in postposed-report-mark).
     */
    private static Optional<Said> postposed(SentenceView v) {
        for (int k = 1; k < v.words().size(); k++) {
            if (v.folded(k - 1).equals(",") && !v.isQuoted(k - 1)) {
                Speaker s = SpeechFrames.after(v, k, false);
                Span sentence = v.sentence().span();
                boolean words = k - 1 >= MIN_QUOTE_WORDS;
                return s.is(Speaker.Kind.NONE) ? Optional.empty()
                        : Optional.of(new Said(s, v.span(0, k - 1), sentence, sentence.begin(),
                                words && v.is(POSTPOSED_REPORT, k - 1)));
            }
        }
        return Optional.empty();
    }

    private Candidate statement(SentenceView v, Said s) {
        String speaker = s.speaker().id().get();
        Draft d = new Draft(Event.Type.STATEMENT, s.evidence());
        d.add(Event.Role.SPEAKER, speaker);
        d.quote = Optional.of(s.quote());
        SentenceView frame = s.speaker().view();
        d.date = dateNear(frame, s.speaker().word(), s.quote()).or(() -> dateOfPreviousSentence(frame, speaker));
        Set<String> reporters = new HashSet<>(attribution.reporters(v));
        if (frame != v) {
            reporters.addAll(attribution.reporters(frame));
        }
        s.relayedBy().ifPresent(reporters::add);
        reporters.remove(speaker);
        d.attribution = new Event.Attribution(Set.of(), Set.of(), reporters, attribution.hedged(v));
        return new Candidate(d.event(), false);
    }

    /**
     * The date nearest word {@code word} of a sentence, outside the words reported and not a noun's modifier or
     * a starting point ("gli accordi del 2000", "la prima visita dal 2019").
     */
    private static Optional<Timex> dateNear(SentenceView v, int word, Span quote) {
        return v.timexes().stream().filter(t -> !quote.contains(t.value().span()))
                .filter(t -> !modifies(v, t.start()))
                .min(Comparator.comparing((SentenceView.Placed<Timex> t) -> t.value().value().isEmpty())
                        .thenComparingInt(t -> Math.abs(t.start() - word)))
                .map(SentenceView.Placed::value);
    }

    /**
     * A statement with no date of its own takes the date of the sentence before: of the report there that names
     * the speaker ("Giovedì, Biden ha affermato che… «…», ha affermato Biden"; "…, ha riferito sabato
     * l'agenzia KCNA. «…», secondo KCNA"), or of the occasion the statement points back to ("Il viaggio
     * risaliva al 4 giugno. … aveva ribadito in quell'occasione che…").
     */
    private Optional<Timex> dateOfPreviousSentence(SentenceView v, String speaker) {
        if (v.index() == 0) {
            return Optional.empty();
        }
        Document d = v.document();
        SentenceView p = v.at(v.index() - 1);
        List<SentenceView.Placed<Timex>> dated = p.timexes().stream()
                .filter(t -> t.value().value().isPresent()).toList();
        if (pointsBack(v)) {
            return dated.stream().findFirst().map(SentenceView.Placed::value);
        }
        boolean names = p.actors().stream().anyMatch(a -> a.id().equals(speaker));
        if (!names) {
            return Optional.empty();
        }
        Optional<SentenceView.Placed<Timex>> best = Optional.empty();
        int distance = Integer.MAX_VALUE;
        for (Trigger r : p.triggers()) {
            if (!SpeechFrames.speechVerb(p, r.word(), true)) {
                continue;
            }
            for (SentenceView.Placed<Timex> t : dated) {
                int before = r.word() - t.end();
                int after = t.start() - r.word();
                int gap = before >= 0 ? before : after;
                if ((before >= 0 && before < REPORT_DATE_REACH || after > 0 && after <= 2) && gap < distance) {
                    best = Optional.of(t);
                    distance = gap;
                }
            }
        }
        return best.map(SentenceView.Placed::value);
    }

    /** Whether a date at word {@code start} (or its preposition) modifies a noun or gives a starting point. */
    private static boolean modifies(SentenceView v, int start) {
        return v.is(OF, start) || v.is(SINCE, start)
                || v.is(OF, start - 1) || v.is(SINCE, start - 1);
    }

    /** Whether a sentence points back at an occasion told before it: "in quell'occasione", "quel giorno". */
    private static boolean pointsBack(SentenceView v) {
        for (int k = 0; k + 1 < v.words().size(); k++) {
            if (v.is(DEMONSTRATIVES, k) && v.is(OCCASIONS, k + 1) && !v.isQuoted(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who speaks when a speech verb has no subject and no quote before it names one: the subject of the sentence
     * before, its first person that is no oblique argument ("Putin ha incontrato Xi. «…», ha aggiunto.").
     */
    private Optional<String> previousSubject(SentenceView v) {
        if (v.index() == 0) {
            return Optional.empty();
        }
        SentenceView p = v.at(v.index() - 1);
        if (p.isHeadline()) {
            return Optional.empty();
        }
        return p.actors().stream().filter(a -> a.isPerson() && !p.isQuoted(a.start()) && !SpeechFrames.oblique(p, a))
                .findFirst().map(Actor::id);
    }

    /** The "che" of a speech verb's reported clause: close after it, with no object, "di" or clause break between. */
    private static int thatAfter(SentenceView v, int word) {
        String first = v.folded(word + 1);
        boolean object = v.wordClass(DETERMINERS).contains(first) && v.actors().stream().noneMatch(a -> a.start() == word + 1);
        if (object || v.wordClass(OF).contains(first)) {
            return -1;
        }
        for (int k = word + 1; k < v.words().size() && k <= word + THAT_REACH; k++) {
            String w = v.folded(k);
            if (v.isQuoted(k) || v.wordClass(OPENERS).contains(w) || w.equals(".")) {
                return -1;
            }
            if (v.wordClass(COMPLEMENTIZERS).contains(w)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Where a reported clause with no complementizer starts, or -1: after a verb of bare-complement-verb, past
     * who is told and when ("told reporters on Monday the talks…"), a subject (an actor, an article, a pronoun)
     * whose finite verb follows within a few words, with no mark between ("Kirby said Iran has not…"); a word right
     * after an article is its noun ("said the words again" reports nothing).
     */
    private static int bareClauseAfter(SentenceView v, int verb) {
        if (!v.is(BARE_COMPLEMENT, verb)) {
            return -1;
        }
        int k = verb + 1;
        while (k < v.words().size() && (v.is(AUDIENCE, k) || timexAt(v, k))) {
            k++;
        }
        int start = k;
        Optional<Actor> subject = v.actors().stream().filter(a -> a.start() == start).findFirst();
        Word first = k < v.words().size() ? v.words().get(k) : null;
        if (first == null || v.isQuoted(k) || subject.isEmpty() && !v.is(DETERMINERS, k) && !first.can(PartOfSpeech.PRONOUN)) {
            return -1;
        }
        int from = subject.map(Actor::end).orElse(k + 1);
        for (int j = from; j < v.words().size() && j <= start + BARE_SUBJECT_REACH; j++) {
            Word w = v.words().get(j);
            if (w.isPunctuation() || v.is(OPENERS, j) || v.is(COMPLEMENTIZERS, j)) {
                return -1;
            }
            if (!v.is(DETERMINERS, j - 1) && w.analyses().stream().anyMatch(a -> a.isVerb() && a.hasFeature(FINITE))) {
                return start;
            }
        }
        return -1;
    }

    private static boolean timexAt(SentenceView v, int k) {
        return v.timexes().stream().anyMatch(t -> t.start() <= k && k < t.end());
    }

    /** Where a reported clause ends: at a semicolon, at another source's clause (", e secondo …"), or at the end. */
    private static int clauseEnd(SentenceView v, int from) {
        int last = lastWord(v);
        for (int k = from; k < last; k++) {
            if (v.isQuoted(k)) {
                continue;
            }
            String w = v.folded(k);
            if (w.equals(";")) {
                return k;
            }
            if (w.equals(",")) {
                int n = v.is(CONJUNCTIONS, k + 1) ? k + 2 : k + 1;
                if (v.is(ACCORDING, n) || v.is(OPENERS, n)) {
                    return k;
                }
            }
        }
        return last;
    }

    /** The end of a sentence's last word, past trailing punctuation but keeping a closing quotation mark. */
    private static int lastWord(SentenceView v) {
        int k = v.words().size();
        while (k > 0 && v.words().get(k - 1).isPunctuation() && !v.isQuoted(k - 1)
                && !v.wordClass(CLOSING_QUOTES).contains(v.words().get(k - 1).surface())) {
            k--;
        }
        return k;
    }

    /** A quote inside another one ("«Ha parlato di “pace”», ha detto X") is part of what the outer one says. */
    private static boolean nested(SentenceView v, Quote q) {
        return v.quotes().stream().anyMatch(o -> o != q && o.inner().contains(q.outer()));
    }

    private static boolean unclosed(Document d, Quote q) {
        return MARKS.indexOf(d.text().charAt(q.outer().end() - 1)) < 0;
    }

    /** Whether nothing but punctuation follows word {@code after} in the sentence. */
    private static boolean closesSentence(SentenceView v, int after) {
        for (int k = after; k < v.words().size(); k++) {
            if (!v.words().get(k).isPunctuation()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a quote is all its sentences say, but for a word or two that name nobody ("E ancora: «…»", not
     * "Mosca: «…»").
     */
    private static boolean alone(SentenceView v, SentenceView w, int open, int after) {
        int own = 0;
        for (int k = 0; k < open; k++) {
            own += ownWord(w, k) ? 1 : 0;
        }
        for (int k = after; k < v.words().size(); k++) {
            own += ownWord(v, k) ? 1 : 0;
        }
        boolean names = w.actors().stream().anyMatch(a -> a.start() < open && !w.isQuoted(a.start()))
                || v.actors().stream().anyMatch(a -> a.start() >= after && !v.isQuoted(a.start()));
        return own <= MAX_ALONE_WORDS && !names;
    }

    private static boolean ownWord(SentenceView v, int k) {
        return !v.words().get(k).isPunctuation() && !v.isQuoted(k);
    }

    private Optional<SentenceView> next(SentenceView v) {
        int i = v.index() + 1;
        List<Sentence> sentences = v.document().sentences();
        return i < sentences.size() && sentences.get(i).paragraph() == v.sentence().paragraph()
                ? Optional.of(v.at(i)) : Optional.empty();
    }


    private static int sentenceAt(Document d, int offset) {
        List<Sentence> sentences = d.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).span().end() > offset) {
                return i;
            }
        }
        return sentences.size() - 1;
    }
}
