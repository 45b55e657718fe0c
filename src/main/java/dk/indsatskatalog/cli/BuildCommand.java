package dk.indsatskatalog.cli;

import dk.indsatskatalog.build.BuildResult;
import dk.indsatskatalog.build.OutputFolder;
import dk.indsatskatalog.build.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "build")
final class BuildCommand implements Callable<Integer> {
    @Mixin SiteOptions options;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Pipeline pipeline = new Pipeline(options.project)) {
            BuildResult result;
            try {
                result = pipeline.build(options.outputDir());
            } catch (OutputFolder.UnsafeOutputException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return ExitCodes.USAGE;
            }
            if (!result.ok()) {
                ProblemReport.print(result.problems(), options.projectDir(), spec.commandLine().getErr());
                spec.commandLine().getErr().println("Intet blev skrevet; " + options.output + " er uændret.");
                return ExitCodes.CONTENT_PROBLEMS;
            }
            spec.commandLine().getOut().println(summary(result, options.output));
            return ExitCodes.OK;
        }
    }

    /** "Byggede 41 indsatser i target/site på 5200 ms (indlæsning 800, …)": one line for build and serve. */
    static String summary(BuildResult result, Object output) {
        BuildResult.StageTimes t = result.times();
        return String.format("Byggede %d indsatser i %s på %d ms (indlæsning %d, kontrol %d, sider %d, søgeindeks %d, åbne data %d).",
            result.catalogue().interventions().size(), output, t.totalMillis(), t.loadMillis(), t.validateMillis(),
            t.renderMillis(), t.indexMillis(), t.exportMillis());
    }
}
