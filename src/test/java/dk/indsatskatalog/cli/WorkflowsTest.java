package dk.indsatskatalog.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dk.indsatskatalog.TestProject;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GitHub files parse, and what the workflows run exists in this project: every
 * {@code java -jar target/indsatskatalog.jar …} line is a command with options picocli accepts,
 * every script is there and executable, and the jar name is the one Maven builds.
 */
class WorkflowsTest {
    private static final Path GITHUB = TestProject.REPOSITORY.resolve(".github");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Pattern JAR = Pattern.compile("java -jar (\\S+) ([^\\n]*)");
    private static final Pattern SCRIPT = Pattern.compile("(?:^|\\s)((?:scripts|bench)/[\\w./-]+\\.sh)");

    private static List<Path> files(String dir) throws IOException {
        try (Stream<Path> s = Files.list(GITHUB.resolve(dir))) {
            return s.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    private static List<String> runLines() throws IOException {
        List<String> runs = new ArrayList<>();
        for (Path file : files("workflows")) {
            for (JsonNode job : YAML.readTree(file.toFile()).path("jobs")) {
                for (JsonNode step : job.path("steps")) if (step.has("run")) runs.add(step.get("run").asText());
            }
        }
        return runs;
    }

    @Test void everyWorkflowAndIssueFormParsesAndHasItsKeys() throws IOException {
        List<Path> workflows = files("workflows");
        assertEquals(List.of("pages.yml", "pr.yml"), workflows.stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : workflows) {
            JsonNode root = YAML.readTree(file.toFile());
            assertTrue(root.path("name").isTextual() && root.path("jobs").size() > 0, file + " lacks name or jobs");
            for (JsonNode job : root.path("jobs")) assertTrue(job.path("runs-on").isTextual(), file + ": a job lacks runs-on");
        }
        for (Path file : files("ISSUE_TEMPLATE")) {
            JsonNode root = YAML.readTree(file.toFile());
            assertTrue(root.path("name").isTextual() && root.path("body").isArray(), file + " is not an issue form");
        }
        assertTrue(Files.isRegularFile(GITHUB.resolve("pull_request_template.md")));
    }

    @Test void everyJarCommandTheWorkflowsRunParses() throws IOException {
        int commands = 0;
        for (String run : runLines()) {
            Matcher m = JAR.matcher(run);
            while (m.find()) {
                assertEquals("target/indsatskatalog.jar", m.group(1), "the jar Maven builds (finalName in pom.xml)");
                String args = m.group(2).split(">>|\\||&&|;")[0].strip();
                List<String> words = new ArrayList<>();
                Matcher w = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(args);
                while (w.find()) words.add(w.group(1) != null ? w.group(1) : w.group(2));
                CommandLine line = Main.commandLine();
                line.parseArgs(words.toArray(String[]::new)); // throws on an unknown command or option
                commands++;
            }
        }
        assertEquals(6, commands, "validate, changes, schema, build in pr.yml; validate, build in pages.yml");
    }

    @Test void everyScriptTheWorkflowsRunExistsAndIsExecutable() throws IOException {
        int scripts = 0;
        for (String run : runLines()) {
            Matcher m = SCRIPT.matcher(run);
            while (m.find()) {
                Path script = TestProject.REPOSITORY.resolve(m.group(1));
                assertTrue(Files.isRegularFile(script) && Files.isExecutable(script), m.group(1) + " is missing or not executable");
                scripts++;
            }
        }
        assertTrue(scripts >= 1, "the pull-request workflow runs the test script");
    }

    @Test void thePagesWorkflowFetchesTheWholeHistoryForTheHistoryPages() throws IOException {
        JsonNode steps = YAML.readTree(GITHUB.resolve("workflows/pages.yml").toFile()).path("jobs").path("build").path("steps");
        assertEquals("actions/checkout@v4", steps.get(0).path("uses").asText());
        assertEquals(0, steps.get(0).path("with").path("fetch-depth").asInt(-1));
    }
}
