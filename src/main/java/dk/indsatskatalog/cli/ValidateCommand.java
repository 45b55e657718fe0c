package dk.indsatskatalog.cli;

import dk.indsatskatalog.build.Pipeline;
import dk.indsatskatalog.validate.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "validate", description = "Check every entry and print all problems; writes nothing.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin SiteOptions options;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        try (Pipeline pipeline = new Pipeline(options.project)) {
            Validation validation = pipeline.validate();
            if (!validation.ok()) {
                ProblemReport.print(validation.problems(), spec.commandLine().getErr());
                return ExitCodes.CONTENT_PROBLEMS;
            }
            spec.commandLine().getOut().printf("%d entries are valid.%n", validation.catalogue().interventions().size());
            return ExitCodes.OK;
        }
    }
}
