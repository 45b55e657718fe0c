package dk.indsatskatalog.export;

import java.util.List;

/** The HTML page behind a vocabulary's URI (terms are fragments on it), or the index of all vocabularies. */
public record VocabularyPage(String path, String title, Vocabulary vocabulary, String jsonPath, String turtlePath,
                             List<DataPage.VocabularyDoc> all) {}
