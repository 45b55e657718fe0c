package dk.indsatskatalog.export;

/** Text for XML: characters XML 1.0 forbids are dropped (escaping is the writer's job). */
final class Xml {
    private Xml() {}

    static String clean(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && out == null) out = new StringBuilder(value.substring(0, i));
            if (allowed && out != null) out.appendCodePoint(c);
            i += Character.charCount(c);
        }
        return out == null ? value : out.toString();
    }
}
