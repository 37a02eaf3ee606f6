package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.newsgraph.document.Annotation;
import org.newsgraph.document.Document;
import org.newsgraph.document.Entity;
import org.newsgraph.document.EntityMention;
import org.newsgraph.document.EntityType;
import org.newsgraph.lang.DataFile;
import org.newsgraph.lang.WordClasses;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Span;
import org.newsgraph.text.Token;

/**
 * Finds the actors and places of an article and resolves what refers to them. Reads tokens; writes
 * entities and mentions: gazetteer names and aliases, nationality adjectives, capitals standing for
 * their governments, new people and organisations introduced by a role or a head noun, and role
 * phrases and surnames resolved to the person they mean.
 * <p>Example: in "Il leader nordcoreano ha ricevuto il ministro della Difesa Rustem Umerov", "leader
 * nordcoreano" resolves to Kim Jong-un, "nordcoreano" names North Korea, and Rustem Umerov is a new
 * person with the role "ministro della difesa".
 */
public final class EntityRecognizer implements Stage {

    private static final Set<String> DEFINITE_ARTICLES = WordClasses.italian().of("definite-article");
    private static final Set<String> LOCATIVES = WordClasses.italian().of("place-context");
    private static final Set<String> OF = WordClasses.italian().of("of");
    private static final Set<String> NOT_DEFINITE = WordClasses.italian().of("indefinite-determiner");
    private static final Set<String> NAME_CONNECTORS = WordClasses.italian().of("name-connector");
    /** "piazza Kim Il Sung", "aeroporto Sheremetyevo": a person's name that names a place is not the person. */
    private static final Set<String> NAMED_AFTER = WordClasses.italian().of("named-after");
    private static final int MAX_NAME_TOKENS = 4;
    private static final int MAX_ORG_TOKENS = 6;

    private final Gazetteer gazetteer;
    private final GazetteerMatcher matcher;
    private final PhraseLexicon<String> roles = new PhraseLexicon<>();
    private final PhraseLexicon<Boolean> orgHeads = new PhraseLexicon<>();
    private final Set<String> reportingVerbs;
    private final Set<String> notNames;
    private final Set<String> firstNames;

    public EntityRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.matcher = new GazetteerMatcher(gazetteer);
        DataFile.rows("it/roles.tsv").forEach(r -> roles.add(r.get(1), Folding.fold(r.get(0))));
        DataFile.rows("it/org-heads.tsv").forEach(r -> orgHeads.add(r.get(0), r.get(1).equals("yes")));
        this.reportingVerbs = Set.copyOf(DataFile.lines("it/reporting-verbs.txt"));
        this.notNames = DataFile.lines("it/not-names.txt").stream().map(Folding::fold).collect(Collectors.toSet());
        this.firstNames = Set.copyOf(DataFile.lines("it/first-names.txt"));
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
        a.resolveShortNames();
        a.resolveRolePhrases();
        List<EntityMention> mentions = new ArrayList<>(a.mentions);
        mentions.sort(Comparator.comparing(EntityMention::span));
        return document.withEntities(a.entities, mentions, Annotation.ENTITIES, Annotation.COREFERENCE);
    }

    /** The work on one article: what has been found so far. */
    private final class Article {
        final Document document;
        final Map<String, Entity> entities = new TreeMap<>();
        final List<EntityMention> mentions = new ArrayList<>();
        final Map<String, List<String>> articleRoles = new HashMap<>();
        final List<Pending> shortNames = new ArrayList<>();
        final List<RolePhrase> rolePhrases = new ArrayList<>();

        Article(Document document) {
            this.document = document;
        }

        void sentence(int si, Sentence sentence) {
            List<Word> words = Word.of(sentence);
            if (words.isEmpty()) {
                return;
            }
            Map<Integer, GazetteerMatcher.Match> startingAt = new HashMap<>();
            boolean[] occupied = new boolean[words.size()];
            for (GazetteerMatcher.Match m : matcher.match(words)) {
                if (m.start() > 0 && NAMED_AFTER.contains(words.get(m.start() - 1).folded())
                        && m.forms().stream().anyMatch(f -> f.entityId().startsWith("person/"))) {
                    continue;
                }
                startingAt.put(m.start(), m);
                for (int k = m.start(); k < m.end(); k++) {
                    occupied[k] = true;
                }
                gazetteerMention(si, words, m);
            }
            findNames(si, sentence, words, startingAt, occupied);
        }

        private void gazetteerMention(int si, List<Word> words, GazetteerMatcher.Match m) {
            Span span = span(words, m.start(), m.end());
            SurfaceForm form = m.forms().get(0);
            switch (form.kind()) {
                case DEMONYM -> add(span, form.entityId(), EntityMention.Kind.DEMONYM);
                case SHORT_NAME -> shortNames.add(new Pending(si, span,
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
                if (LOCATIVES.contains(w)) {
                    return true;
                }
                if (!OF.contains(w) && !isDemonymWord(w)) {
                    return false;
                }
            }
            return false;
        }

        private boolean isDemonymWord(String folded) {
            return gazetteer.formsStartingWith(folded).stream()
                    .anyMatch(f -> f.kind() == SurfaceForm.Kind.DEMONYM && f.words().size() == 1);
        }

        private void findNames(int si, Sentence sentence, List<Word> words,
                               Map<Integer, GazetteerMatcher.Match> startingAt, boolean[] occupied) {
            for (int i = 0; i < words.size(); i++) {
                if (occupied[i] && !isDemonymAt(startingAt, i)) {
                    continue;
                }
                Optional<PhraseLexicon.Match<String>> role = roles.match(words, i);
                if (role.isPresent()) {
                    i = rolePhrase(si, sentence, words, startingAt, occupied, role.get()) - 1;
                    continue;
                }
                Optional<PhraseLexicon.Match<Boolean>> head = orgHeads.match(words, i);
                if (head.isPresent() && !startsEntity(startingAt, head.get().end(), EntityType.ORGANIZATION)) {
                    int end = newName(sentence, words, occupied, head.get().end(), EntityType.ORGANIZATION,
                            head.get().value(), List.of());
                    if (end > 0) {
                        i = end - 1;
                    }
                    continue;
                }
                if (reportingVerbs.contains(words.get(i).folded()) && i + 1 < words.size()) {
                    int k = i + 1;
                    while (k < words.size() && DEFINITE_ARTICLES.contains(words.get(k).folded())) {
                        k++;
                    }
                    if (!occupied(occupied, k) && !startsFirstName(words, k)) {
                        int end = newName(sentence, words, occupied, k, EntityType.ORGANIZATION, true, List.of());
                        if (end > 0) {
                            i = end - 1;
                            continue;
                        }
                    }
                }
                if (!occupied[i] && startsFirstName(words, i)) {
                    int end = newName(sentence, words, occupied, i, EntityType.PERSON, false, List.of());
                    if (end > 0) {
                        i = end - 1;
                    }
                }
            }
        }

        private boolean startsFirstName(List<Word> words, int i) {
            return i + 1 < words.size() && firstNames.contains(words.get(i).surface())
                    && words.get(i + 1).isCapitalized() && words.get(i + 1).token() != words.get(i).token();
        }

        private int rolePhrase(int si, Sentence sentence, List<Word> words,
                               Map<Integer, GazetteerMatcher.Match> startingAt, boolean[] occupied,
                               PhraseLexicon.Match<String> role) {
            int j = role.end();
            for (GazetteerMatcher.Match m : startingAt.values()) {
                if (m.start() < j && m.end() > j) {
                    j = m.end();
                }
            }
            Optional<String> country = Optional.empty();
            GazetteerMatcher.Match demonym = startingAt.get(j);
            if (demonym != null && isCountry(demonym)) {
                country = Optional.of(countryOf(demonym));
                j = demonym.end();
            } else if (j + 1 < words.size() && OF.contains(words.get(j).folded())) {
                GazetteerMatcher.Match named = startingAt.get(j + 1);
                if (named != null && isCountry(named)) {
                    country = Optional.of(countryOf(named));
                    j = named.end();
                }
            }
            Span phrase = span(words, role.start(), j);
            boolean former = role.start() > 0 && words.get(role.start() - 1).folded().equals("ex");
            int k = j < words.size() && words.get(j).surface().equals(",") ? j + 1 : j;
            GazetteerMatcher.Match next = startingAt.get(k);
            if (next != null && next.forms().stream().anyMatch(f -> isPerson(f.entityId()))) {
                String person = next.forms().get(0).entityId();
                if (next.forms().get(0).kind() == SurfaceForm.Kind.NAME) {
                    add(phrase, person, EntityMention.Kind.ROLE);
                    articleRoles.computeIfAbsent(person, p -> new ArrayList<>()).add(role.value());
                }
                return k;
            }
            if (next == null && k < words.size() && words.get(k).isCapitalized() && !occupied[k]) {
                int end = newName(sentence, words, occupied, k, EntityType.PERSON, false, List.of(role.value()));
                if (end > 0) {
                    String id = mentions.get(mentions.size() - 1).entityId();
                    country.ifPresent(c -> entities.computeIfPresent(id, (key, e) -> withCountry(e, c)));
                    add(phrase, id, EntityMention.Kind.ROLE);
                    return end;
                }
            }
            boolean definite = role.start() == 0 || !NOT_DEFINITE.contains(words.get(role.start() - 1).folded());
            if (definite) {
                rolePhrases.add(new RolePhrase(si, phrase, role.value(), country, former));
            }
            return j;
        }

        /**
         * A name of capitalised tokens from word {@code k} (organisations may have "of", "for", "di"
         * inside); adds the entity and its mention and returns the word index past it, or -1.
         */
        private int newName(Sentence sentence, List<Word> words, boolean[] occupied, int k, EntityType type,
                            boolean news, List<String> knownRoles) {
            if (k >= words.size() || notNames.contains(words.get(k).folded()) || !words.get(k).isCapitalized()) {
                return -1;
            }
            List<Token> tokens = sentence.tokens();
            int firstToken = words.get(k).token();
            int lastToken = firstToken;
            int limit = type == EntityType.PERSON ? MAX_NAME_TOKENS : MAX_ORG_TOKENS;
            for (int t = firstToken + 1; t < tokens.size() && t - firstToken < limit; t++) {
                Token tok = tokens.get(t);
                if (capitalizedName(tok) && !occupiedToken(words, occupied, t) && !notNames.contains(Folding.fold(tok.text()))) {
                    lastToken = t;
                } else if (!(type == EntityType.ORGANIZATION && NAME_CONNECTORS.contains(tok.text())
                        && t + 1 < tokens.size() && capitalizedName(tokens.get(t + 1)))) {
                    break;
                }
            }
            if (!capitalizedName(tokens.get(firstToken))) {
                return -1;
            }
            Span span = new Span(tokens.get(firstToken).begin(), tokens.get(lastToken).end());
            String label = document.text(span);
            String id = type.name().toLowerCase(Locale.ROOT) + "/" + Folding.slug(label);
            if (gazetteer.entity(id).isEmpty()) {
                entities.putIfAbsent(id, new Entity(id, type, label, List.of(), Optional.empty(), Optional.empty(),
                        knownRoles, news));
            }
            add(span, id, EntityMention.Kind.NAME);
            int end = k;
            while (end < words.size() && words.get(end).token() <= lastToken) {
                occupied[end] = true;
                end++;
            }
            return end;
        }

        private boolean capitalizedName(Token t) {
            String s = t.text();
            return s.length() > 0 && Character.isUpperCase(s.codePointAt(0))
                    && s.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’' || c == '.');
        }

        private boolean occupiedToken(List<Word> words, boolean[] occupied, int token) {
            for (int w = 0; w < words.size(); w++) {
                if (words.get(w).token() == token && occupied[w]) {
                    return true;
                }
            }
            return false;
        }

        private boolean occupied(boolean[] occupied, int k) {
            return k >= occupied.length || occupied[k];
        }

        private boolean isDemonymAt(Map<Integer, GazetteerMatcher.Match> startingAt, int i) {
            GazetteerMatcher.Match m = startingAt.get(i);
            return m != null && m.forms().get(0).kind() == SurfaceForm.Kind.DEMONYM;
        }

        private boolean startsEntity(Map<Integer, GazetteerMatcher.Match> startingAt, int i, EntityType type) {
            GazetteerMatcher.Match m = startingAt.get(i);
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

        private boolean isPerson(String id) {
            return gazetteer.entity(id).map(e -> e.type() == EntityType.PERSON).orElse(false);
        }

        void resolveShortNames() {
            for (Pending p : shortNames) {
                List<String> named = p.candidates().stream().filter(this::namedInArticle).toList();
                String chosen = named.size() == 1 ? named.get(0)
                        : named.isEmpty() && p.candidates().size() == 1 ? p.candidates().get(0)
                        : named.isEmpty() ? null : nearestNamed(named, p.span());
                if (chosen != null) {
                    add(p.span(), chosen, EntityMention.Kind.ALIAS);
                }
            }
        }

        private boolean namedInArticle(String id) {
            return mentions.stream().anyMatch(m -> m.entityId().equals(id) && m.kind() == EntityMention.Kind.NAME);
        }

        private String nearestNamed(List<String> ids, Span at) {
            return mentions.stream().filter(m -> ids.contains(m.entityId()) && m.kind() == EntityMention.Kind.NAME)
                    .min(Comparator.comparingInt(m -> distance(m.span(), at))).map(EntityMention::entityId)
                    .orElse(ids.get(0));
        }

        void resolveRolePhrases() {
            for (RolePhrase r : rolePhrases) {
                resolve(r).ifPresent(id -> add(r.span(), id, EntityMention.Kind.ROLE));
            }
        }

        /** The person a role phrase means: someone in the article holding the role, else the one holder known. */
        private Optional<String> resolve(RolePhrase r) {
            String role = r.role().equals("omologo") ? counterpartRole(r).orElse(null) : r.role();
            if (role == null) {
                return Optional.empty();
            }
            Map<String, Span> inArticle = new LinkedHashMap<>();
            for (EntityMention m : mentions) {
                if (m.type() == EntityType.PERSON && holds(m.entityId(), role, r.country())) {
                    inArticle.merge(m.entityId(), m.span(),
                            (a, b) -> distance(a, r.span()) <= distance(b, r.span()) ? a : b);
                }
            }
            if (!inArticle.isEmpty()) {
                return inArticle.entrySet().stream()
                        .min(Comparator.comparingInt((Map.Entry<String, Span> e) -> distance(e.getValue(), r.span()))
                                .thenComparing(Map.Entry::getKey))
                        .map(Map.Entry::getKey);
            }
            if (r.former() || r.country().isEmpty()) {
                return Optional.empty();
            }
            List<Entity> holders = gazetteer.entities().stream()
                    .filter(e -> e.type() == EntityType.PERSON && holds(e.id(), role, r.country())).toList();
            if (holders.size() == 1) {
                entities.put(holders.get(0).id(), holders.get(0));
                return Optional.of(holders.get(0).id());
            }
            return Optional.empty();
        }

        /** "il suo omologo": the role of the person nearest before it in the same sentence. */
        private Optional<String> counterpartRole(RolePhrase r) {
            Sentence s = document.sentences().get(r.sentence());
            return mentions.stream()
                    .filter(m -> m.type() == EntityType.PERSON && s.span().contains(m.span())
                            && m.span().end() <= r.span().begin())
                    .max(Comparator.comparing(EntityMention::span))
                    .flatMap(m -> rolesOf(m.entityId()).stream().filter(x -> !x.equals("omologo")).findFirst());
        }

        private boolean holds(String personId, String role, Optional<String> country) {
            Entity e = entities.containsKey(personId) ? entities.get(personId) : gazetteer.entity(personId).orElse(null);
            if (e == null || e.type() != EntityType.PERSON) {
                return false;
            }
            boolean countryFits = country.isEmpty() || country.equals(e.country());
            return countryFits && rolesOf(personId).stream().anyMatch(held -> roleFits(role, held));
        }

        private List<String> rolesOf(String personId) {
            List<String> all = new ArrayList<>(articleRoles.getOrDefault(personId, List.of()));
            Entity e = entities.containsKey(personId) ? entities.get(personId) : gazetteer.entity(personId).orElse(null);
            if (e != null) {
                all.addAll(e.roles());
            }
            return all;
        }

        private static boolean roleFits(String asked, String held) {
            return held.equals(asked) || held.startsWith(asked + " ")
                    || (asked.equals("leader") && (held.equals("presidente") || held.equals("leader supremo")));
        }

        private void add(Span span, String entityId, EntityMention.Kind kind) {
            Entity e = entities.get(entityId);
            if (e == null) {
                e = gazetteer.entity(entityId).orElseThrow(() ->
                        new IllegalStateException("unknown entity " + entityId));
                entities.put(entityId, e);
            }
            mentions.add(new EntityMention(span, entityId, e.type(), kind));
        }
    }

    private static Entity withCountry(Entity e, String country) {
        return new Entity(e.id(), e.type(), e.label(), e.altLabels(), e.wikidata(), Optional.of(country), e.roles(),
                e.newsAgency());
    }

    private static int distance(Span a, Span b) {
        return a.end() <= b.begin() ? b.begin() - a.end() : a.begin() >= b.end() ? a.begin() - b.end() + 1 : 0;
    }

    private static Span span(List<Word> words, int start, int end) {
        return new Span(words.get(start).span().begin(), words.get(end - 1).span().end());
    }

    private record Pending(int sentence, Span span, List<String> candidates) {
    }

    private record RolePhrase(int sentence, Span span, String role, Optional<String> country, boolean former) {
    }
}
