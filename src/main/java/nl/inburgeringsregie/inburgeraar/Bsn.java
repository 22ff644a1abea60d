package nl.inburgeringsregie.inburgeraar;

/** The burgerservicenummer check: nine digits that pass the elfproef. */
public final class Bsn {

    private Bsn() {
    }

    /** True when the value is nine digits whose weighted sum (9..2, and -1 for the last) is divisible by 11. */
    public static boolean isGeldig(String bsn) {
        if (bsn == null || !bsn.matches("[0-9]{9}")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (bsn.charAt(i) - '0');
        }
        som -= bsn.charAt(8) - '0';
        return som % 11 == 0 && !bsn.equals("000000000");
    }
}
