package dk.indsatskatalog.changes;

import dk.indsatskatalog.history.ContentAtRef;
import dk.indsatskatalog.load.CatalogueLoader;
import dk.indsatskatalog.load.EntryDocument;
import dk.indsatskatalog.load.LoadResult;
import dk.indsatskatalog.load.LoadedFile;
import dk.indsatskatalog.model.EvidenceLevel;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.LevelChange;
import dk.indsatskatalog.model.Release;
import dk.indsatskatalog.problem.InputFiles;
import dk.indsatskatalog.validate.Validation;
import dk.indsatskatalog.validate.Validator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The catalogue diff behind {@code changes --since REF}: what the working tree does to the catalogue
 * compared with commit REF — entries added, removed and changed, and every change of evidence level
 * with its reason from the change log — as Markdown for a pull request's job summary. Both sides are
 * read by the same loader and validator as a build.
 */
public final class CatalogueChanges {
    private CatalogueChanges() {}

    /** The summary of the project's working tree against {@code ref}, which must name a commit ({@link ContentAtRef#exists}). */
    public static String since(Path project, String ref) throws IOException {
        Path before = Files.createTempDirectory("indsatskatalog-changes-");
        try {
            ContentAtRef.extract(project, ref, before);
            return report(ref, Side.of(before), Side.of(project));
        } finally {
            deleteTree(before);
        }
    }

    /**
     * One side of the comparison: each entry's file text and, when the catalogue is valid, its level and
     * name and the change log.
     */
    public record Side(Map<String, String> texts, Map<String, Intervention> entries, boolean valid, List<Release> changeLog) {
        /** Reads and validates the catalogue in {@code project}, keeping each entry file's text. */
        public static Side of(Path project) throws IOException {
            LoadResult loaded = new CatalogueLoader().load(project.resolve("content"));
            Map<String, String> texts = new TreeMap<>();
            for (LoadedFile<EntryDocument> f : loaded.entries()) {
                String slug = f.file().getFileName().toString().replaceAll("\\.yml$", "");
                // Compared only for equality, so bytes are kept as they are (ISO-8859-1 maps each byte to one char):
                // a file that is not UTF-8 is a changed entry here and a located problem in validate.
                texts.put(slug, new String(InputFiles.read(project.resolve(f.file())), StandardCharsets.ISO_8859_1));
            }
            Validation validation = new Validator().validate(loaded);
            Map<String, Intervention> entries = new TreeMap<>();
            if (validation.ok()) validation.catalogue().interventions().forEach(i -> entries.put(i.slug().value(), i));
            return new Side(texts, entries, validation.ok(), validation.ok() ? validation.catalogue().changeLog() : List.of());
        }
    }

    /** The Markdown summary of what {@code after} changes compared with {@code before}, the catalogue at {@code ref}. */
    public static String report(String ref, Side before, Side after) {
        TreeSet<String> all = new TreeSet<>(before.texts().keySet());
        all.addAll(after.texts().keySet());
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> levels = new ArrayList<>();
        for (String slug : all) {
            String old = before.texts().get(slug);
            String now = after.texts().get(slug);
            if (old == null) {
                added.add("- " + describe(slug, after) + levelSuffix(after.entries().get(slug)));
            } else if (now == null) {
                removed.add("- " + describe(slug, before) + levelSuffix(before.entries().get(slug)));
            } else if (!old.equals(now)) {
                changed.add("- " + describe(slug, after));
                Intervention a = before.entries().get(slug);
                Intervention b = after.entries().get(slug);
                if (a != null && b != null && (!a.evidence().level().equals(b.evidence().level())
                        || a.evidence().noEffectFlag() != b.evidence().noEffectFlag())) {
                    levels.add("| " + describe(slug, after) + " | " + level(a) + " | " + level(b) + " | " + reason(after, a, b) + " |");
                }
            }
        }
        StringBuilder md = new StringBuilder("## Ændringer i kataloget\n\n");
        md.append("Sammenlignet med `").append(ref.replace("`", "")).append("`: ")
            .append(added.size()).append(" tilføjet, ").append(removed.size()).append(" fjernet, ")
            .append(changed.size()).append(" ændret.\n");
        if (!after.valid()) {
            md.append("\n> Kataloget har fejl (se validate-trinnet), så evidensniveauerne kan ikke beregnes.\n");
        }
        section(md, "Tilføjet", added);
        section(md, "Fjernet", removed);
        section(md, "Ændret", changed);
        md.append("\n### Ændrede evidensniveauer\n\n");
        if (levels.isEmpty()) {
            md.append(after.valid() && before.valid() ? "Ingen indsats har skiftet evidensniveau.\n"
                : "Kan ikke afgøres ved at sammenligne, fordi kataloget ikke kan læses på den ene side"
                    + " (fx har den en ældre form eller fejl).\n");
        } else {
            md.append("| Indsats | Før | Efter | Begrundelse |\n|---|---|---|---|\n");
            levels.forEach(l -> md.append(l).append('\n'));
        }
        if (!before.valid() && after.valid() && !after.changeLog().isEmpty()) {
            Release newest = after.changeLog().get(0);
            md.append("\nDen nyeste udgivelse i `content/aendringer.yml`, ").append(markdown(newest.title())).append(" (")
                .append(newest.date()).append("), ændrer disse niveauer:\n\n| Indsats | Før | Efter | Begrundelse |\n|---|---|---|---|\n");
            for (LevelChange c : newest.changes()) {
                md.append("| ").append(describe(c.entry().value(), after)).append(" | ").append(c.from()).append(" | ").append(c.to())
                    .append(" | ").append(markdown(c.reason())).append(" |\n");
            }
        }
        return md.toString();
    }

    /** The reason logged in content/aendringer.yml for this change, or a reminder that one is missing. */
    private static String reason(Side after, Intervention a, Intervention b) {
        for (Release release : after.changeLog()) {
            for (LevelChange c : release.changes()) {
                if (c.entry().equals(b.slug()) && c.from() == a.evidence().level().number() && c.to() == b.evidence().level().number()) {
                    return markdown(c.reason());
                }
            }
        }
        return "*Ingen begrundelse i content/aendringer.yml*";
    }

    private static void section(StringBuilder md, String title, List<String> lines) {
        if (lines.isEmpty()) return;
        md.append("\n### ").append(title).append(" (").append(lines.size()).append(")\n\n");
        lines.forEach(l -> md.append(l).append('\n'));
    }

    private static String describe(String slug, Side side) {
        Intervention i = side.entries().get(slug);
        return i == null ? "`" + slug + "`" : "**" + markdown(i.name().da()) + "** (`" + slug + "`)";
    }

    private static String levelSuffix(Intervention i) { return i == null ? "" : " – evidensniveau " + level(i); }

    private static String level(Intervention i) {
        EvidenceLevel l = i.evidence().level();
        return l.number() + " " + markdown(l.label()) + (i.evidence().noEffectFlag() ? " (markeret: ingen effekt / mulig skade)" : "");
    }

    /** Editor text in a Markdown summary: Markdown and HTML characters are escaped. */
    public static String markdown(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : Objects.requireNonNull(text).replace('\n', ' ').toCharArray()) {
            if ("\\`*_[]<>|#!~".indexOf(c) >= 0) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
