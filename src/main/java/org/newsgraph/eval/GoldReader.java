package org.newsgraph.eval;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newsgraph.document.NewsgraphException;

/**
 * Reads gold annotations ({@code *.gold.json}, see docs/EVAL.md) into {@link GoldArticle}s. Malformed input
 * fails with a {@link NewsgraphException} that names the file and the field at fault.
 */
public final class GoldReader {

    /** The file name ending that marks a gold file inside a folder. */
    public static final String SUFFIX = ".gold.json";

    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private GoldReader() {
    }

    /** Reads every {@code *.gold.json} in {@code dir}, in name order; a single file is read as is. */
    public static List<GoldArticle> readAll(Path dir) {
        if (Files.isRegularFile(dir)) {
            return List.of(read(dir));
        }
        if (!Files.isDirectory(dir)) {
            throw NewsgraphException.usage(dir + ": no such gold directory");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw NewsgraphException.failure(dir + ": cannot list gold directory: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw NewsgraphException.failure(dir + ": holds no *" + SUFFIX + " file");
        }
        return files.stream().map(GoldReader::read).toList();
    }

    /** Reads one gold file. */
    public static GoldArticle read(Path file) {
        JsonObject root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.parse(in);
        } catch (IOException e) {
            throw NewsgraphException.failure(file + ": cannot read gold file: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Jena's parser throws JsonException, and a bare NullPointerException on some truncated input.
            throw NewsgraphException.failure(file + ": not valid JSON: " + firstLine(e), e);
        }
        return parse(root, file.toString());
    }

    /** Parses one gold document; {@code origin} names it in error messages. */
    public static GoldArticle parse(String json, String origin) {
        JsonObject root;
        try {
            root = JSON.parse(json);
        } catch (RuntimeException e) {
            throw NewsgraphException.failure(origin + ": not valid JSON: " + firstLine(e), e);
        }
        return parse(root, origin);
    }

    private static GoldArticle parse(JsonObject root, String origin) {
        return new Fields(origin).article(root);
    }

    private static String firstLine(RuntimeException e) {
        String s = e instanceof JsonException ? e.getMessage() : null;
        return s == null ? "syntax error or unexpected end" : s.lines().findFirst().orElse(s);
    }

    /** Field access with messages that say where the problem is. */
    private static final class Fields {
        final String origin;
        final Set<String> names = new LinkedHashSet<>();

        Fields(String origin) {
            this.origin = origin;
        }

        GoldArticle article(JsonObject o) {
            String article = requiredString(o, "article", "");
            List<GoldActor> actors = new ArrayList<>();
            int i = 0;
            for (JsonObject a : objects(o, "actors", "")) {
                GoldActor actor = actor(a, "actors[" + i++ + "]");
                if (!names.add(actor.name())) {
                    throw bad("actors", "actor '" + actor.name() + "' is listed twice");
                }
                actors.add(actor);
            }
            List<GoldEvent> events = new ArrayList<>();
            i = 0;
            for (JsonObject m : objects(o, "meetings", "")) {
                String at = "meetings[" + i++ + "]";
                events.add(new GoldEvent.Meeting(actorSet(m, "participants", at), actorOrNull(m, "place", at),
                        string(m, "date_text", at), date(m, "date", at), bool(m, "optional", at, false)));
            }
            i = 0;
            for (JsonObject v : objects(o, "visits", "")) {
                String at = "visits[" + i++ + "]";
                List<String> destinations = new ArrayList<>(actorSet(v, "destination", at));
                events.add(new GoldEvent.Visit(actor(v, "visitor", at), destinations, date(v, "date", at),
                        bool(v, "optional", at, false)));
            }
            i = 0;
            for (JsonObject g : objects(o, "agreements", "")) {
                String at = "agreements[" + i++ + "]";
                Boolean mutual = g.hasKey("mutual_defence") && !g.get("mutual_defence").isNull()
                        ? bool(g, "mutual_defence", at, false) : null;
                events.add(new GoldEvent.Agreement(string(g, "name", at), actorSet(g, "parties", at),
                        g.hasKey("signatories") && !g.get("signatories").isNull() ? actorSet(g, "signatories", at) : null,
                        date(g, "signed", at), dates(g, "also_claimed_signed", at), date(g, "ratified", at),
                        dates(g, "also_claimed_ratified", at), mutual, bool(g, "optional", at, false)));
            }
            i = 0;
            for (JsonObject s : objects(o, "statements", "")) {
                String at = "statements[" + i++ + "]";
                events.add(new GoldEvent.Statement(actor(s, "speaker", at), requiredString(s, "quote_start", at),
                        date(s, "date", at), bool(s, "optional", at, false)));
            }
            i = 0;
            for (JsonObject s : objects(o, "military_support", "")) {
                String at = "military_support[" + i++ + "]";
                Boolean hedged = s.hasKey("hedged") && !s.get("hedged").isNull() ? bool(s, "hedged", at, false) : null;
                events.add(new GoldEvent.MilitarySupport(actor(s, "provider", at), actor(s, "recipient", at),
                        requiredString(s, "what", at), quantity(s, at), string(s, "qualifier", at),
                        s.hasKey("claimed_by") && !s.get("claimed_by").isNull() ? actorSet(s, "claimed_by", at) : null,
                        s.hasKey("denied_by") && !s.get("denied_by").isNull() ? actorSet(s, "denied_by", at) : null,
                        hedged, bool(s, "optional", at, false)));
            }
            return new GoldArticle(article, Optional.ofNullable(string(o, "publisher", "")),
                    Optional.ofNullable(date(o, "published", "")), actors, events);
        }

        GoldActor actor(JsonObject a, String at) {
            String name = requiredString(a, "name", at);
            String type = requiredString(a, "type", at);
            GoldActor.ActorType t;
            try {
                t = GoldActor.ActorType.valueOf(type);
            } catch (IllegalArgumentException e) {
                throw bad(at + ".type", "'" + type + "' is not one of Person, Organization, Country, Place");
            }
            return new GoldActor(name, t, strings(a, "aliases", at), bool(a, "optional", at, false));
        }

        String actor(JsonObject o, String key, String at) {
            String name = requiredString(o, key, at);
            return known(name, at + "." + key);
        }

        String actorOrNull(JsonObject o, String key, String at) {
            String name = string(o, key, at);
            return name == null ? null : known(name, at + "." + key);
        }

        Set<String> actorSet(JsonObject o, String key, String at) {
            Set<String> out = new LinkedHashSet<>();
            for (String s : strings(o, key, at)) {
                out.add(known(s, at + "." + key));
            }
            return out;
        }

        String known(String name, String at) {
            if (!names.contains(name)) {
                throw bad(at, "'" + name + "' is not the name of an actor in 'actors'");
            }
            return name;
        }

        List<JsonObject> objects(JsonObject o, String key, String at) {
            List<JsonObject> out = new ArrayList<>();
            JsonValue v = o.get(key);
            if (v == null || v.isNull()) {
                return out;
            }
            if (!v.isArray()) {
                throw bad(path(at, key), "expected a list");
            }
            for (JsonValue x : v.getAsArray()) {
                if (!x.isObject()) {
                    throw bad(path(at, key), "expected a list of objects");
                }
                out.add(x.getAsObject());
            }
            return out;
        }

        List<String> strings(JsonObject o, String key, String at) {
            List<String> out = new ArrayList<>();
            JsonValue v = o.get(key);
            if (v == null || v.isNull()) {
                return out;
            }
            if (v.isString()) {
                out.add(v.getAsString().value());
                return out;
            }
            if (!v.isArray()) {
                throw bad(path(at, key), "expected a list of strings");
            }
            for (JsonValue x : v.getAsArray()) {
                if (!x.isString()) {
                    throw bad(path(at, key), "expected a list of strings");
                }
                out.add(x.getAsString().value());
            }
            return out;
        }

        String requiredString(JsonObject o, String key, String at) {
            String s = string(o, key, at);
            if (s == null || s.isBlank()) {
                throw bad(path(at, key), "is required");
            }
            return s;
        }

        String string(JsonObject o, String key, String at) {
            JsonValue v = o.get(key);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isString()) {
                throw bad(path(at, key), "expected a string");
            }
            return v.getAsString().value();
        }

        String date(JsonObject o, String key, String at) {
            String s = string(o, key, at);
            if (s != null && !DATE.matcher(s).matches()) {
                throw bad(path(at, key), "'" + s + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
            }
            return s;
        }

        List<String> dates(JsonObject o, String key, String at) {
            List<String> out = strings(o, key, at);
            for (String s : out) {
                if (!DATE.matcher(s).matches()) {
                    throw bad(path(at, key), "'" + s + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
                }
            }
            return out;
        }

        Long quantity(JsonObject o, String at) {
            JsonValue v = o.get("quantity");
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isNumber()) {
                throw bad(path(at, "quantity"), "expected a whole number");
            }
            try {
                return new BigDecimal(v.getAsNumber().value().toString()).longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw bad(path(at, "quantity"), "expected a whole number, found " + v.getAsNumber().value());
            }
        }

        boolean bool(JsonObject o, String key, String at, boolean otherwise) {
            JsonValue v = o.get(key);
            if (v == null || v.isNull()) {
                return otherwise;
            }
            if (!v.isBoolean()) {
                throw bad(path(at, key), "expected true or false");
            }
            return v.getAsBoolean().value();
        }

        NewsgraphException bad(String at, String problem) {
            return NewsgraphException.failure(origin + ": " + at + ": " + problem);
        }

        static String path(String at, String key) {
            return at.isEmpty() ? key : at + "." + key;
        }
    }
}
