package nl.inburgeringsregie.demo;

import java.util.ArrayList;
import java.util.List;

/** How the national dataset divides people over gemeenten. */
final class Verdeling {

    private Verdeling() {}

    /**
     * Splits {@code totaal} over {@code n} parts with Zipf-like shares (part i gets a share proportional to
     * 1/(i+1)^0.8: the largest city some ten times a mid-sized town), every part at least one when
     * {@code totaal >= n}; the parts add up to {@code totaal} exactly.
     */
    static List<Integer> zipf(int totaal, int n) {
        double[] gewicht = new double[n];
        double som = 0;
        for (int i = 0; i < n; i++) {
            gewicht[i] = 1 / Math.pow(i + 1, 0.8);
            som += gewicht[i];
        }
        List<Integer> delen = new ArrayList<>(n);
        int verdeeld = 0;
        for (int i = 0; i < n; i++) {
            int deel = (int) Math.floor(totaal * gewicht[i] / som);
            if (totaal >= n) {
                deel = Math.max(1, deel);
            }
            delen.add(deel);
            verdeeld += deel;
        }
        // Hand out (or take back) the rounding remainder from the largest part on.
        for (int i = 0; verdeeld != totaal; i = (i + 1) % n) {
            int stap = verdeeld < totaal ? 1 : -1;
            if (stap > 0 || delen.get(i) > 1) {
                delen.set(i, delen.get(i) + stap);
                verdeeld += stap;
            }
        }
        return delen;
    }
}
