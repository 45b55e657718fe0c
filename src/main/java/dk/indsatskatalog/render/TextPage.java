package dk.indsatskatalog.render;

import dk.indsatskatalog.site.UrlPaths;

/** A free page written in Markdown (about, method, the evidence scale), already sanitised. */
public record TextPage(String path, String title, String html) {
    /** The main-menu item the page belongs to ("" for none): the about page is in the menu. */
    public String menuKey() { return path.equals(UrlPaths.page("om")) ? "about" : ""; }
}
