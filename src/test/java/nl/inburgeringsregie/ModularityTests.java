package nl.inburgeringsregie;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import nl.inburgeringsregie.duosimulator.DuoSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the module boundaries (no cycles, only exposed types used across modules) and documents them. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(InburgeringsregieApplication.class);

    @Test
    void moduleGrenzenWordenGerespecteerd() {
        modules.verify();
    }

    /**
     * The DUO simulator is a module of its own (ADR 0029): duo never depends on it, and duo's API is only what the
     * simulator builds on (DUO's rules, DUO's files, the settings, the credentials extension point), and the route
     * status's reader (ADR 0040).
     */
    @Test
    void deDuoSimulatorStaatBuitenDeApiVanDuo() {
        ApplicationModule duo = modules.getModuleByName("duo").orElseThrow();
        ApplicationModule simulator = modules.getModuleByName("duosimulator").orElseThrow();
        assertThat(simulator.contains(DuoSimulator.class)).isTrue();
        assertThat(duo.getDirectDependencies(modules).containsModuleNamed("duosimulator"))
                .isFalse();
        assertThat(new ClassFileImporter()
                                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                                .importPackages("nl.inburgeringsregie.duo")
                                .stream()
                                .filter(JavaClass::isTopLevelClass)
                                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                                .map(JavaClass::getSimpleName))
                // ADR 0040: the route status's reader and the entry point of the route parts' ends (PVT, MAP, Z-route).
                .containsExactlyInAnyOrder(
                        "DuoAanmelding",
                        "DuoInstellingen",
                        "DuoRegels",
                        "DuoSpecificaties",
                        "DuoRoutegegevens",
                        "DuoAfrondingen");
    }

    /**
     * The hours ledger (issue 15, ADR 0031) sits below the modules that feed and read it: aanbieders contributes its
     * attendance as an {@code UrenBron}, pip reads the NT2 hours for afschalen (T-7); uren depends on neither, so no
     * cycle arises (pip is below aanbieders).
     */
    @Test
    void hetUrenboekStaatOnderDeModulesDieHetVoedenEnLezen() {
        ApplicationModule uren = modules.getModuleByName("uren").orElseThrow();
        for (String hoger : List.of("aanbieders", "pip", "termijnen", "duo")) {
            assertThat(uren.getDirectDependencies(modules).containsModuleNamed(hoger))
                    .as("uren must not depend on %s", hoger)
                    .isFalse();
        }
        assertThat(modules.getModuleByName("aanbieders")
                        .orElseThrow()
                        .getDirectDependencies(modules)
                        .containsModuleNamed("uren"))
                .isTrue();
    }

    @Test
    void moduleDocumentatieWordtGeschreven() {
        new Documenter(modules).writeDocumentation();
    }
}
