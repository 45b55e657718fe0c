package dk.indsatskatalog.render;

import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Free pages that would escape the output, overwrite a generated page, vanish or break the render are problems at their line. */
class FreePagesTest {
    @TempDir Path temp;

    private static final String HEADER = "title=En side\ntype=page\nstatus=published\n~~~~~~\n";

    @Test void theRealPagesHaveNoProblems() {
        assertEquals(List.of(), FreePages.problems(TestProject.REPOSITORY));
    }

    @Test void reportsEveryPageThatCannotBeRenderedWhereItBelongs() throws IOException {
        TestProject project = TestProject.create(temp);
        Path pages = project.dir().resolve("content/pages");
        Files.writeString(pages.resolve("...md"), HEADER + "Til target/index.html\n");
        Files.writeString(pages.resolve("indsatser.md"), HEADER + "Over listen\n");
        Files.writeString(pages.resolve("soeg.md"), HEADER + "Over søgningen\n");
        Files.writeString(pages.resolve("css.md"), HEADER + "I assets' mappe\n");
        Files.writeString(pages.resolve("Om.md"), HEADER);
        Files.writeString(pages.resolve("con.md"), HEADER);
        Files.writeString(pages.resolve("uden-hoved.md"), "Bare tekst\n");
        Files.writeString(pages.resolve("forkert.md"), "title=\ntype=intervention\nstatus=draft\nløs linje\n~~~~~~\nx\n");
        Files.writeString(pages.resolve("dyb.md"), HEADER + "Først\n\n" + ">".repeat(1000) + " dybt\n");
        Files.write(pages.resolve("latin1.md"), (HEADER + "bl\u00e5b\u00e6r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.writeString(pages.resolve("noter.txt"), "x");
        Files.createDirectories(pages.resolve("undermappe"));
        Files.writeString(pages.resolve(".hidden"), "editor state");
        String taken = ": siden \"%s\" har samme adresse (%s/) som sider eller filer, byggeriet selv laver, og ville blive overskrevet";
        assertEquals(List.of(
            "content/pages/...md:1:1: sidens navn \"..\" skal være små bogstaver (a–z), cifre og enkelte bindestreger; det bliver sidens adresse",
            "content/pages/Om.md:1:1: sidens navn \"Om\" skal være små bogstaver (a–z), cifre og enkelte bindestreger; det bliver sidens adresse",
            "content/pages/con.md:1:1: \"con\" er et reserveret navn i Windows og kan ikke bruges som filnavn",
            "content/pages/css.md:1:1" + taken.formatted("css", "css"),
            "content/pages/dyb.md:7:1: teksten er indlejret i mere end 32 niveauer (citater, lister eller fremhævninger inden i hinanden)",
            "content/pages/forkert.md:1:1: title: siden mangler en titel (title=…)",
            "content/pages/forkert.md:2:1: type: sidetypen \"intervention\" findes ikke; brug page (eller scale for evidensskalaen)",
            "content/pages/forkert.md:3:1: status: status \"draft\" bliver ikke udgivet; skriv status=published",
            "content/pages/forkert.md:4:1: linjen \"løs linje\" i sidens hoved skal have formen navn=værdi",
            "content/pages/indsatser.md:1:1" + taken.formatted("indsatser", "indsatser"),
            "content/pages/latin1.md:1:1: filen er ikke gemt som UTF-8",
            "content/pages/noter.txt:1:1: kun sider (<navn>.md) hører til her; filen eller mappen bliver ikke læst",
            "content/pages/soeg.md:1:1" + taken.formatted("soeg", "soeg"),
            "content/pages/uden-hoved.md:1:1: siden mangler et hoved: linjer med title=, type= og status=, afsluttet af en linje med ~~~~~~",
            "content/pages/undermappe:1:1: kun sider (<navn>.md) hører til her; filen eller mappen bliver ikke læst"),
            FreePages.problems(project.dir()).stream().sorted().map(Problem::toString).toList());
    }
}
