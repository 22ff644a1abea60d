package nl.inburgeringsregie.gebruikers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Rights are typed (ADR 0028): the only {@code @PreAuthorize} expressions are those of the {@code Mag…} annotations in
 * this module, and each names rights that exist in {@link Recht}.
 */
class RechtenAnnotatiesTest {

    private static final Path BRON = Path.of("src/main/java");
    private static final Path ANNOTATIES = BRON.resolve("nl/inburgeringsregie/gebruikers");

    @Test
    void geenSpelTekstBuitenDeGetypeerdeRechten() throws IOException {
        try (Stream<Path> bestanden = Files.walk(BRON)) {
            List<Path> metTekst = bestanden
                    .filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !isRechtAnnotatie(p))
                    .filter(p -> lees(p).contains("@PreAuthorize("))
                    .toList();
            assertThat(metTekst)
                    .as("use a typed right (Mag…; rechten-annotaties.py) instead of a SpEL string")
                    .isEmpty();
        }
    }

    @Test
    void elkeGetypeerdeRechtNoemtBestaandeRechten() throws Exception {
        List<Path> annotaties;
        try (Stream<Path> bestanden = Files.list(ANNOTATIES)) {
            annotaties =
                    bestanden.filter(RechtenAnnotatiesTest::isRechtAnnotatie).toList();
        }
        assertThat(annotaties).isNotEmpty();
        List<String> rechten =
                Arrays.stream(Recht.values()).map(Recht::authority).toList();
        for (Path pad : annotaties) {
            String naam = pad.getFileName().toString().replace(".java", "");
            Class<?> type = Class.forName("nl.inburgeringsregie.gebruikers." + naam);
            PreAuthorize pre = type.getAnnotation(PreAuthorize.class);
            assertThat(pre).as(naam).isNotNull();
            Matcher m = Pattern.compile("'(RECHT_[A-Z_]+)'").matcher(pre.value());
            int gevonden = 0;
            while (m.find()) {
                assertThat(rechten).as("%s: %s", naam, pre.value()).contains(m.group(1));
                gevonden++;
            }
            assertThat(gevonden).as(naam).isPositive();
        }
    }

    @Test
    void eenGetypeerdRechtWerktAlsDeTekstDieHetVervangt() {
        assertThat(MagDossierInzien.class.getAnnotation(PreAuthorize.class).value())
                .isEqualTo("hasAuthority('RECHT_DOSSIER_INZIEN')");
    }

    private static boolean isRechtAnnotatie(Path p) {
        return p.getParent().endsWith(Path.of("nl/inburgeringsregie/gebruikers"))
                && p.getFileName().toString().matches("Mag[A-Z]\\w*\\.java")
                && lees(p).contains("public @interface");
    }

    private static String lees(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
