package dk.indsatskatalog.cli;

import dk.indsatskatalog.build.Pipeline;
import dk.indsatskatalog.model.Evidence;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Outcome;
import dk.indsatskatalog.model.RelatedEvidence;
import dk.indsatskatalog.model.Source;
import dk.indsatskatalog.validate.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code explain SLUG…}: how the rubric rated each finding of an entry and which findings set its level,
 * for editors coding findings. Works while other entries still have problems.
 */
@Command(name = "explain")
final class ExplainCommand implements Callable<Integer> {
    @Mixin SiteOptions options;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "SLUG", arity = "1..*", descriptionKey = "explain.slugs")
    List<String> slugs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Pipeline pipeline = new Pipeline(options.project)) {
            Validation validation = pipeline.validate();
            int result = ExitCodes.OK;
            for (String slug : slugs) {
                Intervention entry = validation.valid().stream().filter(i -> i.slug().value().equals(slug)).findFirst().orElse(null);
                if (entry == null) {
                    err.println(slug + ": findes ikke eller har problemer; kør validate.");
                    result = ExitCodes.CONTENT_PROBLEMS;
                    continue;
                }
                print(entry, out);
            }
            out.flush();
            return result;
        }
    }

    static void print(Intervention entry, PrintWriter out) {
        Evidence e = entry.evidence();
        out.printf("%s: niveau %d (%s), sat af fund %s%s%n", entry.slug(), e.level().number(), e.level().label(),
            e.levelSetBy().isEmpty() ? "(intet fund tæller)" : e.levelSetBy().stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(", ")),
            e.noEffectFlag() ? "; markeret: ingen effekt / mulig skade" : "");
        for (int i = 0; i < e.outcomes().size(); i++) {
            Outcome o = e.outcomes().get(i);
            out.printf("  fund %d: %s · %s/%s/%s · %s · niveau %d · klasse %s (%s)%s%s%s%n", i + 1, o.domain().code(), o.kind().code(),
                o.about().code(), o.scope().code(), o.direction().code(), o.level().number(), o.rating().bestClass().code(),
                o.rating().setBy().stream().map(ExplainCommand::describe).collect(Collectors.joining("; ")),
                o.rating().counts() ? " · tæller" : "", o.rating().fromElsewhere() ? " · fra en anden sammenhæng" : "",
                o.rating().noEffect() ? " · INGEN EFFEKT" : "");
        }
        for (RelatedEvidence r : e.related()) {
            out.printf("  egen linje: %s%s, niveau %d (fund %d)%s%n", r.scope().code(), r.about() == null ? "" : "/" + r.about().code(),
                r.level().number(), r.outcome() + 1, r.programme() == null ? "" : ": " + r.programme());
        }
        out.printf("  næste trin: %s%n", e.nextStep().code());
    }

    private static String describe(Source s) {
        return s.id() + ": " + s.design().code() + (s.designVerified() ? ", efterprøvet" : "") + ", " + s.country()
            + (s.isDanishSocialHousing() ? " boligområde" : "");
    }
}
