package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.document.Document;
import org.newsgraph.document.Entity;
import org.newsgraph.document.EntityMention;
import org.newsgraph.document.EntityType;
import org.newsgraph.document.Sentence;
import org.newsgraph.document.Span;

/**
 * What the recognizer knows of one article as it goes: the entities and mentions found so far, the roles the
 * article gives people, and the short names and role phrases that wait for {@link Coreference}.
 */
class ArticleMentions {
    final Gazetteer gazetteer;
    final Document document;
    final Map<String, Entity> entities = new TreeMap<>();
    final List<EntityMention> mentions = new ArrayList<>();
    final Map<String, Set<String>> articleRoles = new HashMap<>();
    final List<Pending> shortNames = new ArrayList<>();
    final List<RolePhrase> rolePhrases = new ArrayList<>();
    final List<Line> lines = new ArrayList<>();
    /** Entities this article introduced (not from the gazetteer), in order of first mention. */
    final Set<String> introduced = new LinkedHashSet<>();

    ArticleMentions(Gazetteer gazetteer, Document document) {
        this.gazetteer = gazetteer;
        this.document = document;
    }

    boolean isPerson(String id) {
        return gazetteer.entity(id).map(e -> e.type() == EntityType.PERSON).orElse(false);
    }

    void add(Span span, String entityId, EntityMention.Kind kind) {
        Entity e = entities.get(entityId);
        if (e == null) {
            e = gazetteer.entity(entityId).orElseThrow(() ->
                    new IllegalStateException("unknown entity " + entityId));
            entities.put(entityId, e);
        }
        mentions.add(new EntityMention(span, entityId, e.type(), kind));
    }

    /** One sentence as the recognizer works on it: its words, the gazetteer matches by first word, the words taken. */
    record Line(int index, Sentence sentence, List<Word> words, Map<Integer, GazetteerMatcher.Match> startingAt,
                boolean[] occupied) {
    }

    /** A short name ("Meloni") that may mean any of several known people, resolved once the article is read. */
    record Pending(int sentence, Span span, List<String> candidates) {
    }

    /** A role phrase ("il ministro degli Esteri", "l'ex premier") that means whoever holds the role. */
    record RolePhrase(int sentence, Span span, String role, Optional<String> country, boolean former) {
    }
}
