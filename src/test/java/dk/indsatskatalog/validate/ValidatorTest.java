package dk.indsatskatalog.validate;

import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.load.CatalogueLoader;
import dk.indsatskatalog.load.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule, with its whole message and position, on a minimal entry with exactly one defect. */
class ValidatorTest {
    @TempDir Path temp;

    private List<String> validate(String... fixtures) {
        TestProject project = TestProject.create(temp);
        for (String f : fixtures) project.withFixture(f);
        Validation v = new Validator().validate(new CatalogueLoader().load(project.dir().resolve("content")));
        return v.problems().stream().map(Problem::toString).toList();
    }

    private static String at(String fixture, int line, int column) {
        return "content/interventions/" + fixture + ".yml:" + line + ":" + column + ": ";
    }

    @Test void acceptsTheMinimalValidEntry() {
        assertEquals(List.of(), validate("gyldig"));
    }

    @Test void reportsYamlSyntaxErrorsWithTheirPosition() {
        List<String> problems = validate("yaml-syntax");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith(at("yaml-syntax", 8, 7) + "YAML syntax error: while parsing a flow sequence"), problems.get(0));
    }

    @Test void rejectsAWrongType() {
        assertEquals(List.of(at("wrong-type", 7, 1) + "targetGroups: expected a list, found \"boern\""), validate("wrong-type"));
    }

    @Test void rejectsAMissingRequiredField() {
        assertEquals(List.of(at("missing-field", 9, 1) + "resources.deliveredBy: required field \"deliveredBy\" is missing"),
            validate("missing-field"));
    }

    @Test void rejectsAnUnknownFieldAndSuggestsTheClosest() {
        assertEquals(List.of(
                at("unknown-field", 1, 1) + "summary: required field \"summary\" is missing",
                at("unknown-field", 4, 1) + "summery: unknown field \"summery\"; did you mean \"summary\"?"),
            validate("unknown-field"));
    }

    @Test void rejectsAnUnknownTaxonomyCodeAndSuggestsTheClosest() {
        assertEquals(List.of(at("unknown-code", 7, 16) + "targetGroups[0]: unknown target group \"bornn\"; did you mean \"boern\"?"),
            validate("unknown-code"));
    }

    @Test void rejectsASlugThatDiffersFromTheFileName() {
        assertEquals(List.of(at("slug-mismatch", 1, 1) + "slug: slug \"noget-andet\" does not match the file name "
            + "\"slug-mismatch.yml\"; rename the file or change the slug"), validate("slug-mismatch"));
    }

    @Test void rejectsAnIllFormedSlug() {
        assertEquals(List.of(at("ill-formed-slug", 1, 1) + "slug: slug \"Daarlig_Slug\" must be 2–60 lower-case letters, "
            + "digits and single hyphens (e.g. \"lektiecafe\")"), validate("ill-formed-slug"));
    }

    @Test void rejectsARelatedSlugThatDoesNotExist() {
        assertEquals(List.of(at("related-missing", 12, 11) + "related[0]: no entry \"findes-ikke\""), validate("related-missing"));
    }

    @Test void acceptsARelatedSlugThatExists() {
        TestProject project = TestProject.create(temp).withFixture("gyldig")
            .withEntry("anden.yml", TestProject.fixtureText("gyldig").replace("slug: gyldig", "slug: anden")
                .replace("lastReviewed:", "related: [gyldig]\nlastReviewed:"));
        assertEquals(List.of(), new Validator().validate(new CatalogueLoader().load(project.dir().resolve("content"))).problems());
    }

    @Test void rejectsAnOutcomeCitingAnUnknownStudy() {
        assertEquals(List.of(at("unknown-study", 27, 17) + "evidence.outcomes[0].studies[0]: unknown study \"vive-2019\"; "
            + "did you mean \"vive-2018\"?"), validate("unknown-study"));
    }

    @Test void rejectsAMalformedUrl() {
        assertEquals(List.of(at("malformed-url", 19, 7) + "evidence.studies[0].url: URL \"htp:/example.org\" must start with "
            + "http:// or https:// and name a host"), validate("malformed-url"));
    }

    @Test void rejectsADateThatDoesNotExist() {
        assertEquals(List.of(at("malformed-date", 12, 1) + "lastReviewed: date \"2026-13-45\" does not exist"), validate("malformed-date"));
    }

    @Test void rejectsALevelTheStudiesCannotCarry() {
        assertEquals(List.of(at("over-claim", 14, 3) + "evidence.level: claims 4, the cited studies support 2 "
            + "(Dokumenteret praksis); add the studies that carry the claim or lower it"), validate("over-claim"));
    }

    @Test void rejectsALevelBelowWhatTheStudiesCarry() {
        assertEquals(List.of(at("under-claim", 14, 3) + "evidence.level: claims 1, but the cited studies support 2 "
            + "(Dokumenteret praksis); the level is derived from the studies, so write 2 or leave it out"), validate("under-claim"));
    }

    @Test void rejectsDuplicateKeys() {
        assertEquals(List.of(at("duplicate-key", 7, 1) + "description: duplicate key \"description\"; each field may appear once"),
            validate("duplicate-key"));
    }

    @Test void rejectsYamlAliasesSoNoAliasBombCanExpand() {
        assertEquals(List.of(at("yaml-alias", 4, 11) + "summary2: YAML aliases (*navn) are not allowed; write the value out"),
            validate("yaml-alias"));
    }

    @Test void rejectsAStudyIdUsedTwice() {
        assertEquals(List.of(at("duplicate-study-id", 23, 7) + "evidence.studies[1].id: study id \"vive-2018\" is used twice in this entry"),
            validate("duplicate-study-id"));
    }

    @Test void reportsEveryProblemOfEveryFileAtOnceInPositionOrder() {
        assertEquals(List.of(
                at("several-problems", 7, 16) + "targetGroups[0]: unknown target group \"bornn\"; did you mean \"boern\"?",
                at("several-problems", 12, 1) + "lastReviewed: date \"22-11-2026\" must be written YYYY-MM-DD, e.g. 2026-11-22",
                at("several-problems", 27, 17) + "evidence.outcomes[0].studies[0]: unknown study \"vive-2019\"; did you mean \"vive-2018\"?",
                at("unknown-field", 1, 1) + "summary: required field \"summary\" is missing",
                at("unknown-field", 4, 1) + "summery: unknown field \"summery\"; did you mean \"summary\"?"),
            validate("several-problems", "unknown-field", "gyldig"));
    }

    @Test void rejectsAFileOverTheSizeLimit() {
        TestProject project = TestProject.create(temp)
            .withEntry("stor.yml", TestProject.fixtureText("gyldig").replace("slug: gyldig", "slug: stor")
                + "# " + "x".repeat(300_000) + "\n");
        List<String> problems = new Validator().validate(new CatalogueLoader().load(project.dir().resolve("content")))
            .problems().stream().map(Problem::toString).toList();
        assertEquals(List.of("content/interventions/stor.yml:1:1: file is 300606 bytes; the limit is 262144 bytes"), problems);
    }
}
