package dk.indsatskatalog.build;

import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** jbake.properties is checked before JBake reads it: each problem at its line. */
class ProjectSettingsTest {
    @TempDir Path temp;

    private List<String> problems(String from, String to) throws IOException {
        TestProject project = TestProject.create(Files.createTempDirectory(temp, "case"));
        Path file = project.dir().resolve("jbake.properties");
        String text = Files.readString(file);
        if (!text.contains(from)) throw new IllegalArgumentException("jbake.properties lacks " + from);
        Files.writeString(file, text.replace(from, to));
        return ProjectSettings.problems(project.dir()).stream().map(Problem::toString).toList();
    }

    @Test void theRealSettingsHaveNoProblems() {
        assertEquals(List.of(), ProjectSettings.problems(TestProject.REPOSITORY));
    }

    @Test void everyRenderedTypeIsATemplateKeyInTheRealSettingsAndViceVersa() throws IOException {
        TreeSet<String> keys = new TreeSet<>();
        for (String key : ProjectSettings.read(Files.readString(TestProject.REPOSITORY.resolve("jbake.properties"))).keySet()) {
            if (key.startsWith("template.") && key.endsWith(".file")) keys.add(key.substring("template.".length(), key.length() - ".file".length()));
        }
        assertEquals(keys, new TreeSet<>(ProjectSettings.RENDERED_TYPES));
    }

    @Test void aTemplateOutsideTheTemplatesFolderIsAProblemAtItsLine() throws IOException {
        assertEquals(List.of("jbake.properties:22:1: template.page.file: skabelonen \"../../../etc/passwd\" skal være en .ftlh-fil i templates/ (fx pages/page.ftlh)"),
            problems("template.page.file=pages/page.ftlh", "template.page.file=../../../etc/passwd"));
    }

    @Test void aTemplateThatIsNotThereOrNotFtlhIsAProblem() throws IOException {
        assertEquals(List.of("jbake.properties:22:1: template.page.file: skabelonen \"pages/nope.ftlh\" skal være en .ftlh-fil i templates/ (fx pages/page.ftlh)"),
            problems("template.page.file=pages/page.ftlh", "template.page.file=pages/nope.ftlh"));
        assertEquals(List.of("jbake.properties:22:1: template.page.file: skabelonen \"pages/../pages/page.ftlh\" skal være en .ftlh-fil i templates/ (fx pages/page.ftlh)"),
            problems("template.page.file=pages/page.ftlh", "template.page.file=pages/../pages/page.ftlh"));
    }

    @Test void aLookupInAValueIsAProblemWhateverItsEscaping() throws IOException {
        assertEquals(List.of("jbake.properties:3:1: site.title: værdien \"${env:GITHUB_TOKEN}\" indeholder ${…}; "
                + "JBake ville slå den op (fx en miljøvariabel eller en fil) og kunne lægge svaret på sitet"),
            problems("site.title=Indsatskatalog", "site.title=$\\{env:GITHUB_TOKEN}"));
    }

    @Test void inputFoldersAreFixed() throws IOException {
        assertEquals(List.of("jbake.properties:18:1: asset.folder: asset.folder skal være \"assets\": byggeriet læser kun fra projektets egne mapper"),
            problems("asset.folder=assets", "asset.folder=/etc"));
    }

    @Test void aMissingSettingIsAProblemAndAContinuationLineIsOneSetting() throws IOException {
        assertEquals(List.of("jbake.properties:1:1: template.history.file: indstillingen template.history.file mangler"),
            problems("template.history.file=pages/history.ftlh", "# no history"));
        assertEquals(List.of(), problems("site.title=Indsatskatalog", "site.title=Indsats\\\n    katalog"));
    }

    @Test void addressesAndNumbersArePlausible() throws IOException {
        assertEquals(List.of("jbake.properties:5:1: site.host: \"indsatskatalog.github.io\" skal være en webadresse, der starter med http:// eller https://"),
            problems("site.host=https://indsatskatalog.github.io/indsatskatalog", "site.host=indsatskatalog.github.io"));
        assertEquals(List.of("jbake.properties:42:1: indsatskatalog.review.months: \"to år\" skal være et helt tal større end 0"),
            problems("indsatskatalog.review.months=24", "indsatskatalog.review.months=to år"));
    }

    @Test void aLegacyCustomPropertiesFileIsAProblem() throws IOException {
        TestProject project = TestProject.create(temp);
        Files.writeString(project.dir().resolve("custom.properties"), "site.title=Overtaget\n");
        assertEquals(List.of("custom.properties:1:1: JBake læser også custom.properties, og den går forud for jbake.properties"),
            ProjectSettings.problems(project.dir()).stream().map(Problem::toString).toList());
    }
}
