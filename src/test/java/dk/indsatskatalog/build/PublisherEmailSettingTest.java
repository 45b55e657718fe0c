package dk.indsatskatalog.build;

import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** indsatskatalog.publisher.email is optional; when set it must be one plain address, since pages build mailto: links from it. */
class PublisherEmailSettingTest {
    private static final String UNSET = "#indsatskatalog.publisher.email=";
    @TempDir Path temp;

    private List<String> problemsWith(String line) throws IOException {
        TestProject project = TestProject.create(Files.createTempDirectory(temp, "case"));
        Path file = project.dir().resolve("jbake.properties");
        String text = Files.readString(file);
        if (!text.contains(UNSET)) throw new IllegalArgumentException("jbake.properties lacks " + UNSET);
        Files.writeString(file, text.replace(UNSET, line));
        return ProjectSettings.problems(project.dir()).stream().map(Problem::toString).toList();
    }

    @Test void unsetOrEmptyIsFine() throws IOException {
        assertEquals(List.of(), problemsWith(UNSET));
        assertEquals(List.of(), problemsWith("indsatskatalog.publisher.email="));
    }

    @Test void aPlainAddressIsFine() throws IOException {
        assertEquals(List.of(), problemsWith("indsatskatalog.publisher.email=redaktion@kommune.example.dk"));
    }

    @Test void anythingAMailtoLinkWouldReadAsMoreIsAProblemAtItsLine() throws IOException {
        int line = Files.readString(TestProject.REPOSITORY.resolve("jbake.properties")).lines().toList().indexOf(UNSET) + 1;
        for (String value : List.of("redaktion", "a@b", "a@b.dk?cc=c@d.dk", "a@b.dk,c@d.dk", "Redaktion <a@b.dk>", "a b@c.dk", "a@b.dk&body=x")) {
            assertEquals(List.of("jbake.properties:" + line + ":1: indsatskatalog.publisher.email: \"" + value + "\" er ikke en e-mailadresse"),
                problemsWith("indsatskatalog.publisher.email=" + value), value);
        }
    }
}
