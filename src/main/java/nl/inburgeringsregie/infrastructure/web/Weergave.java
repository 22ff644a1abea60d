package nl.inburgeringsregie.infrastructure.web;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * How a value reads on a screen (issue 21 point 2): every value a person reads is a Dutch label, a date as dd-mm-jjjj,
 * a time in the Netherlands. One mechanism for every screen, available in templates as {@code ${@weergave.tekst(x)}}:
 * <ul>
 * <li>an enum constant reads as the message {@code enum.<Type>.<NAME>}, where {@code <Type>} is the enum's class name
 * without its package, a nested enum with its outer class ({@code enum.PipKeuzes.PipStatus.VASTGESTELD}); without such
 * a key it falls back to the constant's name, which the screen walk {@code RuweWaardenBrowserTest} refuses;</li>
 * <li>a date as dd-mm-jjjj, an instant as dd-mm-jjjj uu:mm (Europe/Amsterdam), a boolean as Ja/Nee, a list as its
 * elements joined with commas, nothing as an en dash;</li>
 * <li>in a stored text, every ISO date (jjjj-mm-dd) is written as dd-mm-jjjj ({@link #datumsInTekst}).</li>
 * </ul>
 */
@Component("weergave")
public class Weergave {

    public static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    public static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    /** An ISO date on its own (not part of a longer number or a time stamp's date-time glue). */
    private static final Pattern ISO_DATUM = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");

    private static final String LEEG = "–";

    private final MessageSource berichten;

    Weergave(MessageSource berichten) {
        this.berichten = berichten;
    }

    /** The message key of an enum constant's label: {@code enum.<Type>.<NAME>}. */
    public static String sleutel(Enum<?> waarde) {
        return sleutel(typenaam(waarde.getDeclaringClass()), waarde.name());
    }

    /** The message key of a constant of the enum named {@code type} (its class name without package). */
    public static String sleutel(String type, String naam) {
        return "enum." + type + "." + naam;
    }

    /** The class name without its package, nested classes joined with a dot: {@code PipKeuzes.PipStatus}. */
    public static String typenaam(Class<?> type) {
        String naam = type.getName();
        return naam.substring(naam.lastIndexOf('.') + 1).replace('$', '.');
    }

    /** The Dutch label of an enum constant (an en dash for null). */
    public String label(Enum<?> waarde) {
        return waarde == null ? LEEG : bericht(sleutel(waarde), waarde.name());
    }

    /**
     * The label of a constant known only by name, for values stored as text (the roles in the audit log): the message
     * {@code enum.<type>.<naam>}, or the name itself when there is none.
     */
    public String label(String type, String naam) {
        return naam == null || naam.isBlank() ? LEEG : bericht(sleutel(type, naam.strip()), naam.strip());
    }

    /** Several constants of one enum stored as text, separated by commas: their labels, joined with ", ". */
    public String labels(String type, String namen) {
        if (namen == null || namen.isBlank()) {
            return LEEG;
        }
        return Arrays.stream(namen.split(","))
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .map(n -> label(type, n))
                .collect(Collectors.joining(", "));
    }

    /** Any value as a person reads it (see the class comment). */
    public String tekst(Object waarde) {
        return switch (waarde) {
            case null -> LEEG;
            case Enum<?> e -> label(e);
            case LocalDate d -> d.format(DATUM);
            case Instant i -> TIJDSTIP.format(i.atZone(NEDERLAND));
            case OffsetDateTime o -> TIJDSTIP.format(o.atZoneSameInstant(NEDERLAND));
            case ZonedDateTime z -> TIJDSTIP.format(z.withZoneSameInstant(NEDERLAND));
            case LocalDateTime l -> l.format(TIJDSTIP);
            case TemporalAccessor t -> t.toString();
            case Boolean b -> bericht(b ? "ja" : "nee", b ? "Ja" : "Nee");
            case Collection<?> c ->
                c.isEmpty() ? LEEG : c.stream().map(this::tekst).collect(Collectors.joining(", "));
            case CharSequence s -> s.toString().isBlank() ? LEEG : datumsInTekst(s.toString());
            default -> String.valueOf(waarde);
        };
    }

    /** A date as dd-mm-jjjj (an en dash for null). */
    public String datum(LocalDate datum) {
        return datum == null ? LEEG : datum.format(DATUM);
    }

    /** A stored text with every ISO date in it written as dd-mm-jjjj; null stays null. */
    public static String datumsInTekst(String tekst) {
        if (tekst == null) {
            return null;
        }
        Matcher m = ISO_DATUM.matcher(tekst);
        return m.replaceAll(r -> r.group(3) + "-" + r.group(2) + "-" + r.group(1));
    }

    /**
     * A client address as a person reads it: IPv6 in its short form (RFC 5952), and this machine's own address named as
     * such ({@code ::1 (deze machine)}); anything that is not an address (a system task) as it is.
     */
    public String adres(String adres) {
        if (adres == null || adres.isBlank()) {
            return LEEG;
        }
        String kort = kortAdres(adres.strip());
        if (kort == null) {
            return adres;
        }
        boolean lokaal = kort.equals("::1") || kort.startsWith("127.");
        return lokaal ? bericht("weergave.dezeMachine", "{0} (deze machine)", kort) : kort;
    }

    /** The short form of an IP address literal, or null when the text is not one (never a DNS look-up). */
    static String kortAdres(String adres) {
        if (!adres.matches("[0-9a-fA-F:.]+") || !(adres.contains(":") || adres.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
            return null;
        }
        try {
            InetAddress ip = InetAddress.getByName(adres);
            if (ip instanceof Inet4Address) {
                return ip.getHostAddress();
            }
            byte[] b = ip.getAddress();
            if (b.length != 16) {
                return ip.getHostAddress();
            }
            int[] groepen = new int[8];
            for (int i = 0; i < 8; i++) {
                groepen[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
            }
            // RFC 5952: the longest run (at least two) of zero groups becomes "::", the first one when tied.
            int besteStart = -1;
            int besteLengte = 1;
            for (int i = 0; i < 8; ) {
                if (groepen[i] == 0) {
                    int j = i;
                    while (j < 8 && groepen[j] == 0) {
                        j++;
                    }
                    if (j - i > besteLengte) {
                        besteStart = i;
                        besteLengte = j - i;
                    }
                    i = j;
                } else {
                    i++;
                }
            }
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                if (i == besteStart) {
                    s.append("::");
                    i += besteLengte - 1;
                    continue;
                }
                if (!s.isEmpty() && s.charAt(s.length() - 1) != ':') {
                    s.append(':');
                }
                s.append(Integer.toHexString(groepen[i]));
            }
            return s.toString();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private String bericht(String sleutel, String standaard, Object... argumenten) {
        return berichten.getMessage(
                new DefaultMessageSourceResolvable(new String[] {sleutel}, argumenten, standaard),
                MessagesConfig.NEDERLANDS);
    }
}
