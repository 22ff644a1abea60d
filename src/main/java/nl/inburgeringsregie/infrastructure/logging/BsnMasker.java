package nl.inburgeringsregie.infrastructure.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces every BSN-looking number in a text by {@value #MASKER}: nine digits (also written 1234.56.789) that pass the
 * BSN elfproef and are not part of a longer number. Used at the source (messages that name a DUO path) and by the
 * logging guard ({@link BsnLogbewaking}) on every log event, so no BSN reaches the application log on any path.
 * A random nine-digit number passes the elfproef about one time in eleven: such a number in a log line is masked too,
 * the price of never missing a BSN.
 */
public final class BsnMasker {

    /** What a BSN is replaced by. */
    public static final String MASKER = "[BSN]";

    private static final Pattern KANDIDAAT =
            Pattern.compile("(?<![0-9])(?:[0-9]{9}|[0-9]{4}\\.[0-9]{2}\\.[0-9]{3})(?![0-9])");
    private static final Pattern DUO_PERSOON = Pattern.compile("/personen/[^/?#\\s\"']+");

    private BsnMasker() {}

    /** The text with every BSN replaced by {@value #MASKER}; null stays null. */
    public static String maskeer(String tekst) {
        if (tekst == null || tekst.length() < 9) {
            return tekst;
        }
        Matcher m = KANDIDAAT.matcher(tekst);
        StringBuilder uit = null;
        int vanaf = 0;
        while (m.find()) {
            if (elfproef(m.group().replace(".", ""))) {
                if (uit == null) {
                    uit = new StringBuilder(tekst.length());
                }
                uit.append(tekst, vanaf, m.start()).append(MASKER);
                vanaf = m.end();
            }
        }
        return uit == null ? tekst : uit.append(tekst, vanaf, tekst.length()).toString();
    }

    /** Whether the text holds a BSN. */
    public static boolean bevatBsn(String tekst) {
        return tekst != null && !maskeer(tekst).equals(tekst);
    }

    /**
     * A path of DUO's APIs as it may be named in a message: {@code /personen/{bsn}/...} instead of the person's BSN,
     * and any other BSN masked.
     */
    public static String duoPad(String pad) {
        return pad == null ? null : maskeer(DUO_PERSOON.matcher(pad).replaceAll("/personen/{bsn}"));
    }

    /** The BSN elfproef: 9·d1 + 8·d2 + ... + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros). */
    static boolean elfproef(String negenCijfers) {
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (negenCijfers.charAt(i) - '0');
        }
        som -= negenCijfers.charAt(8) - '0';
        return som % 11 == 0 && !"000000000".equals(negenCijfers);
    }
}
