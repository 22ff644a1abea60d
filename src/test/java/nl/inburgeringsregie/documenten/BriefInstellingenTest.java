package nl.inburgeringsregie.documenten;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * Issue 13 point 6: the sender of a gemeente without a block of its own is configuration
 * ({@code inburgeringsregie.brieven.standaard} in application.yml), not a literal in Java; a configured gemeente keeps
 * its own.
 */
class BriefInstellingenTest {

    private static BriefInstellingen uitApplicationYml() throws IOException {
        var bron = new YamlPropertySourceLoader()
                .load("application", new ClassPathResource("application.yml"))
                .getFirst();
        return new Binder(ConfigurationPropertySources.from(bron))
                .bind("inburgeringsregie.brieven", Bindable.of(BriefInstellingen.class))
                .get();
    }

    @Test
    void eenGemeenteZonderEigenAfzenderKrijgtDeStandaardMetHaarCode() throws IOException {
        BriefInstellingen.Afzender afzender = uitApplicationYml().afzender("0999");
        assertThat(afzender.naam()).isEqualTo("Gemeente 0999");
        assertThat(afzender.afdeling()).isEqualTo("Team inburgering");
        assertThat(afzender.ondertekenaar()).isEqualTo("Het college van burgemeester en wethouders");
        assertThat(afzender.adres()).isEmpty();
        assertThat(afzender.telefoon()).isEmpty();
        assertThat(afzender.email()).isEmpty();
        assertThat(afzender.functie()).isEmpty();
    }

    @Test
    void eenGemeenteMetEigenAfzenderHoudtDie() throws IOException {
        BriefInstellingen.Afzender haarlem = uitApplicationYml().afzender("0392");
        assertThat(haarlem.naam()).isEqualTo("Gemeente Haarlem");
        assertThat(haarlem.ondertekenaar()).isEqualTo("S. de Vries");
    }
}
