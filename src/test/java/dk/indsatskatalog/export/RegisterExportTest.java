package dk.indsatskatalog.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.load.CatalogueLoader;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.validate.Validation;
import dk.indsatskatalog.validate.Validator;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The register's two special shapes in every published format, on a small fixture catalogue: a source
 * without a title, described by the editors (never shown as a title), and a news item that reports on a
 * study (no design of its own, pointing at the study).
 */
class RegisterExportTest {
    private static final String DESCRIBED = "notat-om-lektiecafe";
    private static final String DESCRIPTION = "Helhedsplanens interne notat om lektiecaféen";
    @TempDir static Path temp;
    private static SortedMap<String, byte[]> files;

    @BeforeAll static void export() {
        TestProject project = TestProject.create(temp)
            .withSourceText(DESCRIBED, """
                kind: practice-description
                description: %s
                authors: Helhedsplanen
                year: null
                design: descriptive
                designVerified: false
                country: DK
                setting: social-housing
                """.formatted(DESCRIPTION))
            .withEntry("gyldig.yml", TestProject.fixtureText("gyldig").replace("descriptionSources: [vive-2018]",
                "descriptionSources: [vive-2018, " + DESCRIBED + ", nyhed-om-vive]"));
        Validation validation = new Validator().validate(new CatalogueLoader().load(project.dir().resolve("content")));
        assertEquals(List.of(), validation.problems().stream().map(Object::toString).toList());
        Catalogue catalogue = validation.catalogue();
        files = OpenDataExport.files(catalogue, RealData.site(catalogue), RealData.RELEASE);
    }

    @Test void theJsonKeepsTheDescriptionApartFromTheTitleAndTheNewsItemPointsAtItsStudy() throws IOException {
        JsonNode json = new ObjectMapper().readTree(files.get(DataPaths.CATALOGUE_JSON));
        Map<String, JsonNode> sources = new HashMap<>();
        json.get("sources").forEach(s -> sources.put(s.get("id").asText(), s));
        assertEquals(Set.of("vive-2018", DESCRIBED, "nyhed-om-vive"), sources.keySet());
        JsonNode described = sources.get(DESCRIBED);
        assertTrue(described.get("title").isNull(), described.toString());
        assertEquals(DESCRIPTION, described.get("description").asText());
        JsonNode news = sources.get("nyhed-om-vive");
        assertEquals("vive-2018", news.get("reportsOn").asText());
        for (String field : List.of("design", "rubricClass", "designVerified", "description")) assertTrue(news.get(field).isNull(), field);
        assertEquals("[\"nyhed-om-vive\",\"notat-om-lektiecafe\",\"vive-2018\"]",
            json.get("interventions").get(0).get("evidence").get("sources").toString(), "the news item, the study it reports on, sorted by authors");
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(schemas()));
        assertEquals(List.of(), registry.getSchema(SchemaLocation.of(RealData.HOST + "/" + DataPaths.CATALOGUE_SCHEMA))
            .validate(json).stream().map(Error::toString).toList());
    }

    @Test void theSourcesTableHasAnEmptyTitleAndTheDescriptionInItsOwnColumn() {
        List<List<String>> rows = Rfc4180.parse(new String(files.get(DataPaths.CSV + "sources.csv"), StandardCharsets.UTF_8), ',');
        List<String> header = rows.get(0);
        List<String> described = rows.stream().filter(r -> r.get(0).equals(DESCRIBED)).findFirst().orElseThrow();
        assertEquals("", described.get(header.indexOf("title")));
        assertEquals(DESCRIPTION, described.get(header.indexOf("description")));
        List<String> news = rows.stream().filter(r -> r.get(0).equals("nyhed-om-vive")).findFirst().orElseThrow();
        assertEquals(List.of("vive-2018", "", "", ""), List.of(news.get(header.indexOf("reports_on")), news.get(header.indexOf("design_code")),
            news.get(header.indexOf("rubric_class")), news.get(header.indexOf("design_verified"))));
    }

    @Test void dcatGivesTheDescribedSourceADescriptionAndNoTitleAndTheNewsItemReferencesItsStudy() throws IOException {
        String base = RealData.HOST + "/" + DataPaths.DCAT;
        Model dcat = Rio.parse(new ByteArrayInputStream(files.get(DataPaths.DCAT)), base, RDFFormat.TURTLE);
        IRI described = Values.iri(base + "#kilde-" + DESCRIBED);
        assertEquals(Set.of(), dcat.filter(described, DCTERMS.TITLE, null).objects());
        assertEquals(Set.of(Values.literal(DESCRIPTION, "da")), dcat.filter(described, DCTERMS.DESCRIPTION, null).objects());
        assertEquals(Set.of(Values.iri(base + "#kilde-vive-2018")),
            dcat.filter(Values.iri(base + "#kilde-nyhed-om-vive"), DCTERMS.REFERENCES, null).objects());
        assertEquals(Set.of(Values.literal("En evaluering")), dcat.filter(Values.iri(base + "#kilde-vive-2018"), DCTERMS.TITLE, null).objects());
    }

    private static Map<String, String> schemas() {
        Map<String, String> schemas = new HashMap<>();
        for (String path : DataPaths.SCHEMA_PATHS) schemas.put(RealData.HOST + "/" + path, new String(files.get(path), StandardCharsets.UTF_8));
        return schemas;
    }
}
