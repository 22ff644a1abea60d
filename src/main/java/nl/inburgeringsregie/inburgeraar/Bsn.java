package nl.inburgeringsregie.inburgeraar;

import java.util.Optional;

/** The burgerservicenummer check: nine digits that pass the elfproef. The one place of its weights. */
public final class Bsn {

    private Bsn() {}

    /** True when the value is nine digits whose weighted sum (9..2, and -1 for the last) is divisible by 11. */
    public static boolean isGeldig(String bsn) {
        if (bsn == null || !bsn.matches("[0-9]{9}") || bsn.equals("000000000")) {
            return false;
        }
        return aangevuld(bsn.substring(0, 8)).filter(bsn::equals).isPresent();
    }

    /**
     * The BSN that begins with these eight digits, their check digit appended; empty when the elfproef would need a
     * check digit of 10 (no BSN begins so). For generators of test and demo data.
     */
    public static Optional<String> aangevuld(String achtCijfers) {
        if (achtCijfers == null || !achtCijfers.matches("[0-9]{8}")) {
            throw new IllegalArgumentException("eight digits expected");
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (achtCijfers.charAt(i) - '0');
        }
        int controle = som % 11;
        return controle <= 9 ? Optional.of(achtCijfers + controle) : Optional.empty();
    }
}
