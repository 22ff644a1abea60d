package nl.inburgeringsregie.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 point 6: every text a user sees comes from the message bundles, also when Java builds it (MessagesTest checks
 * the templates). A main Java source file may hold no Dutch sentence in a string literal; a message key
 * ({@code fout.pip.uren}) is no sentence and passes. The check, as ADR 0030 defines it:
 * <ul>
 *   <li>a string literal (not a comment, not a text block: text blocks are SQL) is a Dutch sentence when it holds at
 *       least three words and at least two of the Dutch function words in {@link #NEDERLANDS};</li>
 *   <li>not checked: the arguments of annotations (the OpenAPI document's descriptions are documentation for
 *       developers, in Dutch by ADR 0006) and of log calls ({@code log.info(…)}: log messages are English).</li>
 * </ul>
 * A Dutch literal that is not ours to translate (the DUO simulator answering as DUO, a value stored in the audit log)
 * is listed one by one in {@link #UITZONDERINGEN} with the reason; the package {@code demo} holds sample data.
 */
class NederlandseTekstInJavaTest {

    private static final Path BRON = Path.of("src/main/java");

    /** Dutch words that English (log messages, exceptions) and SQL do not use ("is", "of", "in" are both). */
    static final Set<String> NEDERLANDS = Set.of(
            "de", "het", "een", "van", "niet", "en", "op", "voor", "met", "zijn", "u", "uw", "er", "dit", "deze", "dat",
            "wordt", "kan", "geen", "naar", "bij", "nog", "ook", "heeft", "te", "om", "aan");

    /** A word: letters and underscores, so that a column name ({@code gezien_op}) is one word. */
    private static final Pattern WOORD = Pattern.compile("[\\p{L}_]+");

    /** Sample data in Dutch (names, document titles of the demo caseload), not texts of the application. */
    private static final String DEMODATA = "nl/inburgeringsregie/demo/";

    /**
     * A Dutch literal that is not a text of this application and so stays in Java: the file, why, and the exact
     * literals. Only these literals pass; any other Dutch sentence in the same file still fails, and an entry whose
     * literal is gone fails too ({@link #elkeUitzonderingStaatNogInHaarBestand}), so the list only covers what exists.
     */
    record Uitzondering(String bestand, String reden, Set<String> teksten) {}

    static final List<Uitzondering> UITZONDERINGEN = List.of(
            new Uitzondering(
                    "nl/inburgeringsregie/duosimulator/DuoSimulator.java",
                    "The simulator plays DUO: its fouttekst is DUO's own Dutch answer, the same whatever language "
                            + "our users read, and our screens show DUO's fouttekst verbatim. Rule texts the simulator "
                            + "shares with our own checks (DuoRegels) are in the bundle, because our screens show them.",
                    Set.of(
                            "De persoon valt bij DUO niet onder de gemeente van de bron.",
                            "Niet bekend bij DUO.",
                            "Niveau A2 mag niet met de B1-route in de eerste PIP.",
                            "Er is geen PIP bekend.",
                            "De PIP kan niet worden verwijderd: de inburgeringstermijn is vastgesteld.",
                            "De PIP kan niet worden verwijderd: er zijn al cursusuren bij het actuele "
                                    + "inburgeringsaanbod geregistreerd.",
                            "Persoon niet bekend bij DUO.",
                            "Deze handeling kent de simulator niet.")),
            new Uitzondering(
                    "nl/inburgeringsregie/duosimulator/DuoSimulatorToegang.java",
                    "The simulator's sign-in refusal is DUO's answer (its Foutmelding), as above.",
                    Set.of("De afzender kan niet worden geauthenticeerd.")),
            new Uitzondering(
                    "nl/inburgeringsregie/privacy/Doelbinding.java",
                    "A stored value, not a text: audit_log.purpose holds the purpose in these words in every row "
                            + "since V1; the audit log is evidence and its rows are never rewritten, so a changed "
                            + "wording (or a user's language) would split one purpose in two. The processing register "
                            + "cites the stored words with the constant's name.",
                    Set.of("beveiliging van het systeem")));

    @Test
    void geenNederlandseZinInJava() throws IOException {
        List<String> gevonden = new ArrayList<>();
        List<Path> bestanden;
        try (Stream<Path> paden = Files.walk(BRON)) {
            bestanden =
                    paden.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path bestand : bestanden) {
            String naam = BRON.relativize(bestand).toString().replace('\\', '/');
            if (!naam.startsWith(DEMODATA)) {
                gevonden.addAll(overtredingen(naam, Files.readString(bestand)));
            }
        }
        assertThat(gevonden)
                .as("Dutch text in Java; put it in i18n/*.properties and pass its key (ADR 0030)")
                .isEmpty();
    }

    @Test
    void elkeUitzonderingStaatNogInHaarBestand() throws IOException {
        for (Uitzondering u : UITZONDERINGEN) {
            Path bestand = BRON.resolve(u.bestand());
            assertThat(bestand).as("excluded file exists").exists();
            assertThat(u.reden()).as("reason for " + u.bestand()).isNotBlank();
            List<String> literals = letterlijkeTeksten(Files.readString(bestand));
            for (String tekst : u.teksten()) {
                assertThat(isNederlandseZin(tekst))
                        .as(u.bestand() + ": \"" + tekst + "\" is no Dutch sentence; remove it from UITZONDERINGEN")
                        .isTrue();
                assertThat(literals)
                        .as(u.bestand() + " no longer holds \"" + tekst + "\"; remove it from UITZONDERINGEN")
                        .contains(tekst);
            }
        }
    }

    @Test
    void eenNieuweNederlandseZinFaaltOokNaastEenUitzondering() {
        // A new sentence in an ordinary file fails.
        assertThat(overtredingen("nl/inburgeringsregie/pip/Nieuw.java", """
                        class Nieuw {
                            String x() { return "Het PIP is niet vastgesteld."; }
                        }
                        """))
                .containsExactly("nl/inburgeringsregie/pip/Nieuw.java: \"Het PIP is niet vastgesteld.\"");
        // In a file with exemptions only the listed literals pass: a new one fails, and so does an exempt literal
        // copied to another file.
        String simulator = "nl/inburgeringsregie/duosimulator/DuoSimulator.java";
        String bron = """
                class DuoSimulator {
                    Object a() { return fout(404, "Er is geen PIP bekend.", versie); }
                    Object b() { return fout(403, "De inburgeringstermijn is nog niet vastgesteld bij DUO.", versie); }
                }
                """;
        assertThat(overtredingen(simulator, bron))
                .containsExactly(simulator + ": \"De inburgeringstermijn is nog niet vastgesteld bij DUO.\"");
        assertThat(overtredingen("nl/inburgeringsregie/duo/DuoClient.java", bron))
                .hasSize(2);
    }

    /** The Dutch sentences in one main source file that no {@link Uitzondering} covers, as "file: \"literal\"". */
    static List<String> overtredingen(String naam, String java) {
        Set<String> toegestaan = UITZONDERINGEN.stream()
                .filter(u -> u.bestand().equals(naam))
                .flatMap(u -> u.teksten().stream())
                .collect(Collectors.toSet());
        return letterlijkeTeksten(java).stream()
                .filter(t -> isNederlandseZin(t) && !toegestaan.contains(t))
                .map(t -> naam + ": \"" + t + "\"")
                .toList();
    }

    @Test
    void deHeuristiekHerkentEenZinEnLaatSleutelsLogEnAnnotatiesMetRust() {
        assertThat(isNederlandseZin("Vul de geslachtsnaam van de inburgeraar in."))
                .isTrue();
        assertThat(isNederlandseZin("Uw rol geeft geen recht op deze handeling"))
                .isTrue();
        assertThat(isNederlandseZin("fout.pip.uren")).isFalse();
        assertThat(isNederlandseZin("Comparison with DUO for gemeente {} failed"))
                .isFalse();
        assertThat(isNederlandseZin("select id from signaal where gezien_op is null and bsn = ?"))
                .isFalse();
        assertThat(isNederlandseZin("Request body of an operation that takes none is no JSON"))
                .isFalse();
        assertThat(letterlijkeTeksten("""
                        @Operation(summary = "Werk een concept bij (met versie)")
                        void x() {
                            log.info("Er is een fout opgetreden bij de {}", "de taak");
                            // "Dit is een commentaar van de code"
                            throw new ConflictException("Dit dossier is al uitgeschreven.", null);
                        }
                        """)).containsExactly("Dit dossier is al uitgeschreven.");
    }

    static boolean isNederlandseZin(String tekst) {
        List<String> woorden = new ArrayList<>();
        Matcher m = WOORD.matcher(tekst.toLowerCase(Locale.ROOT));
        while (m.find()) {
            woorden.add(m.group());
        }
        return woorden.size() >= 3
                && woorden.stream().filter(NEDERLANDS::contains).distinct().count() >= 2;
    }

    /** The string literals of a Java source outside comments, text blocks, annotation arguments and log calls. */
    static List<String> letterlijkeTeksten(String java) {
        List<String> teksten = new ArrayList<>();
        Deque<Boolean> haakjes = new ArrayDeque<>(); // per open parenthesis: whether its contents are skipped
        int n = java.length();
        int i = 0;
        boolean volgendeOverslaan = false;
        while (i < n) {
            char c = java.charAt(i);
            if (java.startsWith("//", i)) {
                i = java.indexOf('\n', i) < 0 ? n : java.indexOf('\n', i);
            } else if (java.startsWith("/*", i)) {
                i = java.indexOf("*/", i + 2) < 0 ? n : java.indexOf("*/", i + 2) + 2;
            } else if (java.startsWith("\"\"\"", i)) {
                int eind = java.indexOf("\"\"\"", i + 3);
                i = eind < 0 ? n : eind + 3;
            } else if (c == '"' || c == '\'') {
                StringBuilder tekst = new StringBuilder();
                int j = i + 1;
                while (j < n && java.charAt(j) != c) {
                    if (java.charAt(j) == '\\' && j + 1 < n) {
                        tekst.append(java.charAt(j)).append(java.charAt(j + 1));
                        j += 2;
                    } else {
                        tekst.append(java.charAt(j++));
                    }
                }
                if (c == '"' && !haakjes.contains(Boolean.TRUE)) {
                    teksten.add(tekst.toString());
                }
                i = j + 1;
            } else if (c == '@' && i + 1 < n && Character.isJavaIdentifierStart(java.charAt(i + 1))) {
                int j = i + 1;
                while (j < n && (Character.isJavaIdentifierPart(java.charAt(j)) || java.charAt(j) == '.')) {
                    j++;
                }
                volgendeOverslaan = j < n && java.charAt(j) == '(';
                i = j;
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i;
                while (j < n && (Character.isJavaIdentifierPart(java.charAt(j)) || java.charAt(j) == '.')) {
                    j++;
                }
                String naam = java.substring(i, j);
                volgendeOverslaan =
                        j < n && java.charAt(j) == '(' && (naam.startsWith("log.") || naam.startsWith("LOG."));
                i = j;
            } else if (c == '(') {
                haakjes.push(volgendeOverslaan);
                volgendeOverslaan = false;
                i++;
            } else if (c == ')') {
                if (!haakjes.isEmpty()) {
                    haakjes.pop();
                }
                i++;
            } else {
                if (!Character.isWhitespace(c)) {
                    volgendeOverslaan = false;
                }
                i++;
            }
        }
        return teksten;
    }
}
