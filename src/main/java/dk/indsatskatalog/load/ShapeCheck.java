package dk.indsatskatalog.load;

import com.fasterxml.jackson.databind.JsonNode;

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
 */
public final class ShapeCheck {
    private ShapeCheck() {}

    public static void check(JsonNode node, Class<?> type, String path, PositionIndex positions, List<Problem> problems) {
        checkValue(node, type, path, positions, problems);
    }

    private static void checkValue(JsonNode node, Type type, String path, PositionIndex at, List<Problem> problems) {
        if (node.isNull()) return; // emptiness is judged by @Required on the parent
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            if (!node.isArray()) {
                problems.add(at.problem(path, "expected a list, found " + describe(node)));
                return;
            }
            Type element = list.getActualTypeArguments()[0];
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String itemPath = PositionIndex.item(path, i);
                if (item.isNull()) problems.add(at.problem(itemPath, "list item is empty"));
                else checkValue(item, element, itemPath, at, problems);
            }
        } else if (type == String.class) {
            if (!node.isValueNode()) problems.add(at.problem(path, "expected text, found " + describe(node)));
            else if (node.isBoolean()) problems.add(at.problem(path, "expected text, found " + node.asText()
                + " (quote it if you mean the word)"));
        } else if (type == Boolean.class) {
            if (!node.isBoolean()) problems.add(at.problem(path, "expected true or false, found " + describe(node)));
        } else if (type == Integer.class || type == Long.class) {
            long limit = type == Integer.class ? Integer.MAX_VALUE : Long.MAX_VALUE;
            if (!node.isIntegralNumber()) problems.add(at.problem(path, "expected a whole number, found " + describe(node)));
            else if (node.bigIntegerValue().abs().compareTo(BigInteger.valueOf(limit)) > 0)
                problems.add(at.problem(path, "number " + node.asText() + " is too large"));
        } else if (type instanceof Class<?> record && record.isRecord()) {
            checkRecord(node, record, path, at, problems);
        } else {
            throw new IllegalStateException("unsupported document type " + type + " at " + path);
        }
    }

    private static void checkRecord(JsonNode node, Class<?> record, String path, PositionIndex at, List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(at.problem(path, "expected a mapping of fields, found " + describe(node)));
            return;
        }
        RecordComponent[] components = record.getRecordComponents();
        List<String> known = Arrays.stream(components).map(RecordComponent::getName).toList();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            String name = fields.next().getKey();
            if (!known.contains(name)) {
                problems.add(at.problem(PositionIndex.child(path, name),
                    "unknown field \"" + name + "\"" + DidYouMean.hint(name, known)));
            }
        }
        for (RecordComponent component : components) {
            String childPath = PositionIndex.child(path, component.getName());
            JsonNode child = node.get(component.getName());
            Required required = component.getAnnotation(Required.class);
            if (required != null && isMissing(child, required.nullAllowed())) {
                problems.add(at.problem(childPath, child == null
                    ? "required field \"" + component.getName() + "\" is missing"
                    : "required field \"" + component.getName() + "\" is empty"));
            } else if (child != null) {
                checkValue(child, component.getGenericType(), childPath, at, problems);
            }
        }
    }

    private static boolean isMissing(JsonNode child, boolean nullAllowed) {
        if (child == null) return true;
        if (child.isNull()) return !nullAllowed;
        if (child.isTextual()) return child.asText().isBlank();
        if (child.isArray()) return child.isEmpty();
        return false;
    }

    private static String describe(JsonNode node) {
        if (node.isObject()) return "a mapping";
        if (node.isArray()) return "a list";
        if (node.isNumber()) return "the number " + node.asText();
        if (node.isBoolean()) return node.asText();
        return "\"" + node.asText() + "\"";
    }
}
