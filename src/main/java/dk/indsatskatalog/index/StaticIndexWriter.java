package dk.indsatskatalog.index;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.EvidenceLevel;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Taxonomies;
import dk.indsatskatalog.model.Term;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Predicate;

/**
 * Writes the static search index into a folder ({@code search/} of the site):
 * <ul>
 *   <li>{@code meta.json}: document count, stop words, the first term of every shard, the weight
 *       scale, the facets and their labels: everything a first query needs before its shards;</li>
 *   <li>{@code t/N.bin}: term shards, each a sorted run of terms with their postings, so one request
 *       brings a term's dictionary entry and postings together;</li>
 *   <li>{@code d/N.json}: the document store in chunks of {@value #DOCS_PER_CHUNK} entries;</li>
 *   <li>{@code facets.bin}: one bit per facet value per document, for live facet counts.</li>
 * </ul>
 * The format is described in docs/search.md. Output is deterministic: sorted terms, no time stamps.
 */
public final class StaticIndexWriter {
    public static final int FORMAT = 1;
    public static final int DOCS_PER_CHUNK = 8;
    /** Raw bytes after which a term shard is closed (a term's postings are never split). */
    public static final int SHARD_BYTES = 12 * 1024;
    static final String ENTRY_PATH = "indsatser/{slug}/index.html";

    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    public record Meta(int format, int docs, int docsPerChunk, String entryPath, List<String> stopWords,
                       List<String> shards, double weightMin, double weightMax, int facetBytes, List<Facet> facets) {}

    public record Facet(String key, String param, String label, List<FacetValue> values) {}

    public record FacetValue(String code, String label) {}

    /** One entry in the document store: slug, Danish name, Danish summary, level, no-effect flag. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    public record StoredDoc(String slug, String title, String summary, int level, boolean noEffect) {}

    private record FacetSpec(Facet facet, List<Predicate<Intervention>> has) {}

    public void write(Catalogue catalogue, SortedMap<String, List<LuceneScoring.Posting>> postings, Path dir) throws IOException {
        List<Intervention> entries = catalogue.interventions();
        Files.createDirectories(dir.resolve("t"));
        Files.createDirectories(dir.resolve("d"));

        float min = Float.MAX_VALUE, max = 0;
        for (List<LuceneScoring.Posting> list : postings.values()) {
            for (LuceneScoring.Posting p : list) { min = Math.min(min, p.weight()); max = Math.max(max, p.weight()); }
        }
        if (postings.isEmpty()) { min = 1; max = 1; }
        WeightScale scale = new WeightScale(min, max);

        List<String> firstTerms = new ArrayList<>();
        int shardSize = 0;
        List<String> shardTerms = new ArrayList<>();
        List<byte[]> shardEntries = new ArrayList<>();
        for (Map.Entry<String, List<LuceneScoring.Posting>> e : postings.entrySet()) {
            byte[] entry = postingBytes(e.getValue(), scale);
            shardTerms.add(e.getKey());
            shardEntries.add(entry);
            shardSize += entry.length + e.getKey().length() + 2;
            if (shardSize >= SHARD_BYTES) {
                writeShard(dir, firstTerms, shardTerms, shardEntries);
                shardSize = 0;
            }
        }
        if (!shardTerms.isEmpty() || firstTerms.isEmpty()) writeShard(dir, firstTerms, shardTerms, shardEntries);

        for (int start = 0, chunk = 0; start < entries.size(); start += DOCS_PER_CHUNK, chunk++) {
            List<StoredDoc> docs = entries.subList(start, Math.min(entries.size(), start + DOCS_PER_CHUNK)).stream()
                .map(i -> new StoredDoc(i.slug().value(), i.name().da(), i.summary().da(),
                    i.evidence().level().number(), i.evidence().noEffectFlag())).toList();
            Files.write(dir.resolve("d/" + chunk + ".json"), json.writeValueAsBytes(docs));
        }

        List<FacetSpec> facets = facets(catalogue.taxonomies());
        int bits = facets.stream().mapToInt(f -> f.has().size()).sum();
        int bytesPerDoc = Math.max(1, (bits + 7) / 8);
        byte[] facetBits = new byte[bytesPerDoc * entries.size()];
        for (int d = 0; d < entries.size(); d++) {
            int bit = 0;
            for (FacetSpec f : facets) {
                for (Predicate<Intervention> has : f.has()) {
                    if (has.test(entries.get(d))) facetBits[d * bytesPerDoc + (bit >> 3)] |= (byte) (1 << (bit & 7));
                    bit++;
                }
            }
        }
        Files.write(dir.resolve("facets.bin"), facetBits);

        Meta meta = new Meta(FORMAT, entries.size(), DOCS_PER_CHUNK, ENTRY_PATH, DanishAnalysis.STOP_WORDS, firstTerms,
            scale.min(), scale.max(), bytesPerDoc, facets.stream().map(FacetSpec::facet).toList());
        Files.write(dir.resolve("meta.json"), json.writeValueAsBytes(meta));
    }

    private static List<FacetSpec> facets(Taxonomies tax) {
        List<FacetSpec> out = new ArrayList<>();
        out.add(termFacet("targetGroup", "maalgruppe", "Målgruppe", tax.targetGroups(), Intervention::targetGroups));
        out.add(termFacet("theme", "tema", "Tema", tax.themes(), Intervention::themes));
        List<FacetValue> levels = new ArrayList<>();
        List<Predicate<Intervention>> hasLevel = new ArrayList<>();
        for (EvidenceLevel level : tax.levels()) {
            levels.add(new FacetValue(String.valueOf(level.number()), level.number() + " " + level.label()));
            hasLevel.add(i -> i.evidence().level().number() == level.number());
        }
        out.add(new FacetSpec(new Facet("level", "niveau", "Evidensniveau", levels), hasLevel));
        out.add(new FacetSpec(new Facet("noEffect", "flag", "Markering",
            List.of(new FacetValue(tax.noEffectFlag().code(), tax.noEffectFlag().label()))),
            List.of(i -> i.evidence().noEffectFlag())));
        return out;
    }

    private static FacetSpec termFacet(String key, String param, String label, List<Term> terms,
                                       java.util.function.Function<Intervention, List<Term>> of) {
        List<FacetValue> values = terms.stream().map(t -> new FacetValue(t.code(), t.label())).toList();
        List<Predicate<Intervention>> has = terms.stream()
            .map(t -> (Predicate<Intervention>) i -> of.apply(i).stream().anyMatch(x -> x.code().equals(t.code()))).toList();
        return new FacetSpec(new Facet(key, param, label, values), has);
    }

    /** Shard: varint count, then per term: varint shared-prefix bytes, varint suffix length, suffix, postings. */
    private static void writeShard(Path dir, List<String> firstTerms, List<String> terms, List<byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        varint(out, terms.size());
        byte[] previous = new byte[0];
        for (int i = 0; i < terms.size(); i++) {
            byte[] term = terms.get(i).getBytes(StandardCharsets.UTF_8);
            int shared = 0;
            while (shared < previous.length && shared < term.length && previous[shared] == term[shared]) shared++;
            varint(out, shared);
            varint(out, term.length - shared);
            out.write(term, shared, term.length - shared);
            out.write(entries.get(i));
            previous = term;
        }
        Files.write(dir.resolve("t/" + firstTerms.size() + ".bin"), out.toByteArray());
        firstTerms.add(terms.isEmpty() ? "" : terms.get(0));
        terms.clear();
        entries.clear();
    }

    /** Postings: varint count, then per document: varint gap from the previous document, one weight byte. */
    private static byte[] postingBytes(List<LuceneScoring.Posting> postings, WeightScale scale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        varint(out, postings.size());
        int previous = 0;
        for (LuceneScoring.Posting p : postings) {
            varint(out, p.doc() - previous);
            out.write(scale.quantise(p.weight()));
            previous = p.doc();
        }
        return out.toByteArray();
    }

    static void varint(ByteArrayOutputStream out, int value) {
        while ((value & ~0x7F) != 0) {
            out.write((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }

    /** Weights on a log scale in one byte (1..255): relative error under 1 % over the index's range. */
    record WeightScale(double min, double max) {
        int quantise(float weight) {
            if (max <= min) return 255;
            double x = Math.log(weight / min) / Math.log(max / min);
            return 1 + (int) Math.round(Math.max(0, Math.min(1, x)) * 254);
        }
    }
}
