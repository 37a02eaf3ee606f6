package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.newsgraph.document.Document;
import org.newsgraph.document.EntityMention;
import org.newsgraph.document.Quantity;
import org.newsgraph.document.Quote;
import org.newsgraph.document.Sentence;
import org.newsgraph.document.Span;
import org.newsgraph.document.Timex;
import org.newsgraph.entity.Word;
import org.newsgraph.lang.Language;

/**
 * One sentence with everything found in it indexed by word: actors, quotes, time expressions,
 * amounts and event words. The extractors ask it for the actor nearest a word, left or right.
 */
public final class SentenceView {

    /** Words after which an actor is not a subject ("con Putin", "a Mosca", "secondo Seul"). */
    static final String OBLIQUE = "oblique-preposition";
    private static final String ARTICLES = "determiner";
    /** Words that open a new clause: a left search for a subject does not cross them. */
    private static final String CLAUSE_OPENERS = "clause-opener";
    /** Forms of "avere" that make a past participle active: "hanno firmato". */
    private static final String PERFECT_AUXILIARY = "perfect-auxiliary";
    /** The conjunction that joins the last of a list: "Russia, Cina e Iran", "Russia, China and Iran". */
    static final String COORDINATORS = "coordinator";
    /** "…con Sergei Shoigu, che venerdì ha visitato…", "…with Sergei Shoigu, who visited…". */
    private static final String RELATIVE_PRONOUNS = "relative-pronoun";

    /** How many words a relative pronoun may stand before its verb: "che venerdì si è recato". */
    private static final int RELATIVE_REACH = 5;

    private final Document document;
    private final int index;
    private final Sentence sentence;
    private final List<Word> words;
    private final List<Actor> actors;
    private final List<Trigger> triggers;
    private final boolean[] quoted;
    private final List<Quote> quotes;
    private final Language language;
    private final TriggerLexicon lexicon;
    private final Map<String, Integer> countryMentions;
    /** The views of the article's sentences made so far, shared by all of them: each is made once, when first asked for. */
    private final SentenceView[] article;

    /**
     * The views of a document's sentences, each made once when first asked for, as rules look back and ahead often;
     * {@code countryMentions} counts the article's mentions of each country.
     */
    static IntFunction<SentenceView> article(Document document, TriggerLexicon lexicon, Map<String, Integer> countryMentions) {
        SentenceView[] made = new SentenceView[document.sentences().size()];
        return i -> madeOnce(document, i, lexicon, countryMentions, made);
    }

    private static SentenceView madeOnce(Document document, int index, TriggerLexicon lexicon,
                                         Map<String, Integer> countryMentions, SentenceView[] made) {
        return made[index] != null ? made[index] : new SentenceView(document, index, lexicon, countryMentions, made);
    }

    private SentenceView(Document document, int index, TriggerLexicon lexicon, Map<String, Integer> countryMentions,
                         SentenceView[] article) {
        this.article = article;
        article[index] = this;
        this.document = document;
        this.lexicon = lexicon;
        this.countryMentions = countryMentions;
        this.language = lexicon.language();
        this.index = index;
        this.sentence = document.sentences().get(index);
        this.words = Word.of(sentence);
        this.quotes = document.quotes().stream().filter(q -> q.outer().overlaps(sentence.span())).toList();
        this.quoted = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            Span w = words.get(i).span();
            quoted[i] = quotes.stream().anyMatch(q -> q.inner().contains(w));
        }
        this.actors = actors(document);
        this.triggers = lexicon.find(words);
    }

    /** Another sentence of the same article, read with the same lexicon; made once, however often rules look back or ahead. */
    public SentenceView at(int index) {
        return madeOnce(document, index, lexicon, countryMentions, article);
    }

    /** How often the article names each country: who is meant when a sentence leaves a party or recipient implicit. */
    public Map<String, Integer> countryMentions() {
        return countryMentions;
    }

    /** The language whose word classes and lexicons the rules read this sentence with. */
    public Language language() {
        return language;
    }

    /** The words of one of the language's word classes ("of", "by-agent"). */
    public Set<String> wordClass(String name) {
        return language.words(name);
    }

    /** Whether word {@code k}, folded, belongs to a word class; false outside the sentence. */
    public boolean is(String wordClass, int k) {
        return language.words(wordClass).contains(folded(k));
    }

    private List<Actor> actors(Document d) {
        List<EntityMention> inside = d.mentionsIn(sentence.span());
        List<Actor> out = new ArrayList<>();
        for (EntityMention m : inside) {
            boolean nested = inside.stream().anyMatch(o -> o != m && o.span().contains(m.span())
                    && o.span().length() > m.span().length());
            if (!nested) {
                out.add(new Actor(m, d.entities().get(m.entityId()), wordAt(m.span().begin()),
                        wordAt(m.span().end() - 1) + 1));
            }
        }
        return out;
    }

    public Document document() {
        return document;
    }

    public int index() {
        return index;
    }

    public Sentence sentence() {
        return sentence;
    }

    public List<Word> words() {
        return words;
    }

    public List<Actor> actors() {
        return actors;
    }

    public List<Trigger> triggers() {
        return triggers;
    }

    public List<Quote> quotes() {
        return quotes;
    }

    public String folded(int i) {
        return i >= 0 && i < words.size() ? words.get(i).folded() : "";
    }

    public boolean isQuoted(int i) {
        return i >= 0 && i < quoted.length && quoted[i];
    }

    public boolean isHeadline() {
        return document.headline().map(h -> h.overlaps(sentence.span())).orElse(false);
    }

    /** The index of the word that holds or follows character offset {@code offset}. */
    public int wordAt(int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).span().end() > offset) {
                return i;
            }
        }
        return words.size();
    }

    /** The span of words {@code [start, end)}. */
    public Span span(int start, int end) {
        return new Span(words.get(start).span().begin(), words.get(end - 1).span().end());
    }

    /** The actor nearest before word {@code i} that fits and is a subject, not crossing into another clause. */
    public Optional<Actor> subjectBefore(int i, Predicate<Actor> fits) {
        Optional<Actor> antecedent = relativeAntecedent(i).filter(fits);
        if (antecedent.isPresent()) {
            return antecedent;
        }
        for (int k = actors.size() - 1; k >= 0; k--) {
            Actor a = actors.get(k);
            if (a.end() > i || isQuoted(a.start())) {
                continue;
            }
            if (crossesClause(a.end(), i)) {
                return Optional.empty();
            }
            if (fits.test(a) && !isOblique(a)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * The subject of a relative clause: in "…con Sergei Shoigu, che venerdì ha visitato…" the verb's subject
     * is the actor just before "che", whatever its role in the main clause.
     */
    private Optional<Actor> relativeAntecedent(int i) {
        for (int k = i - 1; k >= Math.max(0, i - RELATIVE_REACH); k--) {
            if (isQuoted(k) || wordClass(CLAUSE_OPENERS).contains(folded(k)) || actorAt(k).isPresent()) {
                return Optional.empty();
            }
            if (wordClass(RELATIVE_PRONOUNS).contains(folded(k))) {
                int before = folded(k - 1).equals(",") ? k - 2 : k - 1;
                return actorAt(before).filter(a -> a.end() == before + 1);
            }
        }
        return Optional.empty();
    }

    private Optional<Actor> actorAt(int word) {
        return actors.stream().filter(a -> a.start() <= word && word < a.end()).findFirst();
    }

    /** The subject before word {@code i} and every actor coordinated with it ("Stati Uniti e Corea del Sud"). */
    public List<Actor> subjectsBefore(int i, Predicate<Actor> fits) {
        Optional<Actor> last = subjectBefore(i, fits);
        if (last.isEmpty()) {
            return List.of();
        }
        List<Actor> group = new ArrayList<>(List.of(last.get()));
        for (int k = actors.indexOf(last.get()) - 1; k >= 0; k--) {
            Actor a = actors.get(k);
            Actor current = group.get(group.size() - 1);
            if (!onlyJoiners(a.end(), current.start(), a.id().equals(current.id()))) {
                break;
            }
            group.add(a);
        }
        Collections.reverse(group);
        return coordinated(group, fits, group.get(group.size() - 1));
    }

    /** The first fitting actor after word {@code i}, within {@code window} words, outside quotes. */
    public Optional<Actor> actorAfter(int i, int window, Predicate<Actor> fits) {
        for (Actor a : actors) {
            if (a.start() > i && a.start() <= i + window && !isQuoted(a.start()) && fits.test(a)
                    && !crossesClause(i + 1, a.start())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * The first fitting actor after word {@code i} and those coordinated with it ("tra Kim e Putin"); "e" comes before
     * the last of a list, so in "fra X e Y, Z ha…" the list ends at Y.
     */
    public List<Actor> actorsAfter(int i, int window, Predicate<Actor> fits) {
        Optional<Actor> first = actorAfter(i, window, fits);
        if (first.isEmpty()) {
            return List.of();
        }
        List<Actor> group = new ArrayList<>(List.of(first.get()));
        boolean closed = false;
        for (int k = actors.indexOf(first.get()) + 1; k < actors.size(); k++) {
            Actor a = actors.get(k);
            Actor current = group.get(group.size() - 1);
            boolean same = a.id().equals(current.id());
            if (!onlyJoiners(current.end(), a.start(), same) || closed && !same) {
                break;
            }
            closed |= !same && hasConjunction(current.end(), a.start());
            group.add(a);
        }
        return coordinated(group, fits, group.get(0));
    }

    /**
     * The distinct fitting actors of a run of adjacent mentions, in text order. A list of several actors
     * needs an "e" ("Russia, Cina e Iran"); without one, a comma ends it ("secondo X, Y ha…", "Dopo
     * l'incontro con Kim, Belousov ha…"), keeping the part nearest the word the search started from.
     */
    private List<Actor> coordinated(List<Actor> run, Predicate<Actor> fits, Actor nearest) {
        boolean conjoined = false;
        for (int k = 1; k < run.size(); k++) {
            if (!run.get(k).id().equals(run.get(k - 1).id()) && hasConjunction(run.get(k - 1).end(), run.get(k).start())) {
                conjoined = true;
            }
        }
        Map<String, Actor> group = new LinkedHashMap<>();
        for (Actor a : run) {
            if (conjoined ? fits.test(a) || a.id().equals(nearest.id()) : a.id().equals(nearest.id())) {
                group.putIfAbsent(a.id(), a);
            }
        }
        return List.copyOf(group.values());
    }

    /** A list of actors ends with "e": "Russia, Cina e Iran"; a comma alone ends the list ("secondo X, Y ha…"). */
    private boolean hasConjunction(int from, int to) {
        for (int k = from; k < to; k++) {
            if (wordClass(COORDINATORS).contains(folded(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the actor follows a preposition ("con Putin", "della Russia"), so it is not a subject. */
    public boolean isOblique(Actor a) {
        int k = a.start() - 1;
        while (k >= 0 && (wordClass(ARTICLES).contains(folded(k)) || belongsTo(k, a))) {
            k--;
        }
        if (k >= 0 && wordClass(COORDINATORS).contains(folded(k))) {
            int before = k - 1;
            return actorAt(before).filter(o -> o.end() == before + 1 && !o.id().equals(a.id()))
                    .map(this::isOblique).orElse(false);
        }
        return k >= 0 && wordClass(OBLIQUE).contains(folded(k));
    }

    /** The word that governs an actor: the one before it, past articles ("alla Russia" → "alla"). */
    public String governor(Actor a) {
        int k = a.start() - 1;
        while (k >= 0 && (wordClass(ARTICLES).contains(folded(k)) || actorAt(k).filter(Actor::isDemonym).isPresent())) {
            k--;
        }
        return folded(k);
    }

    private boolean belongsTo(int word, Actor a) {
        return actors.stream().anyMatch(o -> o.id().equals(a.id()) && o.start() <= word && word < o.end());
    }

    private boolean onlyJoiners(int from, int to, boolean sameEntity) {
        for (int k = from; k < to; k++) {
            String w = folded(k);
            boolean joiner = wordClass(COORDINATORS).contains(w) || w.equals(",") || wordClass(ARTICLES).contains(w);
            if (!joiner && !sameEntity) {
                return false;
            }
        }
        return to - from <= (sameEntity ? 2 : 4);
    }

    private boolean crossesClause(int from, int to) {
        for (int k = from; k < to; k++) {
            if (wordClass(CLAUSE_OPENERS).contains(folded(k)) && !isQuoted(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether word {@code i} is a participle (by its dictionary reading) that "avere" does not make active: "le armi
     * inviate da X", "il trattato firmato da X", whose agent follows "da".
     */
    public boolean isParticipleWithoutAvere(int i) {
        return words.get(i).isParticiple() && !wordClass(PERFECT_AUXILIARY).contains(folded(i - 1));
    }

    /** Time expressions of this sentence outside quotes, with the index of their first word. */
    public List<Placed<Timex>> timexes() {
        return document.timexesIn(sentence.span()).stream()
                .map(t -> new Placed<>(t, wordAt(t.span().begin()), wordAt(t.span().end() - 1) + 1))
                .filter(p -> !isQuoted(p.start())).toList();
    }

    /** Amounts of this sentence, with their words. */
    public List<Placed<Quantity>> quantities() {
        return document.quantitiesIn(sentence.span()).stream()
                .map(q -> new Placed<>(q, wordAt(q.span().begin()), wordAt(q.span().end() - 1) + 1)).toList();
    }

    /** A value found in the sentence and the words {@code [start, end)} it covers. */
    public record Placed<T>(T value, int start, int end) {
    }

    /** Words that open a clause whose omitted subject is the one of the clause before: "…è a Tunisi, dove ha incontrato…". */
    private static final String SUBJECT_SHARING = "subject-sharing-opener";

    /**
     * The subjects a clause opened by "dove" shares with the clause before it, when it names none of its own:
     * in "Meloni è a Tunisi dove, con Rutte, ha incontrato Saied" the one who met Saied is Meloni.
     */
    public List<Actor> sharedSubjectsBefore(int i, Predicate<Actor> fits) {
        for (int k = i - 1; k >= 0; k--) {
            if (isQuoted(k)) {
                continue;
            }
            if (wordClass(CLAUSE_OPENERS).contains(folded(k))) {
                if (!wordClass(SUBJECT_SHARING).contains(folded(k)) || ownSubjectBetween(k, i, fits)) {
                    return List.of();
                }
                return subjectsBefore(k, fits);
            }
        }
        return List.of();
    }

    private boolean ownSubjectBetween(int from, int to, Predicate<Actor> fits) {
        return actors.stream().anyMatch(a -> a.start() > from && a.end() <= to && fits.test(a) && !isOblique(a)
                && !isQuoted(a.start()));
    }

    /** The index of the word that governs an actor (see {@link #governor}), -1 at the start of the sentence. */
    public int governorIndex(Actor a) {
        int k = a.start() - 1;
        while (k >= 0 && (wordClass(ARTICLES).contains(folded(k)) || actorAt(k).filter(Actor::isDemonym).isPresent())) {
            k--;
        }
        return k;
    }

    /** Whether word {@code k} opens a new clause. */
    public boolean opensClause(int k) {
        return wordClass(CLAUSE_OPENERS).contains(folded(k)) && !isQuoted(k);
    }

    /** Whether a clause opens between words {@code from} and {@code to}, in either order. */
    public boolean clauseBetween(int from, int to) {
        return crossesClause(Math.min(from, to) + 1, Math.max(from, to));
    }
    /** The words of "sia … che …", "sia … sia …", "né … né …": the first names the first of two coordinated actors. */
    private static final String CORRELATIVE = "correlative";

    /** In "sia la Bielorussia che Pechino negano", the actor coordinated before {@code second} ("la Bielorussia"). */
    public Optional<Actor> correlatedBefore(Actor second, Predicate<Actor> fits) {
        int k = governorIndex(second);
        if (k < 1 || !wordClass(CORRELATIVE).contains(folded(k))) {
            return Optional.empty();
        }
        Optional<Actor> first = actorAt(k - 1).filter(a -> a.end() == k && fits.test(a));
        return first.filter(a -> {
            int before = governorIndex(a);
            return before >= 0 && wordClass(CORRELATIVE).contains(folded(before));
        });
    }
}
