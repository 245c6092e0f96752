package io.aftercert.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.util.Optional;

/**
 * Reads a resource that belongs to another class's module, on the class path and on the module
 * path alike.
 *
 * <p>{@link Class#getResourceAsStream(String)} is caller-sensitive: called from core for a
 * provider's class in a named module, it finds the resource only if the provider's module
 * {@code opens} the package to core. Rather than make every rubric module open its package, a
 * resource the plain lookup does not find is read through the {@link ModuleReader} of the
 * anchor's own module (the module's content, which needs no {@code opens}). Only when the module
 * belongs to no {@link ModuleLayer} (a module defined outside the layer API) is the plain lookup
 * the only one; such a module must declare {@code opens <package> to io.aftercert.core}.
 */
final class ModuleResources {
    private ModuleResources() {
    }

    /** The bytes of {@code name} relative to {@code anchor} (as Class.getResourceAsStream), or null. */
    static byte[] read(Class<?> anchor, String name) throws IOException {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in != null) return in.readAllBytes();
        }
        Module module = anchor.getModule();
        ModuleLayer layer = module.getLayer();
        if (!module.isNamed() || layer == null) return null;
        String absolute = name.startsWith("/") ? name.substring(1)
                : anchor.getPackageName().replace('.', '/') + "/" + name;
        Optional<ResolvedModule> resolved = layer.configuration().findModule(module.getName());
        if (resolved.isEmpty()) return null;
        try (ModuleReader reader = resolved.get().reference().open()) {
            Optional<InputStream> in = reader.open(absolute);
            if (in.isEmpty()) return null;
            try (InputStream s = in.get()) {
                return s.readAllBytes();
            }
        }
    }
}
