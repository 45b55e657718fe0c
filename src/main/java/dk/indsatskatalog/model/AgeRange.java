package dk.indsatskatalog.model;

/** Ages the intervention is for; either bound may be null (open). */
public record AgeRange(Integer min, Integer max, String note) {
    public String label() {
        if (min == null && max == null) return "Alle aldre";
        if (max == null) return min + " år og op";
        if (min == null) return "Op til " + max + " år";
        return min + "–" + max + " år";
    }
}
