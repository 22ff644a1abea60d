package nl.inburgeringsregie.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text the UI shows comes from the message bundles (PetClinic's translation test, stricter):
 * templates contain no literal words, every message key a template uses exists, and no key is defined
 * in two bundles.
 */
class MessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    /** Text between tags that contains a letter. */
    private static final Pattern LITERAL = Pattern.compile(">([^<]*\\p{L}[^<]*)<");
    /** Literal text in attributes people see or hear. */
    private static final Pattern ATTRIBUTE =
            Pattern.compile("\\s(?:title|alt|placeholder|aria-label)=\"([^\"]*\\p{L}[^\"]*)\"");
    /** Static message keys: #{key} or #{key(...)}. */
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z][\\w.]*)[}(]");

    @Test
    void sjablonenBevattenGeenLetterlijkeTekst() throws IOException {
        List<String> gevonden = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<script.*?</script>", "");
            Matcher m = LITERAL.matcher(html);
            while (m.find()) {
                gevonden.add(TEMPLATES.relativize(template) + ": " + m.group(1).strip());
            }
            Matcher a = ATTRIBUTE.matcher(html);
            while (a.find()) {
                gevonden.add(TEMPLATES.relativize(template) + ": attribute " + a.group(1));
            }
        }
        assertThat(gevonden)
                .as("literal text in templates; use th:text=\"#{...}\" and a key in i18n/*.properties")
                .isEmpty();
    }

    @Test
    void elkeGebruikteSleutelBestaat() throws IOException {
        Map<String, String> sleutels = sleutels();
        List<String> ontbrekend = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!sleutels.containsKey(m.group(1))) {
                    ontbrekend.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(ontbrekend)
                .as("message keys used in templates but missing from i18n/*.properties")
                .isEmpty();
    }

    @Test
    void geenSleutelInTweeBundels() throws IOException {
        Map<String, String> eerder = new HashMap<>();
        List<String> dubbel = new ArrayList<>();
        for (Path bundel : bundels()) {
            for (String sleutel : lees(bundel).stringPropertyNames()) {
                String vorige = eerder.put(sleutel, bundel.getFileName().toString());
                if (vorige != null) {
                    dubbel.add(sleutel + " in " + vorige + " and " + bundel.getFileName());
                }
            }
        }
        assertThat(dubbel).isEmpty();
    }

    @Test
    void elkeBundelStaatInDeConfiguratie() throws IOException {
        String configuratie = Files.readString(Path.of("src/main/resources/application.yml"));
        for (Path bundel : bundels()) {
            String naam = "i18n/" + bundel.getFileName().toString().replace(".properties", "");
            assertThat(configuratie)
                    .as("spring.messages.basename lists " + naam)
                    .contains(naam);
        }
    }

    private static Map<String, String> sleutels() throws IOException {
        Map<String, String> alle = new HashMap<>();
        for (Path bundel : bundels()) {
            lees(bundel).forEach((k, v) -> alle.put((String) k, (String) v));
        }
        return alle;
    }

    private static Properties lees(Path bundel) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(bundel)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<Path> bundels() throws IOException {
        try (Stream<Path> paths = Files.list(BUNDLES)) {
            return paths.filter(p -> p.toString().endsWith(".properties"))
                    .sorted()
                    .toList();
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> paths = Files.walk(TEMPLATES)) {
            return paths.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
