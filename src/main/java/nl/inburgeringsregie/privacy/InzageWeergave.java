package nl.inburgeringsregie.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.inburgeringsregie.gebruikers.Namen;
import nl.inburgeringsregie.infrastructure.web.Weergave;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The inzage export (AVG art. 15) on screen, as a person reads it (issue 21 point 2). The modules hand over their rows
 * as plain values ({@link Persoonsgegevens#rijen}: column names, ISO dates, stored enum names, user names, gemeente
 * codes), which the JSON export keeps as they are; the screen shows each column by its label
 * ({@code inzage.kolom.<kolom>}, else the column name written as words), a date as dd-mm-jjjj, a moment as dd-mm-jjjj
 * uu:mm, a stored enum name by its label, a user by name and a gemeente by its name. For templates:
 * {@code ${@inzageWeergave.waarde(kolom, waarde)}}.
 */
@Component("inzageWeergave")
public class InzageWeergave {

    private static final Locale NEDERLANDS = Locale.of("nl", "NL");
    private static final Pattern DATUM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIJDSTIP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
    private static final Pattern CONSTANTE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");
    /** Abbreviations in column names that read in capitals. */
    private static final Set<String> AFKORTINGEN =
            Set.of("bsn", "pip", "duo", "lbt", "coa", "vve", "knm", "brp", "map", "id");
    /** Columns that hold a user name (besides those ending in {@code _door}). */
    private static final Set<String> GEBRUIKERS =
            Set.of("username", "gebruiker", "consulent", "toegewezen_aan", "eigenaar");

    private final Weergave weergave;
    private final Namen namen;
    private final MessageSource berichten;
    private volatile Map<String, String> labels;

    InzageWeergave(Weergave weergave, Namen namen, MessageSource berichten) {
        this.weergave = weergave;
        this.namen = namen;
        this.berichten = berichten;
    }

    /** A column by its label: {@code inzage.kolom.<kolom>}, else its name as words ("datum_huisvesting": "Datum huisvesting"). */
    public String kolom(String kolom) {
        String[] woorden = kolom.split("_");
        for (int i = 0; i < woorden.length; i++) {
            woorden[i] = AFKORTINGEN.contains(woorden[i]) ? woorden[i].toUpperCase(Locale.ROOT) : woorden[i];
        }
        String alsWoorden = String.join(" ", woorden);
        alsWoorden = alsWoorden.isEmpty()
                ? alsWoorden
                : alsWoorden.substring(0, 1).toUpperCase(Locale.ROOT) + alsWoorden.substring(1);
        return bericht("inzage.kolom." + kolom, alsWoorden);
    }

    /** A value of a column as a person reads it. */
    public String waarde(String kolom, Object waarde) {
        return switch (waarde) {
            case null -> weergave.tekst(null);
            case Collection<?> lijst ->
                lijst.isEmpty()
                        ? weergave.tekst(null)
                        : lijst.stream().map(w -> waarde(kolom, w)).collect(Collectors.joining(", "));
            case String tekst -> tekst(kolom, tekst);
            default -> weergave.tekst(waarde);
        };
    }

    private String tekst(String kolom, String tekst) {
        String waarde = tekst.strip();
        if (waarde.isEmpty()) {
            return weergave.tekst(null);
        }
        if (GEBRUIKERS.contains(kolom) || kolom.endsWith("_door")) {
            return namen.gebruiker(waarde);
        }
        if ((kolom.equals("oude_waarde") || kolom.equals("nieuwe_waarde")) && namen.isGebruiker(waarde)) {
            // A journal line about the assignment holds the consultants' user names: shown as their names.
            return namen.gebruiker(waarde);
        }
        if (kolom.equals("veld")) {
            // A journal line names the changed field by its stored name: shown as a column is.
            return kolom(waarde);
        }
        if (kolom.equals("gemeentecode") || kolom.equals("gemeenten")) {
            return Arrays.stream(waarde.split(","))
                    .map(String::strip)
                    .map(namen::gemeente)
                    .collect(Collectors.joining(", "));
        }
        try {
            if (TIJDSTIP.matcher(waarde).matches()) {
                return weergave.tekst(Instant.parse(waarde));
            }
            if (DATUM.matcher(waarde).matches()) {
                return weergave.tekst(LocalDate.parse(waarde));
            }
        } catch (DateTimeParseException e) {
            return weergave.tekst(waarde);
        }
        if (CONSTANTE.matcher(waarde).matches()) {
            String label = labels().get(waarde);
            if (label == null) {
                label = bericht("inzage.waarde." + waarde, null);
            }
            if (label == null) {
                // A deadline kind is an open value, not an enum (ADR 0027): its label is termijn.soort.<CODE>.
                label = bericht("termijn.soort." + waarde, null);
            }
            if (label != null) {
                return label;
            }
        }
        return weergave.tekst(waarde);
    }

    /**
     * Every labelled constant of the project's enums by name. A name two enums share with different labels (a status)
     * is left out rather than guessed, unless {@code inzage.waarde.<NAAM>} says how it reads.
     */
    private Map<String, String> labels() {
        Map<String, String> bekend = labels;
        if (bekend == null) {
            Map<String, Set<String>> perNaam = new HashMap<>();
            ClassPathScanningCandidateComponentProvider scanner =
                    new ClassPathScanningCandidateComponentProvider(false) {
                        @Override
                        protected boolean isCandidateComponent(AnnotatedBeanDefinition definitie) {
                            return true;
                        }
                    };
            scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
            for (BeanDefinition definitie : scanner.findCandidateComponents("nl.inburgeringsregie")) {
                try {
                    Class<?> type = Class.forName(definitie.getBeanClassName());
                    if (type.isEnum()) {
                        for (Object c : type.getEnumConstants()) {
                            Enum<?> constante = (Enum<?>) c;
                            String label = weergave.label(constante);
                            Set<String> bijNaam = perNaam.computeIfAbsent(constante.name(), n -> new LinkedHashSet<>());
                            if (!label.equals(constante.name())) {
                                bijNaam.add(label);
                            }
                        }
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // not an enum this application can load: nothing to label
                }
            }
            bekend = new HashMap<>();
            for (Map.Entry<String, Set<String>> e : perNaam.entrySet()) {
                String gekozen = bericht("inzage.waarde." + e.getKey(), null);
                if (gekozen != null) {
                    bekend.put(e.getKey(), gekozen);
                } else if (e.getValue().size() == 1) {
                    bekend.put(e.getKey(), e.getValue().iterator().next());
                }
            }
            labels = bekend;
        }
        return bekend;
    }

    private String bericht(String sleutel, String standaard) {
        return berichten.getMessage(sleutel, null, standaard, NEDERLANDS);
    }
}
