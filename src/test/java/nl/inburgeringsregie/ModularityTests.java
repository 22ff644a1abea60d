package nl.inburgeringsregie;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the module boundaries (no cycles, only exposed types used across modules) and documents them. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(InburgeringsregieApplication.class);

    @Test
    void moduleGrenzenWordenGerespecteerd() {
        modules.verify();
    }

    @Test
    void moduleDocumentatieWordtGeschreven() {
        new Documenter(modules).writeDocumentation();
    }
}
