package dk.indsatskatalog.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AssetCompactorTest {

    @Test
    void scriptsLoseWholeLineCommentsAndIndentationButKeepEveryStatementAndLineBreakBetweenThem() {
        String script = """
            /**
             * The engine.
             */
            import { a } from './a.js';

            export function f(x) {
              // why, briefly
              const re = /\\/+/g; // a trailing comment stays
              return x
                .replace(re, '/* not a comment */');
            }
            /* one line */ const y = 2;
            """;
        assertEquals(Optional.of("""
            import { a } from './a.js';
            export function f(x) {
            const re = /\\/+/g; // a trailing comment stays
            return x
            .replace(re, '/* not a comment */');
            }
            const y = 2;
            """), AssetCompactor.compact(script, true));
    }

    @Test
    void stylesheetsLoseBlockCommentsButKeepDoubleSlashesWhichAreNotCommentsInCss() {
        String css = """
            /* Badge ramp */
            .ik-badge {
              /* level colours
                 from the scale */
              color: #123;
            }
            // not a comment in CSS
            """;
        assertEquals(Optional.of("""
            .ik-badge {
            color: #123;
            }
            // not a comment in CSS
            """), AssetCompactor.compact(css, false));
    }

    @Test
    void aScriptWhereALineCouldStartInsideALiteralOrACommentIsLeftAsItIs() {
        assertEquals(Optional.empty(), AssetCompactor.compact("const t = `a\n  // kept: inside the template\n`;\n", true));
        assertEquals(Optional.empty(), AssetCompactor.compact("const s = 'a\\\n  b';\n", true));
        assertEquals(Optional.empty(), AssetCompactor.compact("f(); /* opened here\n  // and goes on */\n", true));
    }

    @Test
    void onlyTheCopiesOfAssetsAreRewritten(@TempDir Path dir) throws Exception {
        Path assets = Files.createDirectories(dir.resolve("assets/js"));
        Files.writeString(assets.resolve("a.js"), "  // note\n  go();\n");
        Files.writeString(assets.resolve("b.svg"), "  <svg/>\n");
        Path site = Files.createDirectories(dir.resolve("site/js"));
        Files.writeString(site.resolve("a.js"), "  // note\n  go();\n");
        Files.writeString(site.resolve("b.svg"), "  <svg/>\n");
        Files.writeString(site.resolve("page.js"), "  // not from assets\n");
        AssetCompactor.compactCopies(dir.resolve("assets"), dir.resolve("site"));
        assertEquals("go();\n", Files.readString(site.resolve("a.js")));
        assertEquals("  <svg/>\n", Files.readString(site.resolve("b.svg")));
        assertEquals("  // not from assets\n", Files.readString(site.resolve("page.js")));
    }
}
