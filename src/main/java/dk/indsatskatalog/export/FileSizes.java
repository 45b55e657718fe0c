package dk.indsatskatalog.export;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** File sizes as Danish readers write them, in decimal units: "820 byte", "3,4 kB", "56 kB", "1,2 MB". */
final class FileSizes {
    private static final DecimalFormatSymbols DANISH = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("da-DK"));

    private FileSizes() {}

    static String danish(long bytes) {
        if (bytes < 1_000) return bytes + " byte";
        if (bytes < 1_000_000) return number(bytes / 1_000.0) + " kB";
        if (bytes < 1_000_000_000) return number(bytes / 1_000_000.0) + " MB";
        return number(bytes / 1_000_000_000.0) + " GB";
    }

    /** One decimal below 10, none from 10 up. */
    private static String number(double value) {
        return new DecimalFormat(value < 10 ? "0.0" : "0", DANISH).format(value);
    }
}
