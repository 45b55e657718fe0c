package dk.indsatskatalog.site;

/**
 * The one Content-Security-Policy of the site: pages carry {@link #POLICY} in their meta tag (the
 * base layout reads it as {@code contentSecurityPolicy}) and {@code serve} sends {@link #HEADER}.
 * No inline script or style anywhere, nothing from another origin.
 */
public final class ContentSecurityPolicy {
    /** Every directive a meta tag can carry. */
    public static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
    /** Browsers ignore {@code frame-ancestors} in a meta tag, so only the header can refuse framing. */
    public static final String HEADER = POLICY + "; frame-ancestors 'none'";

    private ContentSecurityPolicy() {}
}
