package dk.indsatskatalog.cli;

import dk.indsatskatalog.build.BuildResult;
import dk.indsatskatalog.build.OutputFolder;
import dk.indsatskatalog.build.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve")
final class ServeCommand implements Callable<Integer> {
    @Mixin SiteOptions options;
    @Spec CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", descriptionKey = "port")
    int port;

    @Option(names = "--no-reload", negatable = false, descriptionKey = "no-reload")
    boolean noReload;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path output = options.outputDir();
        try {
            OutputFolder.verify(options.projectDir(), output);
        } catch (OutputFolder.UnsafeOutputException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        // The preview is served at the root of localhost, so pages must not assume the published sub-path.
        try (Pipeline pipeline = new Pipeline(options.project, Map.of("site.host", "http://localhost:" + port));
             StaticServer server = StaticServer.start(output, port, "/", !noReload)) {
            rebuild(pipeline, output, out, err);
            try (ChangeWatcher watcher = ChangeWatcher.start(options.project.toAbsolutePath().normalize(),
                     () -> { if (rebuild(pipeline, output, out, err)) server.reload(); })) {
                out.println(CliTexts.get("serving", options.output, server.url()));
                out.flush();
                new CountDownLatch(1).await(); // until the process is stopped
            }
        }
        return ExitCodes.OK;
    }

    /** True when the site was rebuilt, so open pages can reload. */
    private boolean rebuild(Pipeline pipeline, Path output, PrintWriter out, PrintWriter err) {
        try {
            BuildResult result = pipeline.build(output);
            if (result.ok()) {
                out.println(BuildCommand.summary(result, options.output));
                out.flush();
                return true;
            } else {
                ProblemReport.print(result.problems(), options.projectDir(), err);
                err.println("Det forrige site vises stadig.");
                err.flush();
            }
        } catch (Exception | StackOverflowError e) {
            // A bug, not the content: say what it was (a message can be null) and keep serving the previous site.
            err.println("Intern fejl under byggeriet: " + e + ". Det forrige site vises stadig.");
            err.flush();
        }
        return false;
    }
}
