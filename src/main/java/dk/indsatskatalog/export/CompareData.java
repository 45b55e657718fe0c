package dk.indsatskatalog.export;

import dk.indsatskatalog.site.OutputStage;
import dk.indsatskatalog.site.SiteInfo;
import dk.indsatskatalog.site.UrlPaths;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Outcome;
import dk.indsatskatalog.model.Place;
import dk.indsatskatalog.model.Term;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Sammenligning: what the compare page shows of one entry, as a small JSON file per entry
 * ({@code sammenlign/indsatser/<slug>.json}), so comparing 2–4 entries fetches 2–4 small files
 * whatever the size of the catalogue. Labels are Danish and resolved here; codes go along so the
 * page can tell alike values from different ones. Compact (no indentation): it is for the page, not
 * for data users, who have {@code data/indsatser/<slug>.json}.
 */
public final class CompareData implements OutputStage {
    public static final String FOLDER = UrlPaths.COMPARE + "indsatser/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A code with its Danish label. */
    public record Label(String code, String label) {}

    /** A level with its Danish name. */
    public record Level(int number, String label) {}

    /** One finding that set the level: its number on the entry page, kind, domain, the designs behind it, and the finding. */
    public record SettingFinding(int number, String kind, String domain, String design, String finding) {}

    /**
     * One entry as the compare page shows it; null fields were not found in the sources.
     *
     * @param url    the entry page, relative to the site root
     * @param ages   the age range in words, or null when the sources give none
     * @param places the municipalities where it is used, each once, in the entry's order
     */
    public record Entry(String slug, String name, String url, Level level, boolean noEffect, List<SettingFinding> setBy,
                        List<Label> targetGroups, String ages, List<Label> themes, String deliveredBy, String staffing,
                        String duration, Label costBand, String cost, List<Label> anchoring, List<String> partners,
                        List<String> places, List<String> knowledgeGaps) {}

    @Override
    public void write(Catalogue catalogue, SiteInfo site, Path siteDir) throws IOException {
        Path folder = siteDir.resolve(FOLDER);
        Files.createDirectories(folder);
        for (Intervention entry : catalogue.interventions()) {
            Files.write(folder.resolve(entry.slug().value() + ".json"), bytes(of(entry)));
        }
    }

    public static Entry of(Intervention e) {
        List<SettingFinding> setBy = new ArrayList<>();
        for (int i : e.evidence().levelSetBy()) {
            Outcome o = e.evidence().outcomes().get(i);
            String design = String.join(" og ", o.rating().setBy().stream().map(s -> s.study().design().label()).distinct().toList());
            setBy.add(new SettingFinding(i + 1, o.kind().label(), o.domain().label(), design, o.finding()));
        }
        Set<String> places = new LinkedHashSet<>();
        for (Place p : e.places()) places.add(p.municipality());
        var resources = e.resources();
        return new Entry(e.slug().value(), e.name().da(), UrlPaths.file(UrlPaths.entry(e.slug())),
            new Level(e.evidence().level().number(), e.evidence().level().label()), e.evidence().noEffectFlag(), setBy,
            labels(e.targetGroups()), e.ageRange() == null ? null : e.ageRange().label(), labels(e.themes()),
            resources.deliveredBy(), resources.staffing(), resources.duration(),
            new Label(resources.costBand().code(), resources.costBand().shortLabel()),
            resources.cost() == null ? null : resources.cost().text(),
            labels(e.anchoring().stream().map(a -> a.strategy()).distinct().toList()),
            e.partners().stream().map(p -> p.name()).toList(), List.copyOf(places), e.knowledgeGaps());
    }

    private static List<Label> labels(List<Term> terms) {
        return terms.stream().map(t -> new Label(t.code(), t.label())).toList();
    }

    static byte[] bytes(Entry entry) {
        try {
            return JSON.writeValueAsBytes(entry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
