package dk.indsatskatalog.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Intervention;
import org.junit.jupiter.api.Test;

import dk.indsatskatalog.model.FindingKind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonExportTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test void theCatalogueJsonReadsBackIntoTheSameCatalogue() throws IOException {
        CatalogueJson json = MAPPER.readValue(RealData.bytes(DataPaths.CATALOGUE_JSON), CatalogueJson.class);
        Catalogue back = CatalogueFromJson.read(json);
        assertEquals(RealData.catalogue().taxonomies(), back.taxonomies());
        assertEquals(RealData.catalogue().sources(), back.sources());
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
        JsonNode level = entry.get("evidence").get("level");
        assertEquals(RealData.HOST + "/vokabularer/evidensniveauer/#" + level.get("number").asInt(), level.get("uri").asText());
        assertEquals(RealData.catalogue().taxonomies().level(level.get("number").asInt()).label(), level.get("label").asText());
        JsonNode outcome = entry.get("evidence").get("outcomes").get(0);
        assertEquals(1, outcome.get("no").asInt());
        Map<String, String> schemes = Map.of("kind", Vocabularies.FINDING_KINDS, "about", Vocabularies.SUBJECTS,
            "scope", Vocabularies.SCOPES, "direction", Vocabularies.DIRECTIONS, "domain", Vocabularies.DOMAINS);
        schemes.forEach((field, scheme) -> assertEquals(RealData.HOST + "/vokabularer/" + scheme + "/#" + outcome.get(field).get("code").asText(),
            outcome.get(field).get("uri").asText(), field));
        assertEquals(FindingKind.EFFECT.label(), outcome.get("kind").get("label").asText(), "sociale-vicevaerter's first finding is an effect");
    }

    @Test void everySourceCarriesEveryFieldWithUnknownValuesAsNull() throws IOException {
        JsonNode sources = MAPPER.readTree(RealData.bytes(DataPaths.CATALOGUE_JSON)).get("sources");
        assertEquals(RealData.catalogue().sources().size(), sources.size());
        List<String> fields = java.util.Arrays.stream(CatalogueJson.Source.class.getRecordComponents()).map(c -> c.getName()).toList();
        JsonNode withoutAddress = null;
        for (JsonNode source : sources) {
            List<String> names = new ArrayList<>();
            source.fieldNames().forEachRemaining(names::add);
            assertEquals(fields, names, source.get("id").asText());
            assertTrue(source.get("title").isNull() != source.get("description").isNull(), "title or description: " + source);
            if (source.get("id").asText().equals("kk-2011")) withoutAddress = source;
        }
        assertTrue(withoutAddress != null && withoutAddress.get("url").isNull(), "kk-2011 has no public address: " + withoutAddress);
    }

    @Test void theCatalogueNamesItsReleaseAndLicence() throws IOException {
        JsonNode json = MAPPER.readTree(RealData.bytes(DataPaths.CATALOGUE_JSON));
        List<String> head = new ArrayList<>();
        json.fieldNames().forEachRemaining(head::add);
        assertEquals(List.of("$schema", "title", "description", "release", "license", "homepage", "vocabularies", "sources", "interventions", "levelChanges"), head);
        assertEquals("2026-11-22+0123456789ab", json.get("release").asText());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", json.get("license").asText());
    }
}
