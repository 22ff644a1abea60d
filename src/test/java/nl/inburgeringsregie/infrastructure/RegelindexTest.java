package nl.inburgeringsregie.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.inburgeringsregie.pip.PipTermijnen;
import nl.inburgeringsregie.termijnen.AlgemeneTermijnenwet;
import nl.inburgeringsregie.termijnen.InburgeringTermijnen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Issue 13: from a rule id, a reader finds the one class that decides it. Every class marked {@link Beslist} is found
 * on the class path; an id claimed by two classes, an id that is not a rule id, or an id the class's source never
 * names fails, and the committed index {@code docs/regelindex.md} must equal the one the code implies. After an
 * intended change run {@code ./mvnw test -Dtest=RegelindexTest -Dregelindex.update=true} once to refresh it.
 */
class RegelindexTest {

    private static final Path INDEX = Path.of("docs/regelindex.md");
    private static final Path BRONNEN = Path.of("src/main/java");
    private static final String BASIS = "nl.inburgeringsregie";

    /** The rule ids: the rule book's sections in its order, then ADR 0031's AB-*. */
    private static final List<String> SOORTEN = List.of("PL", "T", "R", "I", "P", "H", "O", "AB", "D");

    private static final Pattern REGEL_ID = Pattern.compile("(PL|T|I|P|R|O|H|AB|D)-[1-9][0-9]*");

    /** Per rule id, every class that claims to decide it (so a second claim is seen, not overwritten). */
    private static Map<String, List<Class<?>>> claims() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definitie) {
                return true; // package-private classes, records and nested types too
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(Beslist.class));
        Map<String, List<Class<?>>> claims = new TreeMap<>(VOLGORDE);
        for (BeanDefinition definitie : scanner.findCandidateComponents(BASIS)) {
            Class<?> klasse;
            try {
                klasse = Class.forName(definitie.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            for (String id : klasse.getAnnotation(Beslist.class).value()) {
                claims.computeIfAbsent(id, i -> new ArrayList<>()).add(klasse);
            }
        }
        return claims;
    }

    /** PL-1 < PL-2 < T-1 < T-13 < R-1 …: the rule book's order, numbers as numbers; an unknown id last. */
    private static final Comparator<String> VOLGORDE = Comparator.comparingInt((String id) -> {
                int i = SOORTEN.indexOf(id.substring(0, Math.max(0, id.indexOf('-'))));
                return i < 0 ? SOORTEN.size() : i;
            })
            .thenComparingInt(id -> {
                String nummer = id.substring(id.indexOf('-') + 1);
                return nummer.matches("[0-9]{1,9}") ? Integer.parseInt(nummer) : Integer.MAX_VALUE;
            })
            .thenComparing(Comparator.naturalOrder());

    @Test
    void deScanVindtDeBeslissendeKlassen() {
        Map<String, List<Class<?>>> claims = claims();
        // A scan that finds nothing would let every other check pass: these are known.
        assertThat(claims.get("T-1")).containsExactly(PipTermijnen.class);
        assertThat(claims.get("T-14")).containsExactly(AlgemeneTermijnenwet.class);
        assertThat(claims.get("T-3")).containsExactly(InburgeringTermijnen.class);
        assertThat(claims.get("I-1")).extracting(Class::getName).containsExactly(BASIS + ".intake.IntakeRegels");
        assertThat(claims.get("AB-4")).extracting(Class::getName).containsExactly(BASIS + ".aanbieders.Plaatsing");
        assertThat(claims.values().stream().flatMap(List::stream).distinct().map(Class::getSimpleName))
                .contains(
                        "InburgeringTermijnen",
                        "AlgemeneTermijnenwet",
                        "PipTermijnen",
                        "IntakeTermijnen",
                        "Plichtindicatie",
                        "GedetailleerdeDoelgroep",
                        "Inburgeraar",
                        "IntakeRegels",
                        "CoaOverdrachten",
                        "Routeregels",
                        "Routeadvies",
                        "PipRegels",
                        "Pip",
                        "Beschikking",
                        "DuoRegels",
                        "Plaatsingen",
                        "Plaatsing");
    }

    @Test
    void elkeRegelWordtInEenKlasseBeslist() {
        Map<String, List<Class<?>>> dubbel = new TreeMap<>(VOLGORDE);
        claims().forEach((id, klassen) -> {
            if (klassen.size() > 1) {
                dubbel.put(id, klassen);
            }
        });
        assertThat(dubbel)
                .as("a rule decided in two places: let one class decide it and the other call it")
                .isEmpty();
    }

    @Test
    void elkeClaimIsEenRegelIdDatDeKlasseNoemt() throws IOException {
        List<String> fout = new ArrayList<>();
        for (Map.Entry<String, List<Class<?>>> claim : claims().entrySet()) {
            String id = claim.getKey();
            for (Class<?> klasse : claim.getValue()) {
                if (!REGEL_ID.matcher(id).matches()) {
                    fout.add(klasse.getName() + ": '" + id + "' is not a rule id");
                } else if (!Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])")
                        .matcher(bron(klasse))
                        .find()) {
                    fout.add(klasse.getName() + ": decides " + id + " but its source never names it");
                }
                if (Arrays.stream(klasse.getAnnotation(Beslist.class).value())
                                .filter(id::equals)
                                .count()
                        > 1) {
                    fout.add(klasse.getName() + ": names " + id + " twice");
                }
            }
        }
        assertThat(fout).isEmpty();
    }

    @Test
    void gecommitteerdeRegelindexKomtOvereenMetDeCode() throws IOException {
        String actueel = index(claims());
        if (Boolean.getBoolean("regelindex.update")) {
            Files.writeString(INDEX, actueel);
        }
        String gecommitteerd = Files.exists(INDEX) ? Files.readString(INDEX) : "";
        if (!actueel.equals(gecommitteerd)) {
            Path nieuw = Path.of("target/regelindex.md");
            Files.createDirectories(nieuw.getParent());
            Files.writeString(nieuw, actueel);
            assertThat(gecommitteerd)
                    .as(
                            "docs/regelindex.md differs from the @Beslist annotations (new version in target/regelindex.md); "
                                    + "after an intended change run ./mvnw test -Dtest=RegelindexTest -Dregelindex.update=true")
                    .isEqualTo(actueel);
        }
    }

    /** The index as markdown: one row per rule id, in the rule book's order. */
    private static String index(Map<String, List<Class<?>>> claims) throws IOException {
        StringBuilder md = new StringBuilder("""
                # Rule index

                Which class decides each rule: from a rule id of the rule book (`../shared/domein/regels.md`) or an ADR \
                (AB-*: [ADR 0031](adr/0031-aanbieders-contracten-plaatsingen.md)) to the one class where it is \
                computed, checked or enforced. Other classes cite the id where they apply that decision. The deciding \
                class carries `@Beslist` (`infrastructure.Beslist`); `RegelindexTest` fails when two classes claim the \
                same id, and writes this page from the annotations and each class's first Javadoc sentence: do not edit \
                it by hand, run `./mvnw test -Dtest=RegelindexTest -Dregelindex.update=true`. A rule the software does \
                not decide in one class has no row ([ADR 0030](adr/0030-one-way-for-each-technical-thing.md), \
                amendment 2026-12-01).

                | Rule | Class | Module | What the class decides |
                |------|-------|--------|------------------------|
                """);
        Map<Class<?>, String> zinnen = new LinkedHashMap<>();
        for (Map.Entry<String, List<Class<?>>> claim : claims.entrySet()) {
            for (Class<?> klasse : claim.getValue()) {
                String relatief = klasse.getName().substring(BASIS.length() + 1);
                String module = relatief.substring(0, relatief.indexOf('.'));
                String pad = "../" + BRONNEN.resolve(bestand(klasse)).toString().replace('\\', '/');
                String zin = zinnen.computeIfAbsent(klasse, k -> eersteZin(k));
                md.append("| ")
                        .append(claim.getKey())
                        .append(" | [")
                        .append(relatief)
                        .append("](")
                        .append(pad)
                        .append(") | ")
                        .append(module)
                        .append(" | ")
                        .append(zin.replace("|", "\\|"))
                        .append(" |\n");
            }
        }
        md.append("\n")
                .append(claims.size())
                .append(" rule ids, decided in ")
                .append(new TreeSet<>(claims.values().stream()
                                .flatMap(List::stream)
                                .map(Class::getName)
                                .toList())
                        .size())
                .append(" classes.\n");
        return md.toString();
    }

    private static String bestand(Class<?> klasse) {
        Class<?> buitenste = klasse;
        while (buitenste.getEnclosingClass() != null) {
            buitenste = buitenste.getEnclosingClass();
        }
        return buitenste.getName().replace('.', '/') + ".java";
    }

    private static String bron(Class<?> klasse) throws IOException {
        return Files.readString(BRONNEN.resolve(bestand(klasse)));
    }

    /**
     * The first sentence of the class's Javadoc, tags reduced to their text: up to the first full stop that a space and
     * a capital follow (so "art. 1" and "e.g. a" do not end it), or up to a drawing ({@code <pre>}).
     */
    private static String eersteZin(Class<?> klasse) {
        String bron;
        try {
            bron = bron(klasse);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Matcher verklaring = Pattern.compile(
                        "^(?:public |final |abstract |sealed )*(?:class|record|enum|interface|@interface) "
                                + klasse.getSimpleName() + "\\b",
                        Pattern.MULTILINE)
                .matcher(bron);
        assertThat(verklaring.find()).as(klasse.getName() + ": its declaration").isTrue();
        int einde = bron.lastIndexOf("*/", verklaring.start());
        int begin = bron.lastIndexOf("/**", einde);
        assertThat(begin).as(klasse.getName() + " has a Javadoc").isNotNegative();
        String tekst = bron.substring(begin + 3, einde)
                .replaceAll("(?m)^\\s*\\*\\s?", "")
                .replaceAll("(?s)<pre>.*", "") // a drawing ends the summary
                .replaceAll("\\{@(?:link|linkplain) [^}\\s]*\\s+([^}]*)}", "$1")
                .replaceAll("\\{@(?:link|linkplain|code) #?([^}]*)}", "$1")
                .replaceAll("<[^>]+>", "")
                .replaceAll("\\s+", " ")
                .strip();
        Matcher punt = Pattern.compile("\\.(?=\\s+[A-Z\"])").matcher(tekst);
        String zin = punt.find() ? tekst.substring(0, punt.start() + 1) : tekst;
        return zin.endsWith(":") ? zin.substring(0, zin.length() - 1) + "." : zin;
    }
}
