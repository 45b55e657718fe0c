package dk.indsatskatalog.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Intervention;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonExportTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test void theCatalogueJsonReadsBackIntoTheSameCatalogue() throws IOException {
        CatalogueJson json = MAPPER.readValue(RealData.bytes(DataPaths.CATALOGUE_JSON), CatalogueJson.class);
        Catalogue back = CatalogueFromJson.read(json);
        assertEquals(RealData.catalogue().taxonomies(), back.taxonomies());
        assertEquals(RealData.catalogue().interventions().size(), back.interventions().size());
        for (int i = 0; i < back.interventions().size(); i++) {
            assertEquals(RealData.catalogue().interventions().get(i), back.interventions().get(i));
        }
        assertEquals(RealData.catalogue(), back);
    }

    @Test void everyEntryFileReadsBackIntoItsIntervention() throws IOException {
        Catalogue catalogue = RealData.catalogue();
        java.util.Map<String, dk.indsatskatalog.model.Source> register = new java.util.LinkedHashMap<>();
        for (dk.indsatskatalog.model.Source s : catalogue.sources()) register.put(s.id().value(), s);
        for (Intervention entry : catalogue.interventions()) {
            CatalogueJson.Entry json = MAPPER.readValue(RealData.bytes(DataPaths.entryJson(entry.slug())), CatalogueJson.Entry.class);
            assertEquals(entry, CatalogueFromJson.entry(json, catalogue.taxonomies(), register));
            assertEquals(RealData.HOST + "/data/schema/indsats.schema.json", json.schema());
        }
    }

    @Test void idsAreSlugsAndEveryCodeCarriesItsLabelAndUri() throws IOException {
        JsonNode entry = MAPPER.readTree(RealData.bytes("data/indsatser/sociale-vicevaerter.json"));
        assertEquals("sociale-vicevaerter", entry.get("id").asText());
        assertEquals(RealData.HOST + "/indsatser/sociale-vicevaerter/", entry.get("url").asText());
        assertEquals("{\"code\":\"socialt-udsatte\",\"label\":\"Socialt udsatte beboere\",\"uri\":\"" + RealData.HOST
            + "/vokabularer/maalgrupper/#socialt-udsatte\"}", entry.get("targetGroups").get(0).toString());
        assertEquals("{\"number\":3,\"label\":\"Lovende\",\"uri\":\"" + RealData.HOST + "/vokabularer/evidensniveauer/#3\"}",
            entry.get("evidence").get("level").toString());
        assertEquals("{\"code\":\"unverified-comparison\",\"label\":\"Effektmåling med uverificeret sammenligning\",\"uri\":\""
            + RealData.HOST + "/vokabularer/undersoegelsesdesign/#unverified-comparison\"}",
            entry.get("evidence").get("studies").get(0).get("design").toString());
    }

    @Test void unknownValuesAreNullNotMissing() throws IOException {
        JsonNode study = MAPPER.readTree(RealData.bytes("data/indsatser/sociale-vicevaerter.json")).get("evidence").get("studies").get(9);
        assertEquals("kk-2011", study.get("id").asText());
        assertTrue(study.has("url") && study.get("url").isNull(), study.toString());
    }

    @Test void theCatalogueNamesItsReleaseAndLicence() throws IOException {
        JsonNode json = MAPPER.readTree(RealData.bytes(DataPaths.CATALOGUE_JSON));
        List<String> head = new ArrayList<>();
        json.fieldNames().forEachRemaining(head::add);
        assertEquals(List.of("$schema", "title", "description", "release", "license", "homepage", "vocabularies", "interventions"), head);
        assertEquals("2026-11-22+0123456789ab", json.get("release").asText());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", json.get("license").asText());
    }
}
