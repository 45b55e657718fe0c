package dk.indsatskatalog.history;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.indsatskatalog.model.EntryChange;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one commit changed in one entry file, read from the file's text before and after: the level,
 * findings and sources added or removed, which texts and lists changed, a new review date. The
 * result is a list of {@link EntryChange}s in reading order, most important first; the pages word them
 * in Danish. Works on the YAML tree, not the validated entry, so files in older formats (studies
 * written inside the entry) and files that did not validate at the time are still summarised.
 */
public final class EntryDiff {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The fields whose changes are named one by one; a change anywhere else is "the file's format changed". */
    private static final Set<String> KNOWN = Set.of("slug", "name", "summary", "description", "descriptionSources", "targetGroups",
        "themes", "ageRange", "resources", "anchoring", "partners", "places", "related", "searchWords", "knowledgeGaps",
        "lastReviewed", "evidence");
    private static final List<String> RESOURCE_TEXTS = List.of("deliveredBy", "staffing", "duration", "cost");

    private EntryDiff() {}

    /** The changes from {@code before} to {@code after} (either may be null: the file was added or removed). */
    public static List<EntryChange> between(String before, String after) {
        if (after == null && before == null) return List.of(EntryChange.of("unreadable"));
        if (after == null) return List.of(EntryChange.of("removed"));
        JsonNode now = parse(after);
        if (now == null) return List.of(EntryChange.of("unreadable"));
        if (before == null) {
            JsonNode level = now.path("evidence").path("level");
            return List.of(level.isInt() ? EntryChange.of("created", level.intValue(), now.path("evidence").path("outcomes").size())
                : EntryChange.of("created.noLevel", now.path("evidence").path("outcomes").size()));
        }
        JsonNode then = parse(before);
        if (then == null) return List.of(EntryChange.of("unreadable"));

        List<EntryChange> changes = new ArrayList<>();
        if (changed(then, now, "slug")) changes.add(EntryChange.of("slug", then.path("slug").asText(), now.path("slug").asText()));
        JsonNode levelThen = then.path("evidence").path("level");
        JsonNode levelNow = now.path("evidence").path("level");
        if (levelThen.isInt() && levelNow.isInt() && levelThen.intValue() != levelNow.intValue()) {
            changes.add(EntryChange.of("level", levelThen.intValue(), levelNow.intValue()));
        }
        findings(then.path("evidence").path("outcomes"), now.path("evidence").path("outcomes"), changes);
        Set<String> sourcesThen = sources(then);
        Set<String> sourcesNow = sources(now);
        count(changes, "sources.added", minus(sourcesNow, sourcesThen).size());
        count(changes, "sources.removed", minus(sourcesThen, sourcesNow).size());
        for (String text : List.of("name", "summary", "description")) {
            if (changed(then, now, text)) changes.add(EntryChange.of(text));
        }
        for (String codes : List.of("targetGroups", "themes")) {
            Set<String> a = texts(then.path(codes));
            Set<String> b = texts(now.path(codes));
            if (!minus(b, a).isEmpty()) changes.add(EntryChange.of(codes + ".added", List.copyOf(minus(b, a))));
            if (!minus(a, b).isEmpty()) changes.add(EntryChange.of(codes + ".removed", List.copyOf(minus(a, b))));
        }
        if (changed(then, now, "ageRange")) changes.add(EntryChange.of("ageRange"));
        JsonNode resThen = then.path("resources");
        JsonNode resNow = now.path("resources");
        if (changed(resThen, resNow, "costBand") && resThen.has("costBand") && resNow.has("costBand")) {
            changes.add(EntryChange.of("costBand", resThen.path("costBand").asText(), resNow.path("costBand").asText()));
        }
        for (String text : RESOURCE_TEXTS) if (changed(resThen, resNow, text)) changes.add(EntryChange.of("resources." + text));
        for (String list : List.of("anchoring", "partners", "places", "knowledgeGaps")) {
            listChanges(list, then.path(list), now.path(list), changes);
        }
        if (!texts(then.path("related")).equals(texts(now.path("related")))) changes.add(EntryChange.of("related"));
        if (changed(then, now, "searchWords")) changes.add(EntryChange.of("searchWords"));
        if (formatChanged(then, now)) changes.add(EntryChange.of("format"));
        boolean reviewed = changed(then, now, "lastReviewed") && now.path("lastReviewed").isTextual();
        if (reviewed) changes.add(EntryChange.of("reviewed", now.path("lastReviewed").asText()));
        if (changes.isEmpty()) return List.of(EntryChange.of("layout"));
        if (reviewed && changes.size() == 1) return List.of(EntryChange.of("reviewedOnly", now.path("lastReviewed").asText()));
        return changes;
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode node = YAML.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static boolean changed(JsonNode a, JsonNode b, String field) {
        return !canonical(a.path(field)).equals(canonical(b.path(field)));
    }

    /**
     * Findings that are the same before and after are set aside; of the rest, one before and one after
     * with the same outcome domain count as one changed finding, and what is left was added or removed.
     */
    private static void findings(JsonNode then, JsonNode now, List<EntryChange> changes) {
        List<JsonNode> removed = new ArrayList<>();
        then.forEach(removed::add);
        List<JsonNode> added = new ArrayList<>();
        for (JsonNode f : now) {
            int same = indexOfCanonical(removed, f);
            if (same >= 0) removed.remove(same); else added.add(f);
        }
        int changedCount = 0;
        for (Iterator<JsonNode> it = added.iterator(); it.hasNext(); ) {
            JsonNode f = it.next();
            for (int i = 0; i < removed.size(); i++) {
                if (removed.get(i).path("domain").asText().equals(f.path("domain").asText())) {
                    removed.remove(i);
                    it.remove();
                    changedCount++;
                    break;
                }
            }
        }
        count(changes, "findings.added", added.size());
        count(changes, "findings.removed", removed.size());
        count(changes, "findings.changed", changedCount);
    }

    /** Items the same before and after are set aside; pairs of what is left count as changed, the rest as added or removed. */
    private static void listChanges(String name, JsonNode then, JsonNode now, List<EntryChange> changes) {
        List<JsonNode> removed = new ArrayList<>();
        then.forEach(removed::add);
        int added = 0;
        for (JsonNode item : now) {
            int same = indexOfCanonical(removed, item);
            if (same >= 0) removed.remove(same); else added++;
        }
        int paired = Math.min(added, removed.size());
        count(changes, name + ".added", added - paired);
        count(changes, name + ".removed", removed.size() - paired);
        count(changes, name + ".changed", paired);
    }

    private static int indexOfCanonical(List<JsonNode> nodes, JsonNode node) {
        String wanted = canonical(node);
        for (int i = 0; i < nodes.size(); i++) if (canonical(nodes.get(i)).equals(wanted)) return i;
        return -1;
    }

    private static void count(List<EntryChange> changes, String key, int n) {
        if (n > 0) changes.add(EntryChange.of(key, n));
    }

    /**
     * Every source id the entry cites: lists named {@code sources} or {@code descriptionSources}
     * anywhere, and the ids of studies written inside the entry (the format before the source register).
     */
    static Set<String> sources(JsonNode entry) {
        Set<String> ids = new TreeSet<>();
        collectSources(entry, ids);
        for (JsonNode study : entry.path("evidence").path("studies")) {
            if (study.path("id").isTextual()) ids.add(study.path("id").asText());
        }
        return ids;
    }

    private static void collectSources(JsonNode node, Set<String> ids) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if ((field.getKey().equals("sources") || field.getKey().equals("descriptionSources")) && field.getValue().isArray()) {
                    ids.addAll(texts(field.getValue()));
                } else {
                    collectSources(field.getValue(), ids);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectSources(child, ids));
        }
    }

    /** A change outside the fields named one by one: a field added, removed or moved by a new format. */
    private static boolean formatChanged(JsonNode then, JsonNode now) {
        if (!others(then).equals(others(now))) return true;
        Map<String, String> evidenceThen = others(then.path("evidence"), Set.of("level", "outcomes", "studies"));
        Map<String, String> evidenceNow = others(now.path("evidence"), Set.of("level", "outcomes", "studies"));
        boolean studiesMoved = then.path("evidence").has("studies") != now.path("evidence").has("studies");
        return studiesMoved || !evidenceThen.equals(evidenceNow);
    }

    private static Map<String, String> others(JsonNode node) { return others(node, KNOWN); }

    private static Map<String, String> others(JsonNode node, Set<String> known) {
        Map<String, String> rest = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!known.contains(field.getKey())) rest.put(field.getKey(), canonical(field.getValue()));
        }
        return rest;
    }

    private static Set<String> texts(JsonNode list) {
        Set<String> texts = new TreeSet<>();
        for (JsonNode item : list) if (item.isValueNode()) texts.add(item.asText());
        return texts;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    /** The node as text with object keys sorted, so reordered keys do not count as a change. */
    static String canonical(JsonNode node) {
        if (node == null || node instanceof MissingNode || node.isNull()) return "";
        if (node.isObject()) {
            Map<String, String> sorted = new TreeMap<>();
            node.fields().forEachRemaining(f -> sorted.put(f.getKey(), canonical(f.getValue())));
            return "{" + sorted + "}";
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(canonical(item)));
            return items.toString();
        }
        return node.isTextual() ? "\"" + node.asText().strip() + "\"" : node.asText();
    }
}
