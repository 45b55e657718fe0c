package dk.indsatskatalog.render;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** templates/messages.properties and the templates agree: every key a template names exists, and every key is used. */
class MessagesTest {
    /** {@code msg["key"]}, {@code msg["prefix." + x]} and {@code msg.count(n, "key")}. */
    private static final Pattern LITERAL = Pattern.compile("msg\\[\"([^\"]+)\"\\]");
    private static final Pattern PREFIX = Pattern.compile("msg\\[\"([^\"]+)\" \\+");
    private static final Pattern COUNT = Pattern.compile("msg\\.count\\([^,]+, \"([^\"]+)\"\\)");

    @Test void everyKeyATemplateNamesExistsAndEveryKeyIsUsed() throws IOException {
        Set<String> keys = TemplateHarness.messages().keys();
        Set<String> used = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TemplateHarness.TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ftlh")).sorted().toList()) {
                String text = Files.readString(file);
                Matcher m = LITERAL.matcher(text);
                while (m.find()) {
                    used.add(m.group(1));
                    if (!keys.contains(m.group(1))) unknown.add(TemplateHarness.TEMPLATES.relativize(file) + ": " + m.group(1));
                }
                Matcher c = COUNT.matcher(text);
                while (c.find()) {
                    for (String form : List.of(".one", ".other")) {
                        used.add(c.group(1) + form);
                        if (!keys.contains(c.group(1) + form)) unknown.add(TemplateHarness.TEMPLATES.relativize(file) + ": " + c.group(1) + form);
                    }
                }
                Matcher p = PREFIX.matcher(text);
                while (p.find()) prefixes.add(p.group(1));
            }
        }
        assertEquals(List.of(), unknown, "keys the templates name that messages.properties lacks");
        List<String> unused = keys.stream().filter(k -> !used.contains(k) && prefixes.stream().noneMatch(k::startsWith)).sorted().toList();
        assertEquals(List.of(), unused, "keys no template uses");
    }

    @Test void anUnknownKeyFailsInsteadOfPrintingNothing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TemplateHarness.messages().get("no.such.key"));
        assertEquals("messages.properties has no text for \"no.such.key\"", e.getMessage());
    }

    @Test void countsChooseTheSingularForOne() {
        assertEquals(List.of("0 indsatser", "1 indsats", "2 indsatser"),
            List.of(0, 1, 2).stream().map(n -> TemplateHarness.messages().count(n, "count.entry")).toList());
    }
}
