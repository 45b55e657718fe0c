package dk.indsatskatalog.cli;

import dk.indsatskatalog.load.CatalogueLoader;
import dk.indsatskatalog.load.LoadResult;
import dk.indsatskatalog.schema.ContentSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "schema")
final class SchemaCommand implements Callable<Integer> {
    @Mixin SiteOptions options;
    @Spec CommandSpec spec;

    @Option(names = "--check", descriptionKey = "check")
    boolean check;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path project = options.projectDir();
        LoadResult loaded = new CatalogueLoader().load(project.resolve("content"));
        ContentSchemas.CodeLists vocabularies = ContentSchemas.vocabularies(loaded);
        if (vocabularies == null) {
            ProblemReport.print(loaded.problems(), project, err);
            return ExitCodes.CONTENT_PROBLEMS;
        }
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> file : ContentSchemas.files(vocabularies).entrySet()) {
            Path target = project.resolve(file.getKey());
            String current = Files.isRegularFile(target) ? Files.readString(target, StandardCharsets.UTF_8) : null;
            if (file.getValue().equals(current)) continue;
            if (check) {
                stale.add(file.getKey());
            } else {
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
                out.println("Skrev " + file.getKey());
            }
        }
        if (!stale.isEmpty()) {
            for (String s : stale) err.println(s + " passer ikke med koden og ordlisterne; kør: java -jar target/indsatskatalog.jar schema");
            return ExitCodes.CONTENT_PROBLEMS;
        }
        if (check) out.println("Skemaerne er opdaterede.");
        out.flush();
        return ExitCodes.OK;
    }
}
