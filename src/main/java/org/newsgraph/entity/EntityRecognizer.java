package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.document.Annotation;
import org.newsgraph.document.Document;
import org.newsgraph.document.Entity;
import org.newsgraph.document.EntityMention;
import org.newsgraph.document.EntityType;
import org.newsgraph.document.Sentence;
import org.newsgraph.document.Span;
import org.newsgraph.document.Token;
import org.newsgraph.lang.Language;
import org.newsgraph.pipeline.Stage;

/**
 * Finds the actors and places of an article and resolves what refers to them. Reads tokens; writes
 * entities and mentions: gazetteer names and aliases, nationality adjectives, capitals standing for
 * their governments, new people introduced by a role (with its complement and the country it names) or by
 * a given name, new organisations and places named by a head noun, and role phrases and surnames resolved
 * to the person they mean.
 * <p>Example: in "Il leader nordcoreano ha accolto la commissaria europea per il Commercio, Ilse Varga",
 * "leader nordcoreano" resolves to Kim Jong-un, "nordcoreano" names North Korea, and Ilse Varga is a new
 * person with the role "commissario"; a later "Varga" is she.
 */
public final class EntityRecognizer implements Stage {

    private final Set<String> definiteArticles;
    /** "the Royal Court said": an article that makes unknown capitalised words an institution, not a person. */
    private final Set<String> institutionArticles;
    /** "bin", "ibn": particles after a given name that its bearer goes by. */
    private final Set<String> patronymics;
    private final Set<String> locatives;
    private final Set<String> ofWords;
    /** "l'ex premier", "the former minister": a role its holder no longer holds. */
    private final Set<String> formerMarkers;
    /** "il ministro degli Esteri e della Difesa": the conjunction that joins two roles. */
    private final Set<String> coordinators;
    /** "ministero per la Cooperazione": prepositions besides "di" inside an organisation's name. */
    private final Set<String> namePrepositions;
    private final Set<String> notDefinite;
    private final Set<String> nameConnectors;
    /** "piazza Kim Il Sung", "aeroporto Sheremetyevo": a person's name that names a place is not the person. */
    private final Set<String> namedAfter;
    private final Set<String> nameParticles;
    private final Set<String> complementPrepositions;
    private final Set<String> complementStops;
    private final Set<String> nameAdjectives;
    private final Set<String> portfolios;
    private final Set<String> arrivals;
    private final Set<String> destinations;
    private final Set<String> articles;
    private final Set<String> speech;
    private final Set<String> organisationWords;
    private final Set<String> auxiliaries;
    /** English writes "Russian" with a capital everywhere; Italian writes "russo", so a capitalised one is a surname. */
    private final boolean demonymsCapitalised;
    /** A speaker named without a given name or role has two or three capitalised tokens: "Xu Qiliang ha detto". */
    private static final int MAX_SPEAKER_TOKENS = 3;
    private static final int MAX_NAME_TOKENS = 6;
    /** Quote marks around a nickname inside a name, as single tokens ("''" is two). */
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "'", "“", "”", "‘", "’", "''");
    /** The nickname of a person's label: "Ana ''Nina'' Sousa Lobo" is "Ana Sousa Lobo". */
    private static final Pattern NICKNAME = Pattern.compile(" +[\"“”‘’']{1,2}\\p{Lu}[\\p{L}.-]*[\"“”‘’']{1,2}(?= )");
    private static final int MAX_ORG_TOKENS = 6;
    private static final int MAX_PLACE_TOKENS = 4;
    /** How many words a role's complement may take: "consigliere del Cremlino per le politiche energetiche e presidente…". */
    private static final int MAX_COMPLEMENT_WORDS = 16;
    /** Lower-case words in a row a complement takes after a preposition: "per gli investimenti esteri". */
    private static final int MAX_LOWER_CASE_RUN = 2;

    private final Gazetteer gazetteer;
    private final GazetteerMatcher matcher;
    private final PhraseLexicon<String> roles = new PhraseLexicon<>();
    /** Role phrases that name one state's post ("presidente del consiglio") → that state's id. */
    private final Map<String, String> roleCountries = new HashMap<>();
    private final PhraseLexicon<OrgHead> orgHeads = new PhraseLexicon<>();
    private final PhraseLexicon<PlaceHead> placeHeads = new PhraseLexicon<>();
    private final Set<String> placeSuffixes;
    private final Set<String> reportingVerbs;
    private final Set<String> notNames;
    private final Set<String> firstNames;
    /** The given names of each gazetteer person, folded: the first word of its names of two words or more. */
    private final Map<String, Set<String>> givenNames = new HashMap<>();

    public EntityRecognizer(Language language, Gazetteer gazetteer) {
        this.definiteArticles = language.words("definite-article");
        this.locatives = language.words("place-context");
        this.ofWords = language.words("of");
        this.formerMarkers = language.words("former-marker");
        this.coordinators = language.words("role-coordinator");
        this.namePrepositions = language.words("name-preposition");
        this.notDefinite = language.words("indefinite-determiner");
        this.nameConnectors = language.words("name-connector");
        this.namedAfter = language.words("named-after");
        this.nameParticles = language.words("name-particle");
        this.complementPrepositions = language.words("complement-preposition");
        this.complementStops = language.words("complement-stop");
        this.nameAdjectives = language.words("name-adjective");
        this.portfolios = language.words("portfolio");
        this.arrivals = language.words("arrival-verb");
        this.destinations = language.words("destination-preposition");
        this.articles = language.words("article");
        this.speech = language.words("speech-verb");
        this.organisationWords = language.words("organisation-word");
        this.auxiliaries = language.words("perfect-auxiliary");
        this.demonymsCapitalised = language.words("demonym-case").contains("upper");
        this.institutionArticles = language.words("institution-article");
        this.patronymics = language.words("patronymic-particle");
        this.gazetteer = gazetteer;
        this.matcher = new GazetteerMatcher(gazetteer);
        language.rows("roles.tsv").forEach(r -> roles.add(r.get(1), Folding.fold(r.get(0))));
        language.rows("role-countries.tsv").forEach(r -> roleCountries.put(Folding.fold(r.get(0)), r.get(1)));
        language.rows("org-heads.tsv").forEach(r -> orgHeads.add(r.get(0),
                new OrgHead(r.get(1).equals("yes"), OrgHead.Naming.of(r.get(2)))));
        List<List<String>> heads = language.rows("place-heads.tsv");
        heads.stream().filter(r -> r.get(1).equals("before"))
                .forEach(r -> placeHeads.add(r.get(0), new PlaceHead(r.get(2).equals("yes"))));
        this.placeSuffixes = heads.stream().filter(r -> r.get(1).equals("after")).map(r -> Folding.fold(r.get(0)))
                .collect(Collectors.toUnmodifiableSet());
        this.reportingVerbs = Set.copyOf(language.lines("reporting-verbs.txt"));
        this.notNames = language.lines("not-names.txt").stream().map(Folding::fold).collect(Collectors.toSet());
        this.firstNames = Set.copyOf(language.lines("first-names.txt"));
        for (Entity e : gazetteer.entities()) {
            if (e.type() == EntityType.PERSON) {
                List<String> names = new ArrayList<>(e.altLabels());
                names.add(e.label());
                for (String n : names) {
                    List<String> w = SurfaceForm.split(n);
                    if (w.size() > 1) {
                        givenNames.computeIfAbsent(e.id(), k -> new HashSet<>()).add(w.get(0));
                    }
                }
            }
        }
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TOKENS);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.ENTITIES, Annotation.COREFERENCE);
    }

    @Override
    public Document apply(Document document) {
        Article a = new Article(document);
        List<Sentence> sentences = document.sentences();
        for (int si = 0; si < sentences.size(); si++) {
            a.sentence(si, sentences.get(si));
        }
        Coreference coreference = new Coreference(a, nameParticles, patronymics);
        coreference.resolveShortNames();
        coreference.resolveSurnames();
        coreference.resolveRolePhrases();
        List<EntityMention> mentions = new ArrayList<>(a.mentions);
        mentions.sort(Comparator.comparing(EntityMention::span));
        Set<String> mentioned = mentions.stream().map(EntityMention::entityId).collect(Collectors.toSet());
        a.entities.keySet().retainAll(mentioned);
        return document.withEntities(a.entities, mentions, Annotation.ENTITIES, Annotation.COREFERENCE);
    }

    /** The work on one article: what has been found so far. */
    private final class Article extends ArticleMentions {
        Article(Document document) {
            super(EntityRecognizer.this.gazetteer, document);
        }

        void sentence(int si, Sentence sentence) {
            List<Word> words = Word.of(sentence);
            Line line = new Line(si, sentence, words, new HashMap<>(), new boolean[words.size()]);
            lines.add(line);
            if (words.isEmpty()) {
                return;
            }
            List<GazetteerMatcher.Match> matches = matcher.match(words);
            Set<Integer> starts = matches.stream().map(GazetteerMatcher.Match::start).collect(Collectors.toSet());
            Map<Integer, GazetteerMatcher.Match> byStart = matches.stream()
                    .collect(Collectors.toMap(GazetteerMatcher.Match::start, m -> m, (a, b) -> a));
            for (GazetteerMatcher.Match m : matches) {
                if (misspellsGivenNameOfNext(words, m, byStart)) {
                    continue; // "Georgia Meloni" is Giorgia Meloni, not Georgia
                }
                if (m.start() > 0 && namedAfter.contains(words.get(m.start() - 1).folded()) && isPersonMatch(m)) {
                    continue;
                }
                if (!demonymsCapitalised && onlyKind(m, SurfaceForm.Kind.DEMONYM) && words.get(m.start()).isCapitalized()
                        && !sentenceInitial(words, m.start())) {
                    continue; // "Mario Russo": a capitalised demonym inside a sentence is a surname
                }
                if (onlyKind(m, SurfaceForm.Kind.SHORT_NAME) && continuesAsName(words, m.end(), starts)) {
                    continue; // "Lee Myung Bak" is not Lee Jae-myung
                }
                GazetteerMatcher.Match placed = withMisspeltGivenName(line, m);
                line.startingAt().put(placed.start(), placed);
                for (int k = placed.start(); k < placed.end(); k++) {
                    line.occupied()[k] = true;
                }
                gazetteerMention(line, placed);
            }
            findNames(line);
        }

        /** A one-word name of something else that stands just before a surname and misspells that person's given name. */
        private boolean misspellsGivenNameOfNext(List<Word> words, GazetteerMatcher.Match m,
                Map<Integer, GazetteerMatcher.Match> byStart) {
            GazetteerMatcher.Match next = byStart.get(m.end());
            if (m.end() - m.start() != 1 || next == null || !onlyKind(next, SurfaceForm.Kind.SHORT_NAME)
                    || !adjacent(words, m.start()) || isPersonMatch(m) || !words.get(m.start()).isCapitalized()) {
                return false;
            }
            String given = words.get(m.start()).folded();
            return next.forms().stream().map(SurfaceForm::entityId).distinct()
                    .filter(id -> givenNames.getOrDefault(id, Set.of()).stream().anyMatch(n -> PersonNames.similarGivenNames(given, n)))
                    .count() == 1;
        }

        /**
         * A person's surname after a capitalised word that is a misspelling of one of the person's given names
         * ("Volodomyr Zelensky", "Vadimir Putin"): the match then covers both words, as a name of that person.
         */
        private GazetteerMatcher.Match withMisspeltGivenName(Line line, GazetteerMatcher.Match m) {
            List<Word> words = line.words();
            int g = m.start() - 1;
            if (g < 0 || !onlyKind(m, SurfaceForm.Kind.SHORT_NAME) || line.occupied()[g] || !adjacent(words, g)
                    || !words.get(g).isCapitalized()) {
                return m;
            }
            String given = words.get(g).folded();
            List<String> fitting = m.forms().stream().map(SurfaceForm::entityId).distinct()
                    .filter(id -> givenNames.getOrDefault(id, Set.of()).stream().anyMatch(n -> PersonNames.similarGivenNames(given, n)))
                    .toList();
            if (fitting.size() != 1) {
                return m;
            }
            String text = document.text(span(words, g, m.end()));
            return new GazetteerMatcher.Match(g, m.end(), List.of(SurfaceForm.name(text, fitting.get(0))));
        }

        private void gazetteerMention(Line line, GazetteerMatcher.Match m) {
            List<Word> words = line.words();
            Span span = span(words, m.start(), m.end());
            SurfaceForm form = m.forms().get(0);
            switch (form.kind()) {
                case DEMONYM -> add(span, form.entityId(), EntityMention.Kind.DEMONYM);
                case SHORT_NAME -> shortNames.add(new Pending(line.index(), span,
                        m.forms().stream().map(SurfaceForm::entityId).distinct().sorted().toList()));
                case NAME -> {
                    String id = m.forms().stream().filter(f -> f.kind() == SurfaceForm.Kind.NAME)
                            .map(SurfaceForm::entityId).sorted().findFirst().orElse(form.entityId());
                    Optional<String> governed = gazetteer.countryWithCapital(id);
                    if (governed.isPresent() && !placeContext(words, m.start())) {
                        add(span, governed.get(), EntityMention.Kind.METONYM);
                    } else {
                        add(span, id, EntityMention.Kind.NAME);
                    }
                }
            }
        }

        /** A capital after "a", "in", "nella capitale (sudcoreana)", "aeroporto di" is a place, not a government. */
        private boolean placeContext(List<Word> words, int i) {
            for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
                String w = words.get(k).folded();
                if (locatives.contains(w)) {
                    return true;
                }
                if (!ofWords.contains(w) && !isDemonymWord(w)) {
                    return false;
                }
            }
            return false;
        }

        private boolean isDemonymWord(String folded) {
            return gazetteer.formsStartingWith(folded).stream()
                    .anyMatch(f -> f.kind() == SurfaceForm.Kind.DEMONYM && f.words().size() == 1);
        }

        private void findNames(Line line) {
            List<Word> words = line.words();
            boolean[] occupied = line.occupied();
            for (int i = 0; i < words.size(); i++) {
                if (occupied[i] && !isDemonymAt(line, i)) {
                    continue;
                }
                Optional<PhraseLexicon.Match<String>> role = roles.match(words, i);
                if (role.isPresent()) {
                    int cut = nameCutting(line, role.get());
                    if (cut < role.get().end()) {
                        role = roles.match(words, i, cut); // "presidente del Consiglio europeo": not "presidente del consiglio"
                    }
                }
                if (role.isPresent()) {
                    i = rolePhrase(line, role.get()) - 1;
                    continue;
                }
                if (occupied[i]) {
                    continue;
                }
                Optional<PhraseLexicon.Match<OrgHead>> head = orgHeads.match(words, i);
                if (head.isPresent()) {
                    int end = organisation(line, head.get());
                    if (end > 0) {
                        i = end - 1;
                        continue;
                    }
                }
                Optional<PhraseLexicon.Match<PlaceHead>> place = placeHeads.match(words, i);
                if (place.isPresent()) {
                    int end = headedPlace(line, place.get());
                    if (end > 0) {
                        i = end - 1;
                        continue;
                    }
                }
                if (reportingVerbs.contains(words.get(i).folded()) && i + 1 < words.size()) {
                    int k = i + 1;
                    while (k < words.size() && definiteArticles.contains(words.get(k).folded())) {
                        k++;
                    }
                    Optional<PhraseLexicon.Match<OrgHead>> source = k < words.size() ? orgHeads.match(words, k) : Optional.empty();
                    if (source.isPresent() && !occupied(occupied, k)) {
                        int end = organisation(line, source.get());
                        if (end > 0) {
                            i = end - 1;
                            continue;
                        }
                    } else if (!occupied(occupied, k) && !startsFirstName(words, k)) {
                        int end = newName(line, k, EntityType.ORGANIZATION, true, List.of(), Optional.empty());
                        if (end > 0) {
                            i = end - 1;
                            continue;
                        }
                    }
                }
                if (arrivals.contains(words.get(i).folded()) && i + 2 < words.size()
                        && destinations.contains(words.get(i + 1).folded()) && !occupied[i + 2]
                        && !startsFirstName(words, i + 2)) {
                    int end = newName(line, i + 2, EntityType.PLACE, false, List.of(), Optional.empty());
                    if (end > 0) {
                        i = end - 1;
                        continue;
                    }
                }
                if (words.get(i).isCapitalized()) {
                    int end = suffixedName(line, i);
                    if (end > 0) {
                        i = end - 1;
                        continue;
                    }
                }
                if (words.get(i).isCapitalized()) {
                    int end = speaker(line, i);
                    if (end > 0) {
                        i = end - 1;
                        continue;
                    }
                }
                if (startsFirstName(words, i) && !(i > 0 && namedAfter.contains(words.get(i - 1).folded()))) {
                    int end = nameEnd(line, i, EntityType.PERSON);
                    if (end > 0 && words.get(end - 1).token() > words.get(i).token()) {
                        List<String> held = appositiveRole(words, end).map(List::of).orElse(List.of());
                        i = addNew(line, i, end, EntityType.PERSON, false, held, Optional.empty()) - 1;
                    }
                }
            }
        }

        /** A given name followed by a capitalised word, or by particles and one: "Ursula von der Leyen". */
        private boolean startsFirstName(List<Word> words, int i) {
            if (i + 1 >= words.size() || !firstNames.contains(words.get(i).surface())) {
                return false;
            }
            int k = i + 1;
            while (k < words.size() - 1 && k - i <= 3 && nameParticles.contains(words.get(k).surface())) {
                k++;
            }
            return words.get(k).isCapitalized() && words.get(k).token() != words.get(i).token();
        }

        /**
         * A role phrase ("il ministro degli Esteri turco", "la commissaria europea per l'Allargamento,") and the
         * person it introduces, if any; returns the word index past what it took.
         */
        private int rolePhrase(Line line, PhraseLexicon.Match<String> role) {
            List<Word> words = line.words();
            Map<Integer, GazetteerMatcher.Match> startingAt = line.startingAt();
            int j = role.end();
            Optional<String> country = Optional.empty();
            for (GazetteerMatcher.Match m : startingAt.values()) {
                if (m.start() >= role.start() && m.start() < j) {
                    country = country.or(() -> affiliation(m));
                    j = Math.max(j, m.end());
                }
            }
            if (j == role.end()) {
                String said = words.subList(role.start(), role.end()).stream().map(Word::folded).collect(Collectors.joining(" "));
                country = country.or(() -> Optional.ofNullable(roleCountries.get(said)));
            }
            int anaphoricEnd = j;
            Optional<String> anaphoricCountry = country;
            GazetteerMatcher.Match demonym = startingAt.get(j);
            if (demonym != null && isCountry(demonym)) {
                anaphoricCountry = Optional.of(countryOf(demonym));
                anaphoricEnd = demonym.end();
            } else if (j + 1 < words.size() && ofWords.contains(words.get(j).folded())) {
                GazetteerMatcher.Match named = startingAt.get(j + 1);
                if (named != null && isCountry(named)) {
                    anaphoricCountry = Optional.of(countryOf(named));
                    anaphoricEnd = named.end();
                }
            }
            boolean former = role.start() > 0 && formerMarkers.contains(words.get(role.start() - 1).folded());
            Complement c = complement(line, j);
            if (c.name() >= 0) {
                Optional<String> affiliated = country.or(c::country);
                Span phrase = span(words, role.start(), c.end());
                List<String> held = heldRoles(role.value(), document.text(phrase));
                GazetteerMatcher.Match next = startingAt.get(c.name());
                if (next != null && isPersonMatch(next)) {
                    if (next.forms().get(0).kind() == SurfaceForm.Kind.NAME) {
                        String person = next.forms().get(0).entityId();
                        add(phrase, person, EntityMention.Kind.ROLE);
                        articleRoles.computeIfAbsent(person, p -> new LinkedHashSet<>()).addAll(held);
                    }
                    return next.start();
                }
                if (next == null && !line.occupied()[c.name()]) {
                    int end = newName(line, c.name(), EntityType.PERSON, false, held, affiliated);
                    if (end > 0) {
                        add(phrase, lastMention().entityId(), EntityMention.Kind.ROLE);
                        organisationsWithin(line, j, c.end());
                        return end;
                    }
                }
            }
            int anaphoricStart = role.start();
            Optional<GazetteerMatcher.Match> nationality = anaphoricCountry.isPresent() ? Optional.empty()
                    : demonymEndingAt(line, role.start());
            if (nationality.isPresent()) {
                anaphoricCountry = Optional.of(countryOf(nationality.get()));
                anaphoricStart = nationality.get().start();
            }
            Span phrase = span(words, anaphoricStart, anaphoricEnd);
            boolean definite = anaphoricStart == 0 || !notDefinite.contains(words.get(anaphoricStart - 1).folded());
            if (definite) {
                rolePhrases.add(new RolePhrase(line.index(), phrase, role.value(), anaphoricCountry, former));
            }
            return anaphoricEnd;
        }

        /** "the Russian president": a nationality just before a role with no name after it says whose post it is. */
        private Optional<GazetteerMatcher.Match> demonymEndingAt(Line line, int end) {
            return line.startingAt().values().stream()
                    .filter(m -> m.end() == end && m.forms().get(0).kind() == SurfaceForm.Kind.DEMONYM && isCountry(m))
                    .findFirst();
        }

        /** Where a known name that the role phrase's last words begin starts ("Consiglio europeo"), else the phrase's end. */
        private int nameCutting(Line line, PhraseLexicon.Match<String> role) {
            for (int k = role.start() + 1; k < role.end(); k++) {
                GazetteerMatcher.Match m = line.startingAt().get(k);
                if (m != null && m.end() > role.end() && !onlyKind(m, SurfaceForm.Kind.DEMONYM)) {
                    return k;
                }
            }
            return role.end();
        }

        /** Organisations a role's complement names: "il leader del Movimento 5 Stelle", "la segretaria del Partito democratico". */
        private void organisationsWithin(Line line, int from, int to) {
            for (int k = from; k < to; k++) {
                if (!line.occupied()[k] && line.words().get(k).isCapitalized()) {
                    Optional<PhraseLexicon.Match<OrgHead>> head = orgHeads.match(line.words(), k);
                    if (head.isPresent() && head.get().value().naming() != OrgHead.Naming.NO) {
                        int end = headedName(line, k, head.get().end(), true);
                        k = Math.max(k, end - 1);
                    }
                }
            }
        }

        /** The canonical role, and the whole role phrase when it says more ("presidente della commissione difesa"). */
        private List<String> heldRoles(String role, String phrase) {
            String full = phrase.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
            return full.equals(role) || Folding.fold(full).equals(role) ? List.of(role) : List.of(role, full);
        }

        /**
         * What follows a role word up to the name it introduces: prepositional phrases, adjectives, demonyms,
         * institutions, a second role after "e", then the name after a comma, a demonym or institution, a
         * ministry's portfolio ("degli Esteri") or at a given name. Records the country a demonym or an
         * institution names.
         */
        private Complement complement(Line line, int j) {
            List<Word> words = line.words();
            Optional<String> country = Optional.empty();
            State state = State.CLOSED;
            int k = j;
            int end = j;
            int lowerCase = 0;
            while (k < words.size() && k - j < MAX_COMPLEMENT_WORDS) {
                Word w = words.get(k);
                GazetteerMatcher.Match m = line.startingAt().get(k);
                if (m != null) {
                    if (isPersonMatch(m)) {
                        return new Complement(end, country, k);
                    }
                    country = country.or(() -> affiliation(m));
                    k = m.end();
                    end = k;
                    state = State.CLOSED;
                    lowerCase = 0;
                    continue;
                }
                String f = w.folded();
                if (w.surface().equals(",")) {
                    return state != State.PREPOSITION && k + 1 < words.size() && startsPersonName(line, k + 1)
                            ? new Complement(end, country, k + 1) : new Complement(end, country, -1);
                }
                if (w.isPunctuation()) {
                    break;
                }
                if (state == State.CAPITALISED && isNumber(w)) {
                    k++;
                    end = k;
                    continue; // "del Movimento 5 Stelle"
                }
                Optional<PhraseLexicon.Match<String>> stacked = state == State.CLOSED && w.isCapitalized()
                        ? roles.match(words, k) : Optional.empty();
                if (stacked.isPresent()) {
                    k = stacked.get().end(); // a title on a title: "Emir Sheikh Nasser"
                    end = k;
                    continue;
                }
                if (w.isCapitalized()) {
                    boolean nameHere = startsFirstName(words, k) || state == State.CLOSED
                            || state == State.CAPITALISED && portfolios.contains(words.get(k - 1).folded());
                    if (nameHere) {
                        return startsPersonName(line, k) ? new Complement(end, country, k) : new Complement(end, country, -1);
                    }
                    state = State.CAPITALISED;
                    k++;
                    end = k;
                    continue;
                }
                if (coordinators.contains(f) && k + 1 < words.size()) {
                    Optional<PhraseLexicon.Match<String>> second = roles.match(words, k + 1);
                    if (second.isPresent()) {
                        k = second.get().end();
                        end = k;
                        state = State.CLOSED;
                        continue;
                    }
                    break;
                }
                if (complementPrepositions.contains(f)) {
                    state = State.PREPOSITION;
                    lowerCase = 0;
                    k++;
                    continue;
                }
                if (complementStops.contains(f) || notDefinite.contains(f)) {
                    break;
                }
                boolean adjective = nameAdjectives.contains(f);
                if (!adjective && (state == State.CLOSED || state == State.CAPITALISED || ++lowerCase > MAX_LOWER_CASE_RUN)) {
                    break;
                }
                if (!adjective) {
                    state = State.LOWER_CASE;
                }
                k++;
                end = k;
            }
            return new Complement(end, country, -1);
        }

        /** A person's name can begin at word {@code k}: a known person, or a capitalised word no rule excludes. */
        private boolean startsPersonName(Line line, int k) {
            GazetteerMatcher.Match m = line.startingAt().get(k);
            if (m != null) {
                return isPersonMatch(m);
            }
            Word w = line.words().get(k);
            return !line.occupied()[k] && w.isCapitalized() && !notNames.contains(w.folded())
                    && capitalizedName(line.sentence().tokens().get(w.token()));
        }

        /**
         * An organisation a head noun introduces ("la televisione pubblica Radio Sava") or heads ("Assemblea
         * federale", "il ministero degli Esteri turco"); returns the word index past it, or -1.
         */
        private int organisation(Line line, PhraseLexicon.Match<OrgHead> head) {
            List<Word> words = line.words();
            boolean capitalised = words.get(head.start()).isCapitalized();
            OrgHead.Naming naming = head.value().naming();
            if (naming == OrgHead.Naming.NO || naming == OrgHead.Naming.CAPITALISED && !capitalised) {
                int k = head.end();
                Optional<String> country = Optional.empty();
                for (int skipped = 0; k < words.size() && skipped < 2; skipped++) {
                    GazetteerMatcher.Match m = line.startingAt().get(k);
                    if (m != null && onlyKind(m, SurfaceForm.Kind.DEMONYM)) {
                        country = Optional.of(m.forms().get(0).entityId());
                        k = m.end();
                    } else if (nameAdjectives.contains(words.get(k).folded())) {
                        k++;
                    } else {
                        break;
                    }
                }
                if (!occupied(line.occupied(), k) && !startsEntity(line, k, EntityType.ORGANIZATION)
                        && !startsFirstName(words, k)) {
                    int end = nameEnd(line, k, EntityType.ORGANIZATION, true);
                    if (end > 0) {
                        Span name = span(words, k, end);
                        mentions.removeIf(m -> name.contains(m.span()) && m.type() != EntityType.PERSON
                                && m.type() != EntityType.ORGANIZATION);
                        return addNew(line, k, end, EntityType.ORGANIZATION, head.value().news(), List.of(), country);
                    }
                }
            }
            if (naming == OrgHead.Naming.YES || naming == OrgHead.Naming.CAPITALISED && capitalised) {
                return headedName(line, head.start(), head.end(), capitalised);
            }
            return -1;
        }

        /**
         * An organisation whose head noun begins its name: the head with its adjectives, capitalised words and
         * prepositional phrases of one noun each, up to a country or demonym that ends it. A lower-case head
         * needs a capitalised word or a country in its complement ("il ministero per la Cooperazione").
         */
        private int headedName(Line line, int start, int headEnd, boolean capitalised) {
            List<Word> words = line.words();
            Optional<String> country = Optional.empty();
            boolean proper = capitalised;
            int end = headEnd;
            boolean afterPreposition = false;
            boolean nounTaken = false;
            for (int k = headEnd; k < words.size() && k - start < MAX_ORG_TOKENS + 2; k++) {
                Word w = words.get(k);
                String f = w.folded();
                GazetteerMatcher.Match m = line.startingAt().get(k);
                if (m != null) {
                    if (isCountry(m) && (afterPreposition || onlyKind(m, SurfaceForm.Kind.DEMONYM))) {
                        country = Optional.of(countryOf(m));
                        end = m.end();
                        proper = true;
                    }
                    break;
                }
                if (afterPreposition && articles.contains(f)) {
                    continue;
                }
                if (ofWords.contains(f) || namePrepositions.contains(f)) {
                    if (afterPreposition) {
                        break;
                    }
                    afterPreposition = true;
                    nounTaken = false;
                    continue;
                }
                if (w.isPunctuation() || complementStops.contains(f) || w.isCapitalized() && notNames.contains(f)) {
                    break;
                }
                if (w.isCapitalized()) {
                    if (startsFirstName(words, k)) {
                        break;
                    }
                    proper = true;
                } else if (isNumber(w) && k + 1 < words.size() && words.get(k + 1).isCapitalized()) {
                    proper = true; // "Movimento 5 Stelle"
                } else if (!nameAdjectives.contains(f)) {
                    if (!afterPreposition || nounTaken) {
                        break;
                    }
                    nounTaken = true;
                }
                afterPreposition = false;
                end = k + 1;
            }
            if (!proper || end == headEnd) {
                return -1;
            }
            return addNew(line, start, end, EntityType.ORGANIZATION, false, List.of(), country);
        }

        /** A place named by a head noun: "piazza Tienanmen", "la città costiera di Soči", "base aerea di Cameri". */
        private int headedPlace(Line line, PhraseLexicon.Match<PlaceHead> head) {
            List<Word> words = line.words();
            int k = head.end();
            if (k < words.size() && nameAdjectives.contains(words.get(k).folded()) && k + 1 < words.size()
                    && ofWords.contains(words.get(k + 1).folded())) {
                k++; // "il palazzo presidenziale di Cartagine"
            }
            boolean of = k < words.size() && ofWords.contains(words.get(k).folded());
            if (of) {
                k++;
            }
            if (occupied(line.occupied(), k) || !startsPersonName(line, k) || of && startsFirstName(words, k)) {
                return -1; // "la villa di Silvio Berlusconi" is his; "l'aeroporto Leonardo da Vinci" is named after him
            }
            int nameEnd = nameEnd(line, k, startsFirstName(words, k) ? EntityType.PERSON : EntityType.PLACE);
            if (nameEnd < 0) {
                return -1;
            }
            int from = head.value().part() ? head.start() : k;
            return addNew(line, from, nameEnd, EntityType.PLACE, false, List.of(), Optional.empty());
        }

        /**
         * A person named by two or three capitalised words with no given name known, where a speech verb makes
         * the words a speaker ("ha detto Xu Qiliang", "Xu Qiliang ha detto") or a role follows them ("Xu Qiliang,
         * vicepresidente della commissione militare, …").
         */
        private int speaker(Line line, int i) {
            List<Word> words = line.words();
            int end = nameEnd(line, i, EntityType.PERSON);
            if (end < 0 || notNames.contains(words.get(i).folded())) {
                return -1;
            }
            int tokens = words.get(end - 1).token() - words.get(i).token() + 1;
            if (tokens < 2 || tokens > MAX_SPEAKER_TOKENS || allCapitals(words, i, end) || anyOf(words, i, end, organisationWords)
                    || orgHeads.match(words, i).isPresent() || placeHeads.match(words, i).isPresent()) {
                return -1;
            }
            boolean after = i > 0 && speech.contains(words.get(i - 1).folded());
            boolean before = end < words.size() && (speech.contains(words.get(end).folded())
                    || auxiliaries.contains(words.get(end).folded()) && end + 1 < words.size()
                    && speech.contains(words.get(end + 1).folded()));
            Optional<String> role = appositiveRole(words, end);
            if (before && i > 0 && institutionArticles.contains(words.get(i - 1).folded())) {
                return addNew(line, i, end, EntityType.ORGANIZATION, false, List.of(), Optional.empty());
            }
            return after || before || role.isPresent()
                    ? addNew(line, i, end, EntityType.PERSON, false, role.map(List::of).orElse(List.of()), Optional.empty())
                    : -1;
        }

        /** The role of an apposition after a name: "Xu Qiliang, vicepresidente della commissione, …", "…, ex premier,". */
        private Optional<String> appositiveRole(List<Word> words, int end) {
            if (end + 1 >= words.size() || !words.get(end).surface().equals(",")) {
                return Optional.empty();
            }
            int k = articles.contains(words.get(end + 1).folded()) ? end + 2 : end + 1;
            boolean former = k < words.size() && formerMarkers.contains(words.get(k).folded());
            int at = former ? k + 1 : k;
            return at < words.size()
                    ? roles.match(words, at).map(r -> former ? "ex " + r.value() : r.value()) : Optional.empty();
        }

        /**
         * A capitalised name in another language ending in a place noun ("Blair House Guest Residence") or holding
         * an organisation's ("Amnesty International", "Human Rights Watch").
         */
        private int suffixedName(Line line, int i) {
            List<Word> words = line.words();
            int end = nameEnd(line, i, EntityType.ORGANIZATION);
            if (end < 0 || words.get(end - 1).token() == words.get(i).token() || notNames.contains(words.get(i).folded())) {
                return -1;
            }
            if (placeSuffixes.contains(words.get(end - 1).folded())) {
                return addNew(line, i, end, EntityType.PLACE, false, List.of(), Optional.empty());
            }
            if (anyOf(words, i, end, organisationWords) && !startsFirstName(words, i)) {
                return addNew(line, i, end, EntityType.ORGANIZATION, false, List.of(), Optional.empty());
            }
            return -1;
        }

        /**
         * A name of capitalised tokens from word {@code k}; adds the entity and its mention and returns the
         * word index past it, or -1.
         */
        private int newName(Line line, int k, EntityType type, boolean news, List<String> knownRoles,
                            Optional<String> country) {
            int end = nameEnd(line, k, type);
            if (end < 0) {
                return -1;
            }
            return addNew(line, k, end, type, news, knownRoles, country);
        }

        /**
         * Where a name of capitalised tokens that begins at word {@code k} ends (a word index), or -1. A person's
         * name may hold particles ("Ursula von der Leyen", "al-Sisi") and capitalised function words inside it
         * ("Moon Jae In", "Kim Il Sung"); an organisation's connectors ("Istituto per gli Studi").
         */
        private int nameEnd(Line line, int k, EntityType type) {
            return nameEnd(line, k, type, false);
        }

        /** As {@link #nameEnd(Line, int, EntityType)}; with {@code throughPlaces}, a known place inside goes with the name ("Radio Sava"). */
        private int nameEnd(Line line, int k, EntityType type, boolean throughPlaces) {
            List<Word> words = line.words();
            if (k >= words.size() || notNames.contains(words.get(k).folded()) || !words.get(k).isCapitalized()) {
                return -1;
            }
            List<Token> tokens = line.sentence().tokens();
            int firstToken = words.get(k).token();
            if (!capitalizedName(tokens.get(firstToken))) {
                return -1;
            }
            int lastToken = firstToken;
            int limit = type == EntityType.PERSON ? MAX_NAME_TOKENS
                    : type == EntityType.PLACE ? MAX_PLACE_TOKENS : MAX_ORG_TOKENS;
            int nicknames = 0;
            for (int t = firstToken + 1; t < tokens.size() && t - firstToken - nicknames < limit; t++) {
                Token tok = tokens.get(t);
                String folded = Folding.fold(tok.text());
                boolean free = !occupiedToken(line, t) || throughPlaces && placeAtToken(line, t);
                boolean nextIsName = t + 1 < tokens.size() && capitalizedName(tokens.get(t + 1)) && !occupiedToken(line, t + 1);
                if (free && capitalizedName(tok) && (!notNames.contains(folded)
                        || type == EntityType.PERSON && (t - firstToken >= 2 || nextIsName))) {
                    lastToken = t;
                } else if (free && type == EntityType.PERSON && particleName(tok)) {
                    lastToken = t;
                } else if (free && type == EntityType.PERSON && nameParticles.contains(folded)
                        && particlesLeadToName(line, t)) {
                    continue;
                } else if (type == EntityType.PERSON && lastToken == t - 1 && nicknameEnd(line, t) > t) {
                    int next = nicknameEnd(line, t); // the name goes on after the nickname
                    nicknames += next - t;
                    t = next - 1;
                } else if (!(type == EntityType.ORGANIZATION && nameConnectors.contains(tok.text()) && nextIsName)) {
                    break;
                }
            }
            int end = k;
            while (end < words.size() && words.get(end).token() <= lastToken) {
                end++;
            }
            return end;
        }

        /**
         * A nickname in quotes inside a name, "Ana 'Nina' Sousa Lobo", "Joseph “Joe” Okafor": one capitalised
         * token between quote marks at token {@code t}, with the name going on after it. Returns the token after the
         * closing quote, or {@code t} when there is none.
         */
        private int nicknameEnd(Line line, int t) {
            List<Token> tokens = line.sentence().tokens();
            int k = t;
            while (k < tokens.size() && k - t < 2 && QUOTE_MARKS.contains(tokens.get(k).text())) {
                k++;
            }
            if (k == t || k >= tokens.size() || !capitalizedName(tokens.get(k))) {
                return t;
            }
            int close = k + 1;
            int end = close;
            while (end < tokens.size() && end - close < 2 && QUOTE_MARKS.contains(tokens.get(end).text())) {
                end++;
            }
            return end > close && end < tokens.size() && capitalizedName(tokens.get(end)) && !occupiedToken(line, end) ? end : t;
        }

        /** Token {@code t} and the particles after it lead to a capitalised name token: "von der Leyen". */
        private boolean particlesLeadToName(Line line, int t) {
            List<Token> tokens = line.sentence().tokens();
            int k = t;
            while (k < tokens.size() && nameParticles.contains(Folding.fold(tokens.get(k).text())) && k - t < 3) {
                k++;
            }
            return k < tokens.size() && (capitalizedName(tokens.get(k)) || particleName(tokens.get(k))) && !occupiedToken(line, k);
        }

        /** A token like "al-Sisi", "bin-Salman": a particle, a hyphen, a capitalised name. */
        private boolean particleName(Token t) {
            String s = t.text();
            int hyphen = s.indexOf('-');
            return hyphen > 0 && hyphen < s.length() - 1 && nameParticles.contains(Folding.fold(s.substring(0, hyphen)))
                    && Character.isUpperCase(s.codePointAt(hyphen + 1));
        }

        /** Adds a new entity for words {@code [start, end)} and its mention; returns {@code end}. */
        private int addNew(Line line, int start, int end, EntityType type, boolean news, List<String> knownRoles,
                           Optional<String> country) {
            List<Word> words = line.words();
            Span span = span(words, start, end);
            String label = type == EntityType.PERSON ? NICKNAME.matcher(document.text(span)).replaceAll("") : document.text(span);
            String id = type.name().toLowerCase(Locale.ROOT) + "/" + Folding.slug(label);
            if (gazetteer.entity(id).isEmpty()) {
                Entity known = entities.get(id);
                if (known == null) {
                    entities.put(id, new Entity(id, type, label, List.of(), Optional.empty(), country, knownRoles, news));
                } else {
                    entities.put(id, merged(known, knownRoles, country));
                }
                introduced.add(id);
            } else if (gazetteer.entity(id).get().type() != type) {
                return end;
            }
            add(span, id, EntityMention.Kind.NAME);
            for (int w = start; w < end; w++) {
                line.occupied()[w] = true;
            }
            return end;
        }

        private EntityMention lastMention() {
            return mentions.get(mentions.size() - 1);
        }

        private boolean capitalizedName(Token t) {
            String s = t.text();
            return s.length() > 0 && Character.isUpperCase(s.codePointAt(0))
                    && s.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’' || c == '.');
        }

        /** Token {@code token} lies in a gazetteer match of a place or country. */
        private boolean placeAtToken(Line line, int token) {
            for (GazetteerMatcher.Match m : line.startingAt().values()) {
                if (line.words().get(m.start()).token() <= token && line.words().get(m.end() - 1).token() >= token) {
                    return gazetteer.entity(m.forms().get(0).entityId())
                            .map(e -> e.type() == EntityType.PLACE || e.type() == EntityType.COUNTRY).orElse(false);
                }
            }
            return false;
        }

        private boolean occupiedToken(Line line, int token) {
            List<Word> words = line.words();
            for (int w = 0; w < words.size(); w++) {
                if (words.get(w).token() == token && line.occupied()[w]) {
                    return true;
                }
            }
            return false;
        }

        private boolean occupied(boolean[] occupied, int k) {
            return k >= occupied.length || occupied[k];
        }

        private boolean isDemonymAt(Line line, int i) {
            GazetteerMatcher.Match m = line.startingAt().get(i);
            return m != null && m.forms().get(0).kind() == SurfaceForm.Kind.DEMONYM;
        }

        private boolean startsEntity(Line line, int i, EntityType type) {
            GazetteerMatcher.Match m = line.startingAt().get(i);
            return m != null && gazetteer.entity(m.forms().get(0).entityId()).map(e -> e.type() == type).orElse(false);
        }

        private boolean isCountry(GazetteerMatcher.Match m) {
            String id = countryOf(m);
            return gazetteer.entity(id).map(e -> e.type() == EntityType.COUNTRY).orElse(false);
        }

        private String countryOf(GazetteerMatcher.Match m) {
            String id = m.forms().get(0).entityId();
            return gazetteer.countryWithCapital(id).orElse(id);
        }

        /** The country a gazetteer match inside a role phrase ties its holder to: a country, its capital, an institution's state. */
        private Optional<String> affiliation(GazetteerMatcher.Match m) {
            if (isCountry(m)) {
                return Optional.of(countryOf(m));
            }
            return gazetteer.entity(m.forms().get(0).entityId())
                    .filter(e -> e.type() == EntityType.ORGANIZATION).flatMap(Entity::country);
        }

        private boolean isPersonMatch(GazetteerMatcher.Match m) {
            return m.forms().stream().anyMatch(f -> isPerson(f.entityId()));
        }
    }

    private static boolean anyOf(List<Word> words, int start, int end, Set<String> set) {
        for (int k = start; k < end; k++) {
            if (set.contains(words.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    private static boolean allCapitals(List<Word> words, int start, int end) {
        for (int k = start; k < end; k++) {
            String s = words.get(k).surface();
            if (!s.equals(s.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(Word w) {
        return w.surface().chars().allMatch(Character::isDigit);
    }

    private static boolean onlyKind(GazetteerMatcher.Match m, SurfaceForm.Kind kind) {
        return m.forms().stream().allMatch(f -> f.kind() == kind);
    }

    /** The first word of a sentence, or the first after an opening quote or a dash. */
    private static boolean sentenceInitial(List<Word> words, int i) {
        return i == 0 || words.get(i - 1).isPunctuation() && !words.get(i - 1).surface().equals(",");
    }

    /** Word {@code i + 1} is the next token after word {@code i}, as in a name: not a part of the same hyphenated token. */
    static boolean adjacent(List<Word> words, int i) {
        return i + 1 < words.size() && words.get(i + 1).token() == words.get(i).token() + 1;
    }

    /**
     * Word {@code k} goes on a name: a capitalised word of the next token that starts no gazetteer match.
     * ("Lee Myung Bak"; not "Trump-Meloni", one token, nor "Putin, Xi").
     */
    private boolean continuesAsName(List<Word> words, int k, Set<Integer> matchStarts) {
        return k < words.size() && adjacent(words, k - 1) && words.get(k).isCapitalized()
                && !matchStarts.contains(k) && !notNames.contains(words.get(k).folded());
    }

    static Entity merged(Entity e, List<String> moreRoles, Optional<String> country) {
        List<String> roles = new ArrayList<>(e.roles());
        moreRoles.stream().filter(r -> !roles.contains(r)).forEach(roles::add);
        return new Entity(e.id(), e.type(), e.label(), e.altLabels(), e.wikidata(), e.country().or(() -> country), roles,
                e.newsAgency());
    }

    static Span span(List<Word> words, int start, int end) {
        return new Span(words.get(start).span().begin(), words.get(end - 1).span().end());
    }

    /** Where a role's complement ends, the country it names, and the word where the person's name begins (or -1). */
    private record Complement(int end, Optional<String> country, int name) {
    }

    /** What the last word of a role's complement was. */
    private enum State {
        /** A role word, a demonym or a named entity: a capitalised word next is a name. */
        CLOSED,
        /** A preposition or article: a capitalised word next belongs to the complement ("della Difesa"). */
        PREPOSITION,
        /** A capitalised word of the complement ("degli Esteri"). */
        CAPITALISED,
        /** A lower-case noun or adjective after a preposition ("della commissione"). */
        LOWER_CASE
    }

    /** A head noun of organisations (org-heads.tsv): whether they relay news, and how it makes a name. */
    private record OrgHead(boolean news, Naming naming) {

        enum Naming {
            NO, CAPITALISED, YES;

            static Naming of(String cell) {
                return switch (cell) {
                    case "no" -> NO;
                    case "capitalised" -> CAPITALISED;
                    case "yes" -> YES;
                    default -> throw new IllegalArgumentException("org-heads.tsv: named must be no, capitalised or yes: " + cell);
                };
            }
        }
    }

    /** A head noun of places (place-heads.tsv): whether it is part of the place's name. */
    private record PlaceHead(boolean part) {
    }
}
