package dk.indsatskatalog.site;

import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.load.CatalogueLoader;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.validate.Validation;

import java.nio.file.Path;

/**
 * Three small entries for the evidence and gap map's tests, with the real vocabularies:
 * <ul>
 *   <li>Alfa: children; education; a measured change in school (pre-post): level 3;</li>
 *   <li>Beta: children and women; education and employment; experiences with employment: level 2;</li>
 *   <li>Gamma: women; employment and cohesion; experiences with health in a related programme only: level 1.</li>
 * </ul>
 */
public final class MapFixture {
    private MapFixture() {}

    public static Catalogue catalogue(Path temp) {
        TestProject project = TestProject.create(temp);
        project.withEntry("alfa.yml", entry("alfa", "Alfa", "[boern]", "[uddannelse-og-livschancer]", "skole-og-laering", "change", "intervention", "foer-efter"));
        project.withEntry("beta.yml", entry("beta", "Beta", "[boern, kvinder]", "[uddannelse-og-livschancer, beskaeftigelse]",
            "beskaeftigelse", "experience", "intervention", "vive-2018"));
        project.withEntry("gamma.yml", entry("gamma", "Gamma", "[kvinder]", "[beskaeftigelse, sammenhaengskraft-og-medborgerskab]",
            "sundhed-og-trivsel", "experience", "related", "vive-2018"));
        Validation checked = new dk.indsatskatalog.validate.Validator().validate(new CatalogueLoader().load(project.dir().resolve("content")));
        if (!checked.ok()) throw new IllegalStateException("the map fixture has problems: " + checked.problems());
        return checked.catalogue();
    }

    private static String entry(String slug, String name, String groups, String themes, String domain, String kind, String scope, String source) {
        return """
            slug: %s
            name: {da: %s, en: %s}
            summary: {da: En kort opsummering., en: A short summary.}
            description: En beskrivelse.
            targetGroups: %s
            themes: %s
            resources:
              deliveredBy: Boligorganisationen
              costBand: ukendt
            lastReviewed: 2026-11-22
            evidence:
              outcomes:
                - domain: %s
                  kind: %s
                  about: participants
                  scope: %s
                  direction: positive
                  finding: Deltagerne har det bedre.
                  sources: [%s]
            searchWords: [proeve]
            knowledgeGaps: ["Kilderne nævner ikke, hvor indsatsen bruges."]
            descriptionSources: [%s]
            """.formatted(slug, name, name, groups, themes, domain, kind, scope, source, source);
    }
}
