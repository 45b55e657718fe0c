package dk.indsatskatalog.validate;

import dk.indsatskatalog.model.Countries;
import dk.indsatskatalog.problem.DidYouMean;
import dk.indsatskatalog.problem.PositionIndex;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.problem.ProblemCode;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Field checks that entries and sources share; each reports at the field's position and returns null when wrong. */
final class Checks {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}|" + Countries.INTERNATIONAL);

    private final PositionIndex at;
    private final List<Problem> problems;

    Checks(PositionIndex at, List<Problem> problems) {
        this.at = at;
        this.problems = problems;
    }

    /** A date written YYYY-MM-DD that exists (2025-02-30 does not), or null with the problem added. */
    java.time.LocalDate date(String value, String path) {
        if (!DATE.matcher(value.strip()).matches()) {
            problems.add(at.problem(path, ProblemCode.DATE_FORMAT, value));
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(at.problem(path, ProblemCode.DATE_NONEXISTENT, value));
            return null;
        }
    }

    /** A code from a vocabulary editors extend. */
    <T> T code(String code, String path, List<T> vocabulary, Function<T, String> codeOf, String what) {
        for (T t : vocabulary) if (codeOf.apply(t).equals(code)) return t;
        List<String> known = vocabulary.stream().map(codeOf).toList();
        problems.add(at.problem(path, ProblemCode.UNKNOWN_CODE, what, code, orList(code, known)));
        return null;
    }

    /** A code from a fixed set. */
    <E> E fixed(String code, String path, E[] values, Function<E, String> codeOf, String what) {
        return code(code, path, Arrays.asList(values), codeOf, what);
    }

    /** A did-you-mean when one is close, else the whole list when it is short. */
    private static String orList(String typed, List<String> known) {
        String hint = DidYouMean.hint(typed, known);
        if (!hint.isEmpty()) return hint;
        return known.size() <= 8 ? "; brug en af " + String.join(", ", known) : "; se koderne i ordlistefilen i content/taxonomies/";
    }

    void countryIsACode(String country, String path) {
        if (!COUNTRY.matcher(country).matches()) {
            problems.add(at.problem(path, ProblemCode.COUNTRY_NOT_CODE, country, Countries.INTERNATIONAL));
        }
    }

    String url(String url, String path) {
        try {
            URI uri = new URI(url.strip());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                problems.add(at.problem(path, ProblemCode.URL_SCHEME, url));
                return null;
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            problems.add(at.problem(path, ProblemCode.URL_MALFORMED, url, e.getReason()
                + (e.getIndex() >= 0 ? " ved tegn " + (e.getIndex() + 1) : "")));
            return null;
        }
    }

    void yearIsPlausible(Integer year, String path) {
        if (year != null && (year < Limits.YEAR_MIN || year > Limits.YEAR_MAX)) {
            problems.add(at.problem(path, ProblemCode.YEAR_IMPLAUSIBLE, year));
        }
    }

    static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }
}
