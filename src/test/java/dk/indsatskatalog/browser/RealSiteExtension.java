package dk.indsatskatalog.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands tests the one {@link RealSite} of this JVM (built, served and, on demand, open in Chromium),
 * kept in JUnit's root store so it is closed once, after the last test class.
 */
public final class RealSiteExtension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == RealSite.class || type == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RealSite site = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
            .getOrComputeIfAbsent(RealSite.class, key -> RealSite.start(), RealSite.class);
        return parameter.getParameter().getType() == Browser.class ? site.browser() : site;
    }
}
