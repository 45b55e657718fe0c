package dk.indsatskatalog.index;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.indsatskatalog.model.Anchoring;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.CostBand;
import dk.indsatskatalog.model.EvidenceLevel;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.StudyDesign;
import dk.indsatskatalog.model.Taxonomies;
import dk.indsatskatalog.model.Term;
import dk.indsatskatalog.site.AgeBands;
import dk.indsatskatalog.site.NameOrder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Writes the static search index into a folder ({@code search/} of the site):
 * <ul>
 *   <li>{@code meta.json}: document count, stop words, the first term of every shard, the weight
 *       scale, the facets and their labels: everything a first query needs before its shards;</li>
 *   <li>{@code t/N.bin}: term shards, each a sorted run of terms with their postings, so one request
 *       brings a term's dictionary entry and postings together;</li>
 *   <li>{@code t/N.json}: fetched alongside shard N, the stored documents among the
 *       {@value #TOP_DOCS} best of each of its terms, so a one-word query's first page needs no
 *       request to the document store;</li>
 *   <li>{@code d/N.json}: the document store in chunks of {@value #DOCS_PER_CHUNK} entries;</li>
 *   <li>{@code facets.bin}: one bit per facet value per document, for live facet counts;</li>
 *   <li>{@code evidence.bin}: one bit per study design per document (the designs its findings rest
 *       on), fetched only when a query speaks of a design;</li>
 *   <li>{@code order.bin}: each document's place in alphabetical order of its Danish name, for
 *       sorting results by name;</li>
 *   <li>{@code lexicon.json}: the catalogue's own words, one per stem of the compound dictionary,
 *       fetched only when a query has a word the index does not know (to split it, or to say "Mente du …?").</li>
 * </ul>
 * The format is described in docs/search.md. Output is deterministic: sorted terms, no time stamps.
 */
public final class StaticIndexWriter {
    public static final int FORMAT = 2;
    public static final int DOCS_PER_CHUNK = 8;
    /** Raw bytes after which a term shard is closed (a term's postings are never split). */
    public static final int SHARD_BYTES = 3 * 1024;
    /** Per term, how many of its best documents (by weight byte, then catalogue order) a shard carries: one results page. */
    public static final int TOP_DOCS = 10;
    static final String ENTRY_PATH = "indsatser/{slug}/index.html";

    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    public record Meta(int format, int docs, int docsPerChunk, String entryPath, List<String> stopWords,
                       List<String> shards, double weightMin, double weightMax, int facetBytes, List<Facet> facets,
                       int lexiconWords, Evidence evidence, int orderBytes) {}

    /** The study designs (in {@code evidence.bin} bit order) and the phrases the browser reads as conditions on the evidence. */
    public record Evidence(int designBytes, List<Design> designs, List<Phrase> phrases) {}

    public record Design(String code, String label, String rubricClass) {}

    /**
     * A phrase as terms (folded, stemmed, stop words kept) and what it means: exactly one of a
     * design code, a rubric class, a lowest level or the no-effect flag.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Phrase(List<String> terms, String design, String rubricClass, Integer minLevel, Boolean noEffect) {}

    /**
     * A facet: its values in bit order and how choosing several of them combines ({@code match}):
     * {@value #ALL} (an entry must have every chosen value: target groups describe one person),
     * {@value #ANY} (at least one), {@value #AT_LEAST} (values are ordered; an entry at or above
     * the chosen one) or {@value #RANGE} (values are ages; an entry with any age in the chosen
     * range, whose usual bands are {@code ranges}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Facet(String key, String param, String label, String match, List<FacetValue> values, List<FacetValue> ranges) {
        public Facet(String key, String param, String label, List<FacetValue> values) { this(key, param, label, ANY, values, null); }
    }

    public static final String ALL = "all";
    public static final String ANY = "any";
    public static final String AT_LEAST = "atLeast";
    public static final String RANGE = "range";

    public record FacetValue(String code, String label) {}

    /** One entry in the document store: slug, Danish name, Danish summary, level, no-effect flag. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    public record StoredDoc(String slug, String title, String summary, int level, boolean noEffect) {}

    /** A stored document with its number, as a shard's companion {@code t/N.json} carries it. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    public record NumberedDoc(int doc, String slug, String title, String summary, int level, boolean noEffect) {}

    private record FacetSpec(Facet facet, List<Predicate<EvidenceFacts.Entry>> has) {}

    public void write(Catalogue catalogue, SortedMap<String, List<LuceneScoring.Posting>> postings, Path dir) throws IOException {
        write(catalogue, postings, List.of(), SearchWords.none(), dir);
    }

    /** Writes the index with the lexicon's words and the evidence words of {@code everyday}. */
    public void write(Catalogue catalogue, SortedMap<String, List<LuceneScoring.Posting>> postings, List<String> lexicon,
                      SearchWords everyday, Path dir) throws IOException {
        List<Intervention> entries = catalogue.interventions();
        List<EvidenceFacts> evidence = entries.stream().map(EvidenceFacts::of).toList();
        Files.createDirectories(dir.resolve("t"));
        Files.createDirectories(dir.resolve("d"));

        float min = Float.MAX_VALUE, max = 0;
        for (List<LuceneScoring.Posting> list : postings.values()) {
            for (LuceneScoring.Posting p : list) { min = Math.min(min, p.weight()); max = Math.max(max, p.weight()); }
        }
        if (postings.isEmpty()) { min = 1; max = 1; }
        WeightScale scale = new WeightScale(min, max);

        List<StoredDoc> stored = new ArrayList<>();
        for (int d = 0; d < entries.size(); d++) {
            Intervention i = entries.get(d);
            stored.add(new StoredDoc(i.slug().value(), i.name().da(), i.summary().da(), evidence.get(d).level(), evidence.get(d).noEffect()));
        }
        List<String> firstTerms = new ArrayList<>();
        int shardSize = 0;
        List<String> shardTerms = new ArrayList<>();
        List<byte[]> shardEntries = new ArrayList<>();
        TreeSet<Integer> shardTop = new TreeSet<>();
        for (Map.Entry<String, List<LuceneScoring.Posting>> e : postings.entrySet()) {
            byte[] entry = postingBytes(e.getValue(), scale);
            shardTerms.add(e.getKey());
            shardEntries.add(entry);
            shardTop.addAll(top(e.getValue(), scale));
            shardSize += entry.length + e.getKey().length() + 2;
            if (shardSize >= SHARD_BYTES) {
                writeTopDocs(dir, firstTerms.size(), shardTop, stored);
                writeShard(dir, firstTerms, shardTerms, shardEntries);
                shardSize = 0;
            }
        }
        if (!shardTerms.isEmpty() || firstTerms.isEmpty()) {
            writeTopDocs(dir, firstTerms.size(), shardTop, stored);
            writeShard(dir, firstTerms, shardTerms, shardEntries);
        }

        for (int start = 0, chunk = 0; start < entries.size(); start += DOCS_PER_CHUNK, chunk++) {
            List<StoredDoc> docs = stored.subList(start, Math.min(entries.size(), start + DOCS_PER_CHUNK));
            Files.write(dir.resolve("d/" + chunk + ".json"), json.writeValueAsBytes(docs));
        }

        List<FacetSpec> facets = facets(catalogue.taxonomies());
        List<Predicate<Integer>> facetBits = new ArrayList<>();
        for (FacetSpec f : facets) for (Predicate<EvidenceFacts.Entry> has : f.has()) facetBits.add(d -> has.test(new EvidenceFacts.Entry(entries.get(d), evidence.get(d))));
        int bytesPerDoc = writeBits(dir.resolve("facets.bin"), entries.size(), facetBits);

        List<StudyDesign> designs = catalogue.taxonomies().studyDesigns();
        List<Predicate<Integer>> designBits = designs.stream().map(x -> (Predicate<Integer>) d -> evidence.get(d).designs().contains(x.code())).toList();
        int designBytes = writeBits(dir.resolve("evidence.bin"), entries.size(), designBits);

        Files.write(dir.resolve("lexicon.json"), json.writeValueAsBytes(Lexicon.frontCoded(lexicon)));
        int orderBytes = entries.size() <= 1 << 16 ? 2 : 4;
        Files.write(dir.resolve("order.bin"), nameOrder(entries, orderBytes));

        Evidence understood = new Evidence(designBytes,
            designs.stream().map(x -> new Design(x.code(), x.label(), x.rubricClass().code())).toList(), phrases(everyday));
        Meta meta = new Meta(FORMAT, entries.size(), DOCS_PER_CHUNK, ENTRY_PATH, DanishAnalysis.STOP_WORDS, firstTerms,
            scale.min(), scale.max(), bytesPerDoc, facets.stream().map(FacetSpec::facet).toList(), lexicon.size(), understood,
            orderBytes);
        Files.write(dir.resolve("meta.json"), json.writeValueAsBytes(meta));
    }

    /**
     * Each document's place in Danish alphabetical order of its name (æ, ø, å last; slug breaks a tie),
     * as the listings sort, little-endian in {@code bytes} bytes: the search page sorts by name without
     * fetching every document's name.
     */
    static byte[] nameOrder(List<Intervention> entries, int bytes) {
        List<Integer> docs = new ArrayList<>();
        for (int d = 0; d < entries.size(); d++) docs.add(d);
        Comparator<Intervention> byName = NameOrder.byName();
        docs.sort((a, b) -> byName.compare(entries.get(a), entries.get(b)));
        byte[] out = new byte[entries.size() * bytes];
        for (int rank = 0; rank < docs.size(); rank++) {
            for (int b = 0; b < bytes; b++) out[docs.get(rank) * bytes + b] = (byte) (rank >>> (8 * b));
        }
        return out;
    }

    /** {@code bits.size()} bits per document (little-endian within bytes), at least one byte each; returns the bytes per document. */
    private static int writeBits(Path file, int docs, List<Predicate<Integer>> bits) throws IOException {
        int bytesPerDoc = Math.max(1, (bits.size() + 7) / 8);
        byte[] out = new byte[bytesPerDoc * docs];
        for (int d = 0; d < docs; d++) {
            for (int bit = 0; bit < bits.size(); bit++) {
                if (bits.get(bit).test(d)) out[d * bytesPerDoc + (bit >> 3)] |= (byte) (1 << (bit & 7));
            }
        }
        Files.write(file, out);
        return bytesPerDoc;
    }

    /** The evidence words as term sequences, longest phrases first so the browser can match greedily. */
    private static List<Phrase> phrases(SearchWords everyday) {
        List<Phrase> out = new ArrayList<>();
        everyday.designs().forEach((code, words) -> words.forEach(w -> out.add(new Phrase(phraseTerms(w), code, null, null, null))));
        everyday.rubricClasses().forEach((code, words) -> words.forEach(w -> out.add(new Phrase(phraseTerms(w), null, code, null, null))));
        everyday.levels().forEach((level, words) -> words.forEach(w -> out.add(new Phrase(phraseTerms(w), null, null, level, null))));
        everyday.noEffect().forEach(w -> out.add(new Phrase(phraseTerms(w), null, null, null, true)));
        out.sort(Comparator.comparingInt((Phrase p) -> -p.terms().size()).thenComparing(p -> String.join(" ", p.terms())));
        return out;
    }

    /** Every word of a phrase folded and stemmed, stop words kept ("virker ikke" → [virk, ikk]). */
    static List<String> phraseTerms(String phrase) {
        return DanishAnalysis.phraseWords(phrase).stream().map(DanishAnalysis::stem).toList();
    }

    /**
     * The facets in bit order. The first four are the search page's original ones and keep their
     * bits; later ones are appended, so an old {@code facets.bin} reader still finds its values.
     */
    private static List<FacetSpec> facets(Taxonomies tax) {
        List<FacetSpec> out = new ArrayList<>();
        out.add(termFacet("targetGroup", "maalgruppe", SearchPage.TEXTS.get("facet.targetGroup"), ALL, tax.targetGroups(), Intervention::targetGroups));
        out.add(termFacet("theme", "tema", SearchPage.TEXTS.get("facet.theme"), ANY, tax.themes(), Intervention::themes));
        List<FacetValue> levels = new ArrayList<>();
        List<Predicate<EvidenceFacts.Entry>> hasLevel = new ArrayList<>();
        for (EvidenceLevel level : tax.levels()) {
            levels.add(new FacetValue(String.valueOf(level.number()), level.number() + " " + level.label()));
            hasLevel.add(e -> e.evidence().level() == level.number());
        }
        out.add(new FacetSpec(new Facet("level", "niveau", SearchPage.TEXTS.get("facet.level"), AT_LEAST, levels, null), hasLevel));
        out.add(new FacetSpec(new Facet("noEffect", "flag", SearchPage.TEXTS.get("facet.flag"),
            List.of(new FacetValue(tax.noEffectFlag().code(), tax.noEffectFlag().label()))),
            List.of(e -> e.evidence().noEffect())));

        List<FacetValue> ages = new ArrayList<>();
        List<Predicate<EvidenceFacts.Entry>> hasAge = new ArrayList<>();
        for (int age = 0; age <= AgeBands.OPEN_FROM; age++) {
            int year = age;
            ages.add(new FacetValue(String.valueOf(age), age == AgeBands.OPEN_FROM ? age + " år og op" : age + " år"));
            hasAge.add(e -> AgeBands.covers(e.entry().ageRange(), year));
        }
        List<FacetValue> bands = AgeBands.BANDS.stream().map(b -> new FacetValue(b.code(), b.label())).toList();
        out.add(new FacetSpec(new Facet("age", "alder", SearchPage.TEXTS.get("facet.age"), RANGE, ages, bands), hasAge));

        List<FacetValue> costs = new ArrayList<>();
        List<Predicate<EvidenceFacts.Entry>> hasCost = new ArrayList<>();
        for (CostBand band : List.of(CostBand.LOW, CostBand.MEDIUM, CostBand.HIGH, CostBand.UNKNOWN)) {
            costs.add(new FacetValue(band.code(), band.shortLabel()));
            hasCost.add(e -> e.entry().resources().costBand() == band);
        }
        out.add(new FacetSpec(new Facet("cost", "pris", SearchPage.TEXTS.get("facet.cost"), ANY, costs, null), hasCost));
        out.add(termFacet("anchoring", "forankring", SearchPage.TEXTS.get("facet.anchoring"), ANY, tax.anchoringStrategies(),
            i -> i.anchoring().stream().map(Anchoring::strategy).toList()));
        List<FacetValue> domains = tax.outcomeDomains().stream().map(d -> new FacetValue(d.code(), d.label())).toList();
        List<Predicate<EvidenceFacts.Entry>> hasDomain = tax.outcomeDomains().stream()
            .map(d -> (Predicate<EvidenceFacts.Entry>) e -> e.entry().evidence().outcomes().stream()
                .anyMatch(o -> o.domain().code().equals(d.code()))).toList();
        out.add(new FacetSpec(new Facet("outcomeDomain", "resultat", SearchPage.TEXTS.get("facet.outcomeDomain"), ANY, domains, null), hasDomain));
        return out;
    }

    private static FacetSpec termFacet(String key, String param, String label, String match, List<Term> terms,
                                       java.util.function.Function<Intervention, List<Term>> of) {
        List<FacetValue> values = terms.stream().map(t -> new FacetValue(t.code(), t.label())).toList();
        List<Predicate<EvidenceFacts.Entry>> has = terms.stream()
            .map(t -> (Predicate<EvidenceFacts.Entry>) e -> of.apply(e.entry()).stream().anyMatch(x -> x.code().equals(t.code()))).toList();
        return new FacetSpec(new Facet(key, param, label, match, values, null), has);
    }

    /** A term's {@value #TOP_DOCS} best documents as the browser ranks them: weight byte down, then catalogue order. */
    private static List<Integer> top(List<LuceneScoring.Posting> postings, WeightScale scale) {
        return postings.stream()
            .sorted(Comparator.comparingInt((LuceneScoring.Posting p) -> -scale.quantise(p.weight())).thenComparingInt(LuceneScoring.Posting::doc))
            .limit(TOP_DOCS).map(LuceneScoring.Posting::doc).toList();
    }

    /** {@code t/N.json}: the shard's top documents as {@link NumberedDoc}s in catalogue order; clears {@code docs}. */
    private void writeTopDocs(Path dir, int shard, TreeSet<Integer> docs, List<StoredDoc> stored) throws IOException {
        List<NumberedDoc> out = new ArrayList<>();
        for (int d : docs) {
            StoredDoc s = stored.get(d);
            out.add(new NumberedDoc(d, s.slug(), s.title(), s.summary(), s.level(), s.noEffect()));
        }
        Files.write(dir.resolve("t/" + shard + ".json"), json.writeValueAsBytes(out));
        docs.clear();
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
