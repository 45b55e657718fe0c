package dk.indsatskatalog.export;

/** A vocabulary as a SKOS concept scheme in Turtle: each term a concept with its code as notation. */
final class SkosExport {
    private SkosExport() {}

    static byte[] turtle(Vocabulary vocabulary) {
        Turtle t = new Turtle()
            .prefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .prefix("dct", "http://purl.org/dc/terms/");
        t.subject(Turtle.iri(vocabulary.uri()))
            .add("a", "skos:ConceptScheme")
            .add("skos:prefLabel", Turtle.text(vocabulary.title().da(), "da"))
            .add("skos:prefLabel", Turtle.text(vocabulary.title().en(), "en"))
            .add("dct:description", Turtle.text(vocabulary.description(), "da"))
            .add("dct:license", Turtle.iri(JsonExport.LICENSE));
        for (Vocabulary.Term term : vocabulary.terms()) {
            t.add("skos:hasTopConcept", Turtle.iri(term.uri()));
        }
        for (Vocabulary.Term term : vocabulary.terms()) {
            t.subject(Turtle.iri(term.uri()))
                .add("a", "skos:Concept")
                .add("skos:inScheme", Turtle.iri(vocabulary.uri()))
                .add("skos:topConceptOf", Turtle.iri(vocabulary.uri()))
                .add("skos:notation", Turtle.literal(term.code()))
                .add("skos:prefLabel", Turtle.text(term.label().da(), "da"))
                .add("skos:prefLabel", Turtle.text(term.label().en(), "en"))
                .add("skos:definition", Turtle.text(term.description(), "da"));
        }
        return t.bytes();
    }
}
