package dk.indsatskatalog.validate;

import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.site.PageVariables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Free pages, templates and settings: nothing left to fill in and no working words reach a page. */
class PageChecksTest {
    @TempDir Path temp;

    private List<String> problems(TestProject project) {
        return PageChecks.problems(project.dir().resolve("content"), PageVariables.KEYS).stream().map(Problem::toString).toList();
    }

    @Test void theRealPagesTemplatesAndSettingsHaveNothingLeftToFillIn() {
        assertEquals(List.of(), PageChecks.problems(TestProject.REPOSITORY.resolve("content"), PageVariables.KEYS).stream()
            .map(Problem::toString).toList());
    }

    @Test void aPlaceholderAnUnknownVariableAndAWorkingWordInAPageAreReportedAtTheirLine() throws IOException {
        TestProject project = TestProject.create(temp);
        Files.writeString(project.dir().resolve("content/pages/tilgaengelighed.md"), """
            title=Tilgængelighedserklæring
            type=page
            status=published
            ~~~~~~

            [Udgiverens navn] er forpligtet til at skrive til [e-mailadresse].
            Kontakt {{publisher.contact}} eller {{udgiver.telefon}}.
            Det står ikke i faktagrundlaget.
            """);
        assertEquals(List.of(
                "content/pages/tilgaengelighed.md:6:1: \"[Udgiverens navn]\" er tekst, der venter på at blive udfyldt, og må ikke nå ud på sitet",
                "content/pages/tilgaengelighed.md:7:37: variablen {{udgiver.telefon}} findes ikke; brug en af "
                    + "publisher.contact, publisher.name, publisher.url, repository.url, site.url",
                "content/pages/tilgaengelighed.md:8:17: \"faktagrundlag\" er et ord fra redaktionens arbejdsmateriale og må ikke stå i offentlig tekst"),
            problems(project));
    }

    @Test void aPlaceholderInATemplateOrTheSettingsIsReportedAtItsLine() throws IOException {
        TestProject project = TestProject.create(temp);
        Path footer = project.dir().resolve("templates/pages/error404.ftlh");
        Files.writeString(footer, Files.readString(footer) + "<p>Opdateret [dato].</p>\n");
        Path settings = project.dir().resolve("jbake.properties");
        Files.writeString(settings, Files.readString(settings).replace("indsatskatalog.publisher.name=Indsatskatalog",
            "indsatskatalog.publisher.name=[Udgiverens navn]"));
        int footerLine = (int) Files.readString(footer).lines().count();
        int settingsLine = Files.readString(settings).lines().toList().indexOf("indsatskatalog.publisher.name=[Udgiverens navn]") + 1;
        assertEquals(List.of(
                "jbake.properties:" + settingsLine + ":31: \"[Udgiverens navn]\" er tekst, der venter på at blive udfyldt, og må ikke nå ud på sitet",
                "templates/pages/error404.ftlh:" + footerLine + ":14: \"[dato]\" er tekst, der venter på at blive udfyldt, og må ikke nå ud på sitet"),
            problems(project));
    }
}
