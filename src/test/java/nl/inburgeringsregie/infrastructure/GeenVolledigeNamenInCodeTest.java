package nl.inburgeringsregie.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 point 6 (ADR 0024): code names a class by its simple name and imports it; no inline fully qualified names
 * such as {@code new java.util.ArrayList<>()}. Comments, strings and text blocks may hold such names; package-info
 * files may too (their annotations come before the package and cannot use imports).
 */
class GeenVolledigeNamenInCodeTest {

    private static final Pattern VOLLEDIGE_NAAM =
            Pattern.compile("(?<![\\w.])(?:java|javax|jakarta|org|com|nl|io|jdk)\\.(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*");

    @Test
    void geenVolledigeKlassennamenInDeCode() throws IOException {
        List<String> gevonden = new ArrayList<>();
        for (String map : new String[] {"src/main/java", "src/test/java", "src/benchmark/java"}) {
            Path bron = Path.of(map);
            if (!Files.isDirectory(bron)) {
                continue;
            }
            try (Stream<Path> paden = Files.walk(bron)) {
                for (Path bestand : paden.filter(p -> p.toString().endsWith(".java")
                                && !p.getFileName().toString().equals("package-info.java"))
                        .sorted()
                        .toList()) {
                    volledigeNamen(Files.readString(bestand))
                            .forEach(naam -> gevonden.add(bron.relativize(bestand) + ": " + naam));
                }
            }
        }
        assertThat(gevonden)
                .as("inline fully qualified names; import the class instead")
                .isEmpty();
    }

    @Test
    void deControleVindtEenVolledigeNaamInCodeEnNietInCommentaarOfTekst() {
        String tekstblok = "\"\"\"";
        String bron = String.join(
                "\n",
                "package a;",
                "import java.util.List;",
                "import static org.assertj.core.api.Assertions.assertThat;",
                "class A {",
                "    // java.util.Map in a comment",
                "    /* org.example.Nope */",
                "    String s = \"java.util.Set\";",
                "    String t = " + tekstblok,
                "        nl.inburgeringsregie.Tekst",
                "        " + tekstblok + ";",
                "    Object o = new java.util.ArrayList<String>();",
                "    List<String> l = List.of();",
                "}");
        assertThat(volledigeNamen(bron)).containsExactly("java.util.ArrayList");
    }

    /** The fully qualified class names in the code of a source file, outside imports, comments and strings. */
    static List<String> volledigeNamen(String bron) {
        List<String> namen = new ArrayList<>();
        Matcher m = VOLLEDIGE_NAAM.matcher(alleenCode(bron));
        while (m.find()) {
            namen.add(m.group());
        }
        return namen;
    }

    /** The source with comments, string and character literals, text blocks, imports and package blanked out. */
    private static String alleenCode(String bron) {
        StringBuilder code = new StringBuilder();
        int i = 0;
        int n = bron.length();
        while (i < n) {
            if (bron.startsWith("\"\"\"", i)) {
                int eind = bron.indexOf("\"\"\"", i + 3);
                i = eind < 0 ? n : eind + 3;
                code.append(' ');
            } else if (bron.startsWith("//", i)) {
                int eind = bron.indexOf('\n', i);
                i = eind < 0 ? n : eind;
            } else if (bron.startsWith("/*", i)) {
                int eind = bron.indexOf("*/", i + 2);
                i = eind < 0 ? n : eind + 2;
                code.append(' ');
            } else if (bron.charAt(i) == '"' || bron.charAt(i) == '\'') {
                char aanhalingsteken = bron.charAt(i);
                int j = i + 1;
                while (j < n && bron.charAt(j) != aanhalingsteken && bron.charAt(j) != '\n') {
                    j += bron.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                code.append(' ');
            } else {
                code.append(bron.charAt(i));
                i++;
            }
        }
        return code.toString().replaceAll("(?m)^\\s*(import|package)\\s[^;]*;", "");
    }
}
