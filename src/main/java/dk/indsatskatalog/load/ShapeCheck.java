package dk.indsatskatalog.load;

import dk.indsatskatalog.problem.DidYouMean;
import dk.indsatskatalog.problem.PositionIndex;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.problem.ProblemCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares a YAML tree with the document record it should fill, before Jackson binds it: unknown
 * fields (with a suggestion), wrong types and missing required fields, all at once and each at its
 * position. After a clean check, binding cannot fail on shape.
 *
 * <p>{@link #checkAndRepair} also returns a copy of the tree that binds whatever was wrong: an
 * ill-typed optional value is left out, an ill-typed, missing or empty required value becomes a
 * neutral one of the right type (empty text, empty list, a mapping of such values). The validator
 * then still checks the rest of the file, so one type error does not hide a bad date elsewhere.
 */
public final class ShapeCheck {
    private ShapeCheck() {}

    public static void check(JsonNode node, Class<?> type, String path, PositionIndex positions, List<Problem> problems) {
        checkAndRepair(node, type, path, positions, problems);
    }

    /** Reports like {@link #check} and returns the tree repaired so it binds to {@code type}. */
    public static JsonNode checkAndRepair(JsonNode node, Class<?> type, String path, PositionIndex positions, List<Problem> problems) {
        JsonNode repaired = checkValue(node, type, path, positions, problems);
        return repaired != null ? repaired : neutral(type);
    }

    /** The value as it may be bound, or null when it is ill-typed (reported here). */
    private static JsonNode checkValue(JsonNode node, Type type, String path, PositionIndex at, List<Problem> problems) {
        if (node.isNull()) return node; // emptiness is judged by @Required on the parent
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            if (!node.isArray()) {
                problems.add(at.problem(path, ProblemCode.EXPECTED_LIST, describe(node)));
                return null;
            }
            Type element = list.getActualTypeArguments()[0];
            ArrayNode items = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String itemPath = PositionIndex.item(path, i);
                JsonNode repaired = null;
                if (item.isNull()) problems.add(at.problem(itemPath, ProblemCode.EMPTY_LIST_ITEM));
                else repaired = checkValue(item, element, itemPath, at, problems);
                items.add(repaired != null ? repaired : neutral(element)); // keeps the later items' indexes
            }
            return items;
        } else if (type == String.class) {
            if (!node.isValueNode()) problems.add(at.problem(path, ProblemCode.EXPECTED_TEXT, describe(node)));
            else if (node.isBoolean()) problems.add(at.problem(path, ProblemCode.EXPECTED_TEXT_NOT_BOOLEAN, node.asText()));
            else return node;
            return null;
        } else if (type == Boolean.class) {
            if (node.isBoolean()) return node;
            problems.add(at.problem(path, ProblemCode.EXPECTED_BOOLEAN, describe(node)));
            return null;
        } else if (type == Integer.class || type == Long.class) {
            long limit = type == Integer.class ? Integer.MAX_VALUE : Long.MAX_VALUE;
            if (!node.isIntegralNumber()) problems.add(at.problem(path, ProblemCode.EXPECTED_WHOLE_NUMBER, describe(node)));
            else if (node.bigIntegerValue().abs().compareTo(BigInteger.valueOf(limit)) > 0)
                problems.add(at.problem(path, ProblemCode.NUMBER_TOO_LARGE, node.asText()));
            else return node;
            return null;
        } else if (type instanceof Class<?> record && record.isRecord()) {
            return checkRecord(node, record, path, at, problems);
        } else {
            throw new IllegalStateException("unsupported document type " + type + " at " + path);
        }
    }

    private static JsonNode checkRecord(JsonNode node, Class<?> record, String path, PositionIndex at, List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(at.problem(path, ProblemCode.EXPECTED_MAPPING, describe(node)));
            return null;
        }
        RecordComponent[] components = record.getRecordComponents();
        List<String> known = Arrays.stream(components).map(RecordComponent::getName).toList();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            String name = fields.next().getKey();
            if (!known.contains(name)) {
                problems.add(at.problem(PositionIndex.child(path, name),
                    ProblemCode.UNKNOWN_FIELD, name, DidYouMean.hint(name, known)));
            }
        }
        ObjectNode repaired = JsonNodeFactory.instance.objectNode();
        for (RecordComponent component : components) {
            String childPath = PositionIndex.child(path, component.getName());
            JsonNode child = node.get(component.getName());
            Required required = component.getAnnotation(Required.class);
            if (required != null && isMissing(child, required.nullAllowed())) {
                problems.add(at.problem(childPath, child == null ? ProblemCode.REQUIRED_MISSING : ProblemCode.REQUIRED_EMPTY,
                    component.getName()));
                repaired.set(component.getName(), neutral(component.getGenericType()));
            } else if (child != null) {
                JsonNode value = checkValue(child, component.getGenericType(), childPath, at, problems);
                if (value != null) repaired.set(component.getName(), value);
                else if (required != null) repaired.set(component.getName(), neutral(component.getGenericType()));
            }
        }
        OneOfRequired oneOf = record.getAnnotation(OneOfRequired.class);
        if (oneOf != null && Arrays.stream(oneOf.fields()).allMatch(f -> isMissing(node.get(f), false))) {
            problems.add(at.problem(PositionIndex.child(path, oneOf.fields()[0]), oneOf.code()));
        }
        return repaired;
    }

    /** A value of {@code type} that binds and says nothing: empty text, an empty list, no number, a mapping of required neutral values. */
    private static JsonNode neutral(Type type) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) return JsonNodeFactory.instance.arrayNode();
        if (type == String.class) return JsonNodeFactory.instance.textNode("");
        if (type instanceof Class<?> record && record.isRecord()) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            for (RecordComponent component : record.getRecordComponents()) {
                if (component.isAnnotationPresent(Required.class)) object.set(component.getName(), neutral(component.getGenericType()));
            }
            return object;
        }
        return JsonNodeFactory.instance.nullNode();
    }

    private static boolean isMissing(JsonNode child, boolean nullAllowed) {
        if (child == null) return true;
        if (child.isNull()) return !nullAllowed;
        if (child.isTextual()) return child.asText().isBlank();
        if (child.isArray()) return child.isEmpty();
        return false;
    }

    /** What a value is, in the loader's Danish words ("en liste", "tallet 3"), for messages; text as a short excerpt. */
    public static String describe(JsonNode node) {
        if (node.isObject()) return "felter";
        if (node.isArray()) return "en liste";
        if (node.isNumber()) return "tallet " + node.asText();
        if (node.isBoolean()) return node.asText();
        return "\"" + ProblemCode.excerpt(node.asText()) + "\"";
    }
}
