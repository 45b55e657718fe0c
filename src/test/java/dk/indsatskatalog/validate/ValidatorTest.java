package dk.indsatskatalog.validate;

import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.load.CatalogueLoader;
import dk.indsatskatalog.problem.Problem;
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

    @Test void rejectsAFindingCitingASourceThatIsNotInTheRegister() {
        assertEquals(List.of(at("unknown-source", 21, 17) + "evidence.outcomes[0].sources[0]: ukendt kilde \"vive-2019\"; "
            + "mente du \"vive-2018\"?"), validate("unknown-source"));
    }

    @Test void rejectsAMalformedUrlInTheSourceFile() {
        assertEquals(List.of("content/kilder/daarlig-adresse.yml:5:1: url: webadressen \"htp:/example.org\" skal starte med "
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

    @Test void rejectsASourceCitedTwiceInOneList() {
        assertEquals(List.of(at("source-cited-twice", 21, 28) + "evidence.outcomes[0].sources[1]: kilden \"vive-2018\" står to gange i samme liste"),
            validate("source-cited-twice"));
    }

    @Test void reportsEveryProblemOfEveryFileAtOnceInPositionOrder() {
        assertEquals(List.of(
                at("several-problems", 7, 16) + "targetGroups[0]: ukendt målgruppe \"bornn\"; mente du \"boern\"?",
                at("several-problems", 12, 1) + "lastReviewed: datoen \"22-11-2026\" skal skrives ÅÅÅÅ-MM-DD, fx 2026-11-22",
                at("several-problems", 21, 17) + "evidence.outcomes[0].sources[0]: ukendt kilde \"vive-2019\"; mente du \"vive-2018\"?",
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
        assertEquals(List.of(at("no-place-or-gap", 23, 1) + "places: indsatsen nævner hverken et sted (places) eller det, "
            + "vi ikke ved (knowledgeGaps)"), validate("no-place-or-gap"));
    }

    @Test void rejectsADescriptionWithoutSources() {
        assertEquals(List.of(at("no-description-source", 24, 1) + "descriptionSources: det påkrævede felt \"descriptionSources\" er tomt"),
            validate("no-description-source"));
    }

    @Test void rejectsAFindingRestingOnNoSource() {
        assertEquals(List.of(at("outcome-without-source", 21, 7) + "evidence.outcomes[0].sources: det påkrævede felt \"sources\" er tomt"),
            validate("outcome-without-source"));
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

    @Test void rejectsAnEffectFindingWhenNoCitedSourceHasAComparison() {
        assertEquals(List.of(at("effect-without-comparison", 16, 7) + "evidence.outcomes[0].kind: et fund af typen \"effect\" er en "
            + "forskel i forhold til en sammenligningsgruppe, men ingen af de citerede kilder har en (deres design: qualitative)"),
            validate("effect-without-comparison"));
    }

    @Test void rejectsAChangeFindingWhenNoCitedSourceMeasuresChange() {
        assertEquals(List.of(at("change-without-measure", 16, 7) + "evidence.outcomes[0].kind: et fund af typen \"change\" er en "
            + "målt forandring over tid, men ingen af de citerede kilder måler før og efter eller sammenligner (deres design: qualitative)"),
            validate("change-without-measure"));
    }

    @Test void rejectsMeasuredChangeInADomainThatRecordsDelivery() {
        assertEquals(List.of(at("kind-domain", 16, 7) + "evidence.outcomes[0].kind: et fund af typen \"change\" passer ikke til "
            + "effektområdet \"gennemfoerelse\", som handler om gennemførelse, ikke forandring"), validate("kind-domain"));
    }

    @Test void acceptsANewsItemCitedBesideTheStudyItReportsOn() {
        assertEquals(List.of(), validate("uses-news"));
    }

    @Test void reportsTextThatAYamlCommentWouldCutOff() {
        assertEquals(List.of(at("text-cut-by-comment", 10, 49) + "resources.deliveredBy: teksten stopper ved \" #\": resten af linjen "
            + "(\"#MEREGADE\") læses som en YAML-kommentar og kommer ikke med"), validate("text-cut-by-comment"));
    }

    @Test void reportsInternalWorkingWordsInPublicText() {
        assertEquals(List.of(
                at("internal-word", 6, 1) + "description: \"faktagrundlag\" er et ord fra redaktionens arbejdsmateriale og må ikke stå i offentlig tekst",
                at("internal-word", 6, 1) + "description: \"indfanget\" er et ord fra redaktionens arbejdsmateriale og må ikke stå i offentlig tekst"),
            validate("internal-word"));
    }

    /** Validates the minimal entry with one more source in the register (cited by the entry when {@code cite}). */
    private List<String> validateWithSource(String source, boolean cite) {
        TestProject project = TestProject.create(temp);
        project.withEntry("gyldig.yml", TestProject.fixtureText("gyldig").replace("descriptionSources: [vive-2018]",
            cite ? "descriptionSources: [vive-2018, " + source + "]" : "descriptionSources: [vive-2018]"));
        project.withSource(source);
        return new Validator().validate(new CatalogueLoader().load(project.dir().resolve("content")))
            .problems().stream().map(Problem::toString).toList();
    }

    private static String source(String id, int line, int column) {
        return "content/kilder/" + id + ".yml:" + line + ":" + column + ": ";
    }

    @Test void rejectsASourceWithNeitherTitleNorDescription() {
        assertEquals(List.of(source("uden-titel", 1, 1) + "en kilde har enten title (kildens egen titel) eller description "
            + "(redaktionens beskrivelse af en kilde uden titel), ikke begge og ikke ingen"), validateWithSource("uden-titel", true));
    }

    @Test void rejectsADesignOnANewsItemThatReportsOnAStudy() {
        assertEquals(List.of(source("nyhed-med-design", 6, 1) + "design: kilden omtaler \"vive-2018\" (reportsOn), så den har ikke sit "
            + "eget design; design og designVerified hører til \"vive-2018\""), validateWithSource("nyhed-med-design", true));
    }

    @Test void rejectsReportsOnOnASourceThatIsNotAWebItem() {
        assertEquals(List.of(source("rapport-med-omtale", 5, 1) + "reportsOn: kun en webside, nyhed eller pressemeddelelse "
            + "(kind: web) kan omtale en anden kilde; denne har kind \"report\""), validateWithSource("rapport-med-omtale", true));
    }

    @Test void rejectsANewsItemAboutAnotherNewsItem() {
        assertEquals(List.of(source("omtale-af-omtale", 5, 1) + "reportsOn: \"nyhed-om-vive\" omtaler selv en anden kilde; "
            + "henvis direkte til den undersøgelse, der omtales"), validateWithSource("omtale-af-omtale", true).stream()
            .filter(p -> !p.contains("bruges ikke")).toList());
    }

    @Test void rejectsADesignThatContradictsTheKindOfSource() {
        assertEquals(List.of(source("praksis-med-rct", 5, 1) + "design: designet \"rct\" passer ikke til kildetypen "
            + "\"practice-description\", som altid har designet \"descriptive\""), validateWithSource("praksis-med-rct", true));
    }

    @Test void rejectsAWebPageThatClaimsAVerifiedDesign() {
        assertEquals(List.of(source("web-efterproevet", 6, 1) + "designVerified: en webside, nyhed eller pressemeddelelse kan ikke "
            + "efterprøve et design; designVerified skal være false"), validateWithSource("web-efterproevet", true));
    }

    @Test void rejectsAVerifiedDesignWithoutSayingHow() {
        assertEquals(List.of(source("efterproevet-uden-grundlag", 6, 1) + "designVerified: designVerified: true kræver designBasis: "
            + "hvor i undersøgelsen designet er efterprøvet"), validateWithSource("efterproevet-uden-grundlag", true));
    }

    @Test void rejectsASourceNoEntryCites() {
        assertEquals(List.of(source("ubrugt", 1, 1) + "kilden \"ubrugt\" bruges ikke af nogen indsats"), validateWithSource("ubrugt", false));
    }

    @Test void rejectsTwoSourceFilesForOnePublication() {
        assertEquals(List.of(source("vive-2018", 5, 1) + "url: adressen https://example.org/rapport står også i "
            + "content/kilder/samme-adresse.yml; samme publikation er én kilde"), validateWithSource("samme-adresse", true));
    }

    /** The minimal entry (level 2) with a change log. */
    private List<String> validateWithChangeLog(String log) throws java.io.IOException {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        java.nio.file.Files.writeString(project.dir().resolve("content/aendringer.yml"), log);
        return new Validator().validate(new CatalogueLoader().load(project.dir().resolve("content")))
            .problems().stream().map(Problem::toString).toList();
    }

    @Test void acceptsAChangeLogWhoseNewestChangeMatchesTheLevelToday() throws java.io.IOException {
        assertEquals(List.of(), validateWithChangeLog("""
            releases:
              - date: 2026-12-07
                title: Ny vurdering
                changes:
                  - {entry: gyldig, from: 3, to: 2, reason: Interview tæller nu som erfaringer.}
              - date: 2026-01-01
                title: Første vurdering
                changes:
                  - {entry: gyldig, from: 1, to: 3, reason: En måling kom til.}
            """));
    }

    /** The change log's dates are checked as an entry's are, with the same messages. */
    @Test void rejectsAChangeLogDateThatDoesNotExist() throws java.io.IOException {
        assertEquals(List.of("content/aendringer.yml:2:5: releases[0].date: datoen \"2026-02-30\" findes ikke"), validateWithChangeLog("""
            releases:
              - date: 2026-02-30
                title: Ny vurdering
                changes:
                  - {entry: gyldig, from: 3, to: 2, reason: Interview tæller nu som erfaringer.}
            """));
    }

    @Test void rejectsALoggedLevelThatNoLongerMatchesTheEntry() throws java.io.IOException {
        assertEquals(List.of("content/aendringer.yml:5:34: releases[0].changes[0].to: \"gyldig\" har nu niveau 2, "
                + "men den nyeste ændring her siger 3"),
            validateWithChangeLog("""
                releases:
                  - date: 2026-12-07
                    title: Ny vurdering
                    changes:
                      - {entry: gyldig, from: 2, to: 3, reason: En måling kom til.}
                """));
    }

    @Test void rejectsAnUnknownEntryReleasesOutOfOrderAndAChangeThatChangesNothing() throws java.io.IOException {
        assertEquals(List.of(
                "content/aendringer.yml:5:10: releases[0].changes[0].entry: der findes ingen indsats \"gyldg\"; mente du \"gyldig\"?",
                "content/aendringer.yml:6:5: releases[1].date: udgivelsen dateret 2026-12-01 står under en ældre; "
                    + "den nyeste udgivelse skal stå øverst",
                "content/aendringer.yml:9:9: releases[1].changes[0]: niveau og markering er de samme før og efter; "
                    + "der er ingen ændring at begrunde"),
            validateWithChangeLog("""
                releases:
                  - date: 2026-01-01
                    title: Første
                    changes:
                      - {entry: gyldg, from: 1, to: 2, reason: Ny.}
                  - date: 2026-12-01
                    title: Anden
                    changes:
                      - {entry: gyldig, from: 2, to: 2, reason: Ingenting.}
                """));
    }

    @Test void rejectsAFileOverTheSizeLimit() {
        TestProject project = TestProject.create(temp)
            .withEntry("stor.yml", TestProject.fixtureText("gyldig").replace("slug: gyldig", "slug: stor")
                + "# " + "x".repeat(300_000) + "\n");
        List<String> problems = new Validator().validate(new CatalogueLoader().load(project.dir().resolve("content")))
            .problems().stream().map(Problem::toString).toList();
        assertEquals(List.of("content/interventions/stor.yml:1:1: filen er 300642 byte; grænsen er 262144 byte"), problems);
    }
}
