package nl.inburgeringsregie.gebruikers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/rollen.md shows the role matrix of {@link Rol}; this test keeps the document equal to the code. On a
 * difference it writes the table the code implies to target/rolmatrix.md, to paste between the markers.
 */
class RolMatrixDocumentTest {

    static final String BEGIN = "<!-- rolmatrix:begin -->";
    static final String EINDE = "<!-- rolmatrix:end -->";

    static String matrix() {
        StringBuilder tabel = new StringBuilder("| Rol | ")
                .append(Arrays.stream(Recht.values())
                        .map(r -> "`" + r.name() + "`")
                        .collect(Collectors.joining(" | ")))
                .append(" |\n|---|")
                .append(Arrays.stream(Recht.values()).map(r -> ":-:").collect(Collectors.joining("|")))
                .append("|\n");
        for (Rol rol : Rol.values()) {
            tabel.append("| `")
                    .append(rol.name())
                    .append("` | ")
                    .append(Arrays.stream(Recht.values())
                            .map(r -> rol.heeft(r) ? "✔" : "–")
                            .collect(Collectors.joining(" | ")))
                    .append(" |\n");
        }
        return tabel.toString();
    }

    @Test
    void docsRollenToontDeMatrixUitDeCode() throws IOException {
        String document = Files.readString(Path.of("docs/rollen.md"), StandardCharsets.UTF_8);
        assertThat(document).contains(BEGIN, EINDE);
        String getoond = document.substring(document.indexOf(BEGIN) + BEGIN.length(), document.indexOf(EINDE))
                .strip();
        String verwacht = matrix().strip();
        if (!getoond.equals(verwacht)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/rolmatrix.md"), verwacht + "\n", StandardCharsets.UTF_8);
        }
        assertThat(getoond)
                .as("docs/rollen.md differs from Rol.java; the matrix the code implies is in target/rolmatrix.md")
                .isEqualTo(verwacht);
    }
}
