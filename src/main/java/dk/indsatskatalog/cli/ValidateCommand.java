package dk.indsatskatalog.cli;

import dk.indsatskatalog.build.Pipeline;
import dk.indsatskatalog.validate.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "validate")
final class ValidateCommand implements Callable<Integer> {
    @Mixin SiteOptions options;
    @Spec CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "human", descriptionKey = "format")
    ProblemReport.Format format;

    static String valid(int n) { return n == 1 ? "1 indsats er gyldig." : n + " indsatser er gyldige."; }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Pipeline pipeline = new Pipeline(options.project)) {
            Validation validation = pipeline.validate();
            int valid = validation.ok() ? validation.catalogue().interventions().size() : 0;
            switch (format) {
                case json -> ProblemReport.printJson(validation.problems(), valid, out);
                case github -> {
                    ProblemReport.printGithub(validation.problems(), out);
                    if (validation.ok()) out.println("::notice::" + valid(valid));
                    else out.println(ProblemReport.count(validation.problems().size()));
                }
                case human -> {
                    if (!validation.ok()) ProblemReport.print(validation.problems(), options.projectDir(), spec.commandLine().getErr());
                    else out.println(valid(valid));
                }
            }
            out.flush();
            return validation.ok() ? ExitCodes.OK : ExitCodes.CONTENT_PROBLEMS;
        }
    }
}
