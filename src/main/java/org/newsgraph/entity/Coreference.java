package org.newsgraph.entity;

import static org.newsgraph.entity.EntityRecognizer.adjacent;
import static org.newsgraph.entity.EntityRecognizer.merged;
import static org.newsgraph.entity.EntityRecognizer.span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.newsgraph.document.Entity;
import org.newsgraph.document.EntityMention;
import org.newsgraph.document.EntityType;
import org.newsgraph.document.PartOfSpeech;
import org.newsgraph.document.Sentence;
import org.newsgraph.document.Span;
import org.newsgraph.entity.ArticleMentions.Line;
import org.newsgraph.entity.ArticleMentions.Pending;
import org.newsgraph.entity.ArticleMentions.RolePhrase;
import org.newsgraph.lang.DataFile;

/**
 * In-article coreference, once the names are found: a short name goes to the one person of that name the article
 * names in full (else the nearest), a lone surname to the person it belongs to ("Varga" after "Ilse Varga"), a
 * role phrase ("il ministro degli Esteri", "il suo omologo") to the person holding the role.
 */
final class Coreference {

    /** The roles that mean "the counterpart of the one paired with" (role-relations.tsv). */
    private static final Set<String> COUNTERPART = roles("counterpart");
    /** Roles and the roles a phrase naming them also means: "leader" a president (role-relations.tsv). */
    private static final Map<String, Set<String>> INCLUDES = included();

    private final ArticleMentions found;
    /** The language's name particles ("von", "der", "al"), which a surname may begin with. */
    private final Set<String> nameParticles;
    /** "bin", "ibn": a name with a patronymic after its given name goes by that given name ("Sheikh Nasser"). */
    private final Set<String> patronymics;

    Coreference(ArticleMentions found, Set<String> nameParticles, Set<String> patronymics) {
        this.found = found;
        this.nameParticles = nameParticles;
        this.patronymics = patronymics;
    }

    private static Set<String> roles(String relation) {
        return DataFile.rows("role-relations.tsv").stream().filter(r -> r.get(0).equals(relation)).map(r -> r.get(1))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Map<String, Set<String>> included() {
        Map<String, Set<String>> out = new HashMap<>();
        DataFile.rows("role-relations.tsv").stream().filter(r -> r.get(0).equals("includes"))
                .forEach(r -> out.computeIfAbsent(r.get(1), k -> new HashSet<>()).add(r.get(2)));
        return Map.copyOf(out);
    }

    void resolveShortNames() {
        Map<String, TreeSet<Span>> named = spansByEntity(EntityMention.Kind.NAME);
        for (Pending p : found.shortNames) {
            List<String> candidates = p.candidates().stream().filter(named::containsKey).toList();
            String chosen = candidates.size() == 1 ? candidates.get(0)
                    : candidates.isEmpty() && p.candidates().size() == 1 ? p.candidates().get(0)
                    : candidates.isEmpty() ? null : nearestNamed(candidates, named, p.span());
            if (chosen != null) {
                found.add(p.span(), chosen, EntityMention.Kind.ALIAS);
            }
        }
    }

    /**
     * Surnames of the people this article names in full, standing alone elsewhere in it: "Varga" after
     * "Ilse Varga", "Vucic" after "Aleksandar Vučić", "Georgia Meloni" after "Giorgia Meloni". An entity the
     * article made from such a surname ("il primo ministro Kurti", "ha riferito Lindqvist", "Von der Leyen ha
     * detto") becomes that person.
     */
    void resolveSurnames() {
        Map<String, Set<String>> bySurname = new HashMap<>();
        for (String id : found.introduced) {
            Entity e = found.entities.get(id);
            if (e != null && e.type() == EntityType.PERSON) {
                PersonNames.surnames(e.label(), nameParticles).forEach(s -> bySurname.computeIfAbsent(s, k -> new TreeSet<>()).add(id));
                hyphenatedSurname(e.label()).ifPresent(s -> bySurname.computeIfAbsent(s, k -> new TreeSet<>()).add(id));
                familyNameFirst(e.label()).ifPresent(s -> bySurname.computeIfAbsent(s, k -> new TreeSet<>()).add(id));
            }
        }
        for (Entity e : found.entities.values()) {
            if (e.type() == EntityType.PERSON) {
                givenBeforePatronymic(e.label()).ifPresent(g -> bySurname.computeIfAbsent(g, k -> new TreeSet<>()).add(e.id()));
            }
        }
        Map<String, Set<String>> byGivenName = new HashMap<>();
        for (Entity e : found.entities.values()) {
            List<String> name = SurfaceForm.split(e.label());
            if (e.type() == EntityType.PERSON && name.size() > 1) {
                byGivenName.computeIfAbsent(name.get(0), k -> new TreeSet<>()).add(e.id());
            }
        }
        if (bySurname.isEmpty() && byGivenName.isEmpty()) {
            return;
        }
        for (String id : List.copyOf(found.introduced)) {
            Entity e = found.entities.get(id);
            if (e == null) {
                continue;
            }
            Set<String> people = bySurname.getOrDefault(Folding.fold(e.label()), Set.of());
            if (people.size() == 1 && !people.contains(id)) {
                merge(id, people.iterator().next());
            }
        }
        Set<Span> misspelt = new HashSet<>();
        for (Line line : found.lines) {
            List<Word> words = line.words();
            for (int i = 0; i < words.size(); i++) {
                if (line.occupied()[i] || !words.get(i).isCapitalized() && !nameParticles.contains(words.get(i).folded())) {
                    continue;
                }
                int end = surnameEnd(line, i, bySurname);
                String person;
                if (end > 0) {
                    person = bySurname.get(foldedWords(words, i, end)).iterator().next();
                } else if (givenNameAlone(line, i, bySurname, byGivenName)) {
                    person = byGivenName.get(words.get(i).folded()).iterator().next();
                    end = i + 1;
                } else {
                    continue;
                }
                int start = i;
                String before = i > 0 ? words.get(i - 1).folded() : "";
                if (i > 0 && adjacent(words, i - 1) && words.get(i - 1).isCapitalized()
                        && givenNameOf(person).map(g -> PersonNames.similarGivenNames(before, g)).orElse(false)) {
                    start = i - 1;
                    misspelt.add(words.get(i - 1).span());
                }
                found.add(span(words, start, end), person, EntityMention.Kind.ALIAS);
                for (int k = start; k < end; k++) {
                    line.occupied()[k] = true;
                }
                i = end - 1;
            }
        }
        found.mentions.removeIf(m -> misspelt.contains(m.span()));
    }

    /**
     * "Tefera said" after "Tefera Bekele": a lone given name of exactly one person the article names, where it is no
     * surname, no word of the dictionary but a name ("Mark", "Will" are words too) and no part of a longer name.
     */
    private static boolean givenNameAlone(Line line, int i, Map<String, Set<String>> bySurname,
                                          Map<String, Set<String>> byGivenName) {
        List<Word> words = line.words();
        Word w = words.get(i);
        Set<String> people = byGivenName.get(w.folded());
        boolean nameOnly = w.analyses().stream().allMatch(a -> a.pos() == PartOfSpeech.PROPER_NOUN);
        boolean alone = i + 1 >= words.size() || !words.get(i + 1).isCapitalized() || !adjacent(words, i);
        return people != null && people.size() == 1 && !bySurname.containsKey(w.folded()) && w.isCapitalized()
                && nameOnly && alone;
    }

    /** The whole double-barrelled surname of "Adam Nowak-Kowal", folded ("nowak kowal"), which a lone mention repeats. */
    private static Optional<String> hyphenatedSurname(String label) {
        String last = label.strip().substring(label.strip().lastIndexOf(' ') + 1);
        List<String> parts = SurfaceForm.split(last);
        return label.strip().contains(" ") && parts.size() > 1 ? Optional.of(String.join(" ", parts)) : Optional.empty();
    }

    /**
     * The family name of "Kwon Jae-won", written first before a given name joined by a hyphen to a lower-case
     * syllable, as Korean names are: a lone "Kwon" is that person.
     */
    private static Optional<String> familyNameFirst(String label) {
        String[] w = label.strip().split(" +");
        if (w.length != 2) {
            return Optional.empty();
        }
        int hyphen = w[1].indexOf('-');
        return hyphen > 0 && hyphen + 1 < w[1].length() && Character.isLowerCase(w[1].charAt(hyphen + 1))
                ? Optional.of(Folding.fold(w[0])) : Optional.empty();
    }

    /** The given name of "Nasser bin Khalid Al Mansour", folded, which the name's bearer goes by. */
    private Optional<String> givenBeforePatronymic(String label) {
        List<String> w = SurfaceForm.split(label);
        return w.size() > 2 && patronymics.contains(w.get(1)) ? Optional.of(w.get(0)) : Optional.empty();
    }

    /** The end of the longest surname of exactly one person starting at word {@code i}, or -1. */
    private int surnameEnd(Line line, int i, Map<String, Set<String>> bySurname) {
        List<Word> words = line.words();
        for (int end = Math.min(words.size(), i + 4); end > i; end--) {
            boolean free = true;
            for (int k = i; k < end; k++) {
                free &= !line.occupied()[k];
            }
            Set<String> people = bySurname.get(foldedWords(words, i, end));
            if (free && people != null && people.size() == 1
                    && (end == words.size() || !words.get(end).isCapitalized() || !adjacent(words, end))) {
                return end;
            }
        }
        return -1;
    }

    private Optional<String> givenNameOf(String personId) {
        Entity e = found.entities.get(personId);
        return e == null ? Optional.empty() : Optional.of(SurfaceForm.split(e.label()).get(0));
    }

    /** Rewrites the found.mentions of {@code from} as found.mentions of {@code to}, whose roles it adds. */
    private void merge(String from, String to) {
        Entity source = found.entities.remove(from);
        found.introduced.remove(from);
        Entity target = found.entities.get(to);
        found.entities.put(to, merged(target, source.roles(), source.country()));
        EntityType type = target.type();
        found.mentions.replaceAll(m -> m.entityId().equals(from)
                ? new EntityMention(m.span(), to, type, m.kind() == EntityMention.Kind.NAME ? EntityMention.Kind.ALIAS : m.kind())
                : m);
        Set<String> held = found.articleRoles.remove(from);
        if (held != null) {
            found.articleRoles.computeIfAbsent(to, k -> new LinkedHashSet<>()).addAll(held);
        }
    }

    /** The spans of each entity's found.mentions of one kind, in text order: one pass, looked up many times. */
    private Map<String, TreeSet<Span>> spansByEntity(EntityMention.Kind kind) {
        Map<String, TreeSet<Span>> out = new HashMap<>();
        found.mentions.stream().filter(m -> m.kind() == kind)
                .forEach(m -> out.computeIfAbsent(m.entityId(), k -> new TreeSet<>()).add(m.span()));
        return out;
    }

    /** Of several people the article names in full, the one named nearest a short name. */
    private static String nearestNamed(List<String> ids, Map<String, TreeSet<Span>> named, Span at) {
        return ids.stream().min(Comparator.comparingInt((String id) -> nearest(named.get(id), at))
                .thenComparingInt(id -> named.get(id).first().begin())).orElseThrow();
    }

    void resolveRolePhrases() {
        Map<String, TreeSet<Span>> people = new HashMap<>();
        found.mentions.stream().filter(m -> m.type() == EntityType.PERSON)
                .forEach(m -> people.computeIfAbsent(m.entityId(), k -> new TreeSet<>()).add(m.span()));
        for (RolePhrase r : found.rolePhrases) {
            resolve(r, people).ifPresent(id -> {
                found.add(r.span(), id, EntityMention.Kind.ROLE);
                people.computeIfAbsent(id, k -> new TreeSet<>()).add(r.span());
            });
        }
    }

    /** The person a role phrase means: someone in the article holding the role, else the one holder known. */
    private Optional<String> resolve(RolePhrase r, Map<String, TreeSet<Span>> people) {
        String role = COUNTERPART.contains(r.role()) ? counterpartRole(r, people).orElse(null) : r.role();
        if (role == null) {
            return Optional.empty();
        }
        Optional<String> inArticle = people.entrySet().stream()
                .filter(e -> holds(e.getKey(), role, r.country()))
                .min(Comparator.comparingInt((Map.Entry<String, TreeSet<Span>> e) -> nearest(e.getValue(), r.span()))
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey);
        if (inArticle.isPresent()) {
            return inArticle;
        }
        if (r.former() || r.country().isEmpty()) {
            return Optional.empty();
        }
        List<Entity> holders = found.gazetteer.entities().stream()
                .filter(e -> e.type() == EntityType.PERSON && e.country().isPresent() && holds(e.id(), role, r.country()))
                .toList();
        if (holders.size() == 1) {
            found.entities.put(holders.get(0).id(), holders.get(0));
            return Optional.of(holders.get(0).id());
        }
        return Optional.empty();
    }

    /** "il suo omologo": the role of the person nearest before it in the same sentence. */
    private Optional<String> counterpartRole(RolePhrase r, Map<String, TreeSet<Span>> people) {
        Sentence s = found.document.sentences().get(r.sentence());
        Span before = new Span(r.span().begin(), r.span().begin());
        String nearestId = null;
        Span nearestSpan = null;
        for (Map.Entry<String, TreeSet<Span>> e : people.entrySet()) {
            for (Span m = e.getValue().lower(before); m != null && m.begin() >= s.span().begin(); m = e.getValue().lower(m)) {
                if (m.end() <= r.span().begin() && s.span().contains(m)) {
                    if (nearestSpan == null || m.compareTo(nearestSpan) > 0) {
                        nearestId = e.getKey();
                        nearestSpan = m;
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(nearestId)
                .flatMap(id -> rolesOf(id).stream().filter(x -> !COUNTERPART.contains(x)).findFirst());
    }

    /** The distance from a span to the nearest of a person's found.mentions, found beside it in their order. */
    private static int nearest(TreeSet<Span> spans, Span at) {
        int best = Integer.MAX_VALUE;
        Span low = spans.floor(at);
        Span high = spans.ceiling(at);
        for (Span s : new Span[] {low, low == null ? null : spans.lower(low), high, high == null ? null : spans.higher(high)}) {
            if (s != null) {
                best = Math.min(best, distance(s, at));
            }
        }
        return best;
    }

    /** Whether a person holds a role, for a country when the phrase names one (a person of unknown country may). */
    private boolean holds(String personId, String role, Optional<String> country) {
        Entity e = found.entities.containsKey(personId) ? found.entities.get(personId) : found.gazetteer.entity(personId).orElse(null);
        if (e == null || e.type() != EntityType.PERSON) {
            return false;
        }
        boolean countryFits = country.isEmpty() || e.country().isEmpty() || country.equals(e.country());
        return countryFits && rolesOf(personId).stream().anyMatch(held -> roleFits(role, held));
    }

    private List<String> rolesOf(String personId) {
        List<String> all = new ArrayList<>(found.articleRoles.getOrDefault(personId, Set.of()));
        Entity e = found.entities.containsKey(personId) ? found.entities.get(personId) : found.gazetteer.entity(personId).orElse(null);
        if (e != null) {
            all.addAll(e.roles());
        }
        return all;
    }

    private static boolean roleFits(String asked, String held) {
        return held.equals(asked) || held.startsWith(asked + " ")
                || INCLUDES.getOrDefault(asked, Set.of()).contains(held);
    }

private static String foldedWords(List<Word> words, int start, int end) {
    StringBuilder s = new StringBuilder();
    for (int k = start; k < end; k++) {
        if (k > start) {
            s.append(' ');
        }
        s.append(words.get(k).folded());
    }
    return s.toString();
}

private static int distance(Span a, Span b) {
    return a.end() <= b.begin() ? b.begin() - a.end() : a.begin() >= b.end() ? a.begin() - b.end() + 1 : 0;
}
}
