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
        assertTrue(problems.get(0).startsWith(at("yaml-syntax", 8, 7) + "YAML-syntaksfejl: while parsing a flow sequence"), problems.get(0));
    }

    @Test void rejectsAWrongType() {
        assertEquals(List.of(at("wrong-type", 7, 1) + "targetGroups: forventede en liste, fandt \"boern\""), validate("wrong-type"));
    }

    @Test void rejectsAMissingRequiredField() {
        assertEquals(List.of(at("missing-field", 9, 1) + "resources.deliveredBy: det påkrævede felt \"deliveredBy\" mangler"),
            validate("missing-field"));
    }

    @Test void rejectsAnUnknownFieldAndSuggestsTheClosest() {
        assertEquals(List.of(
                at("unknown-field", 1, 1) + "summary: det påkrævede felt \"summary\" mangler",
                at("unknown-field", 4, 1) + "summery: ukendt felt \"summery\"; mente du \"summary\"?"),
            validate("unknown-field"));
    }

    @Test void rejectsAnUnknownTaxonomyCodeAndSuggestsTheClosest() {
        assertEquals(List.of(at("unknown-code", 7, 16) + "targetGroups[0]: ukendt målgruppe \"bornn\"; mente du \"boern\"?"),
            validate("unknown-code"));
    }

    @Test void rejectsASlugThatDiffersFromTheFileName() {
        assertEquals(List.of(at("slug-mismatch", 1, 1) + "slug: slug \"noget-andet\" passer ikke med filnavnet "
            + "\"slug-mismatch.yml\"; omdøb filen eller ret slug"), validate("slug-mismatch"));
    }

    @Test void rejectsAnIllFormedSlug() {
        assertEquals(List.of(at("ill-formed-slug", 1, 1) + "slug: slug \"Daarlig_Slug\" skal være 2–60 små bogstaver (a–z), "
            + "cifre og enkelte bindestreger (fx \"lektiecafe\")"), validate("ill-formed-slug"));
    }

    @Test void rejectsARelatedSlugThatDoesNotExist() {
        assertEquals(List.of(at("related-missing", 12, 11) + "related[0]: der findes ingen indsats \"findes-ikke\""), validate("related-missing"));
    }

    @Test void acceptsARelatedSlugThatExistsAndLinksBack() {
        TestProject project = TestProject.create(temp)
            .withEntry("gyldig.yml", TestProject.fixtureText("gyldig").replace("lastReviewed:", "related: [anden]\nlastReviewed:"))
            .withEntry("anden.yml", TestProject.fixtureText("gyldig").replace("slug: gyldig", "slug: anden")
                .replace("lastReviewed:", "related: [gyldig]\nlastReviewed:"));
        assertEquals(List.of(), new Validator().validate(new CatalogueLoader().load(project.dir().resolve("content"))).problems());
    }

    @Test void rejectsAnOutcomeCitingAnUnknownStudy() {
        assertEquals(List.of(at("unknown-study", 27, 17) + "evidence.outcomes[0].studies[0]: ukendt kilde \"vive-2019\"; "
            + "mente du \"vive-2018\"?"), validate("unknown-study"));
    }

    @Test void rejectsAMalformedUrl() {
        assertEquals(List.of(at("malformed-url", 19, 7) + "evidence.studies[0].url: webadressen \"htp:/example.org\" skal starte med "
            + "http:// eller https:// og have et domæne"), validate("malformed-url"));
    }

    @Test void rejectsADateThatDoesNotExist() {
        assertEquals(List.of(at("malformed-date", 12, 1) + "lastReviewed: datoen \"2026-13-45\" findes ikke"), validate("malformed-date"));
    }

    @Test void rejectsALevelTheStudiesCannotCarry() {
        assertEquals(List.of(at("over-claim", 14, 3) + "evidence.level: angiver 4, men de citerede kilder bærer 2 "
            + "(Dokumenteret praksis); tilføj de kilder, der bærer niveauet, eller sænk det"), validate("over-claim"));
    }

    @Test void rejectsALevelBelowWhatTheStudiesCarry() {
        assertEquals(List.of(at("under-claim", 14, 3) + "evidence.level: angiver 1, men de citerede kilder bærer 2 "
            + "(Dokumenteret praksis); niveauet udledes af kilderne, så skriv 2 eller udelad det"), validate("under-claim"));
    }

    @Test void rejectsDuplicateKeys() {
        assertEquals(List.of(at("duplicate-key", 7, 1) + "description: feltet \"description\" står to gange; hvert felt må kun stå én gang"),
            validate("duplicate-key"));
    }

    @Test void rejectsYamlAliasesSoNoAliasBombCanExpand() {
        assertEquals(List.of(at("yaml-alias", 4, 11) + "summary2: YAML-aliaser (*navn) er ikke tilladt; skriv værdien ud"),
            validate("yaml-alias"));
    }

    @Test void rejectsAStudyIdUsedTwice() {
        assertEquals(List.of(at("duplicate-study-id", 23, 7) + "evidence.studies[1].id: kilde-id \"vive-2018\" bruges to gange i denne indsats"),
            validate("duplicate-study-id"));
    }

    @Test void reportsEveryProblemOfEveryFileAtOnceInPositionOrder() {
        assertEquals(List.of(
                at("several-problems", 7, 16) + "targetGroups[0]: ukendt målgruppe \"bornn\"; mente du \"boern\"?",
                at("several-problems", 12, 1) + "lastReviewed: datoen \"22-11-2026\" skal skrives ÅÅÅÅ-MM-DD, fx 2026-11-22",
                at("several-problems", 27, 17) + "evidence.outcomes[0].studies[0]: ukendt kilde \"vive-2019\"; mente du \"vive-2018\"?",
                at("unknown-field", 1, 1) + "summary: det påkrævede felt \"summary\" mangler",
                at("unknown-field", 4, 1) + "summery: ukendt felt \"summery\"; mente du \"summary\"?"),
            validate("several-problems", "unknown-field", "gyldig"));
    }

    @Test void rejectsAMissingEnglishNameAndABlankEnglishSummary() {
        assertEquals(List.of(
                at("english-missing", 2, 1) + "name.en: det påkrævede felt \"en\" mangler",
                at("english-missing", 4, 3) + "summary.en: det påkrævede felt \"en\" er tomt"),
            validate("english-missing"));
    }

    @Test void rejectsAnEntryWithoutSearchWords() {
        assertEquals(List.of(at("search-words-missing", 1, 1) + "searchWords: det påkrævede felt \"searchWords\" mangler"),
            validate("search-words-missing"));
    }

    @Test void rejectsAnEntryWithNeitherAPlaceNorAKnowledgeGap() {
        assertEquals(List.of(at("no-place-or-gap", 29, 1) + "places: indsatsen nævner hverken et sted (places) eller det, "
            + "vi ikke ved (knowledgeGaps)"), validate("no-place-or-gap"));
    }

    @Test void rejectsAnEntryCitingNoStudy() {
        assertEquals(List.of(at("no-study", 14, 3) + "evidence.studies: det påkrævede felt \"studies\" er tomt"), validate("no-study"));
    }

    @Test void rejectsAnOutcomeRestingOnNoStudy() {
        assertEquals(List.of(at("outcome-without-study", 27, 7) + "evidence.outcomes[0].studies: det påkrævede felt \"studies\" er tomt"),
            validate("outcome-without-study"));
    }

    @Test void rejectsARelatedLinkThatDoesNotPointBackAndNamesTheOtherFile() {
        assertEquals(List.of(
                at("related-elsewhere", 12, 11) + "related[0]: \"related-back-missing\" henviser ikke tilbage hertil; "
                    + "tilføj \"related-elsewhere\" under related i content/interventions/related-back-missing.yml",
                at("related-one-way", 12, 11) + "related[0]: \"related-back-missing\" henviser ikke tilbage hertil; "
                    + "tilføj \"related-one-way\" under related i content/interventions/related-back-missing.yml",
                at("related-one-way", 12, 33) + "related[1]: \"related-elsewhere\" henviser ikke tilbage hertil; "
                    + "tilføj \"related-one-way\" under related i content/interventions/related-elsewhere.yml:12:1"),
            validate("related-one-way", "related-back-missing", "related-elsewhere"));
    }

    @Test void rejectsASecondTitleForOneSourceUrlAndNamesTheFirst() {
        assertEquals(List.of(at("other-title", 17, 7) + "evidence.studies[0].title: kilden https://example.org/rapport hedder "
                + "\"En evaluering\" i content/interventions/gyldig.yml:17:7; her står \"En evaluering af lektiehjælp\""),
            validate("gyldig", "other-title"));
    }

    @Test void rejectsAFileOverTheSizeLimit() {
        TestProject project = TestProject.create(temp)
            .withEntry("stor.yml", TestProject.fixtureText("gyldig").replace("slug: gyldig", "slug: stor")
                + "# " + "x".repeat(300_000) + "\n");
        List<String> problems = new Validator().validate(new CatalogueLoader().load(project.dir().resolve("content")))
            .problems().stream().map(Problem::toString).toList();
        assertEquals(List.of("content/interventions/stor.yml:1:1: filen er 300743 byte; grænsen er 262144 byte"), problems);
    }
}
