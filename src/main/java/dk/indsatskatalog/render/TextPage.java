package dk.indsatskatalog.render;

/** A free page written in Markdown (about, method, the evidence scale), already sanitised. */
public record TextPage(String path, String title, String html) {}
