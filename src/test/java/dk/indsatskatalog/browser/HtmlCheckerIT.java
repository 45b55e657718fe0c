package dk.indsatskatalog.browser;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Nu HTML Checker (the engine behind validator.w3.org/nu), in-process: no error on any page. */
@ExtendWith(RealSiteExtension.class)
class HtmlCheckerIT {
    /** The checker's schema for HTML (with RDFa Lite), as the online checker uses for text/html. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

    @Test void noPageHasAnHtmlError(RealSite site) throws Exception {
        Checker checker = new Checker();
        List<String> errors = new ArrayList<>();
        for (String page : site.pages()) errors.addAll(checker.check(site.file(page)).stream().map(e -> page + e).toList());
        assertEquals(List.of(), errors);
    }

    @Test void theCheckerFindsAnError() throws Exception {
        // Proves the checker is wired up: a duplicate id and a stray end tag must be reported.
        Path bad = Files.createTempFile("ik-bad", ".html");
        try {
            Files.writeString(bad, "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>x</title></head>"
                + "<body><p id=\"a\">x</p><p id=\"a\">y</p></div></body></html>");
            List<String> errors = new Checker().check(bad);
            assertEquals(List.of(":1:113: Duplicate ID “a”.", ":1:124: Stray end tag “div”."), errors);
        } finally {
            Files.delete(bad);
        }
    }

    /** One checker, its schema loaded once, for many files. */
    static final class Checker {
        private final List<String> errors = new ArrayList<>();
        private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);

        Checker() throws Exception {
            ErrorHandler collect = new ErrorHandler() {
                @Override public void warning(SAXParseException e) { }
                @Override public void error(SAXParseException e) {
                    errors.add(":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
                }
                @Override public void fatalError(SAXParseException e) { error(e); }
            };
            validator.setUpMainSchema(HTML_SCHEMA, collect);
            validator.setUpValidatorAndParsers(collect, false, false);
        }

        /** The errors in one file, as ":line:column: message". */
        List<String> check(Path file) throws Exception {
            errors.clear();
            validator.checkHtmlFile(file.toFile(), true);
            return List.copyOf(errors);
        }
    }
}
