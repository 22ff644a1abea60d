package nl.inburgeringsregie.privacy;

import java.time.LocalDate;
import nl.inburgeringsregie.privacy.Privacyverzoeken.Soort;
import nl.inburgeringsregie.privacy.Privacyverzoeken.Uitkomst;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The privacy officer's forms for a request (issue 13 point 6): typed binding, so a kind or outcome that is not in the
 * list and a date or version that does not parse are errors naming the field ({@code typeMismatch.verzoekFormulier.…},
 * {@code typeMismatch.afhandelingFormulier.…}), never a silent blank; the rules (AVG art. 12, 15, 16) are
 * {@link Privacyverzoeken}'s.
 */
public class VerzoekFormulier {

    private Soort soort;
    private String gemeentecode;
    private String bsn;
    private String verzoeker;
    private String omschrijving;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate ontvangenOp;

    /** An empty request, received today. */
    static VerzoekFormulier vandaag(LocalDate vandaag) {
        VerzoekFormulier f = new VerzoekFormulier();
        f.ontvangenOp = vandaag;
        return f;
    }

    Privacyverzoeken.Aanvraag aanvraag() {
        return new Privacyverzoeken.Aanvraag(soort, gemeentecode, bsn, verzoeker, omschrijving, ontvangenOp);
    }

    /** Extending the term (AVG art. 12 lid 3) or handling the request: the version seen, the outcome, the text. */
    public static class Afhandeling {
        private Integer versie;
        private Uitkomst uitkomst;
        private String reden;
        private String toelichting;

        public Integer getVersie() {
            return versie;
        }

        public void setVersie(Integer versie) {
            this.versie = versie;
        }

        public Uitkomst getUitkomst() {
            return uitkomst;
        }

        public void setUitkomst(Uitkomst uitkomst) {
            this.uitkomst = uitkomst;
        }

        public String getReden() {
            return reden;
        }

        public void setReden(String reden) {
            this.reden = reden;
        }

        public String getToelichting() {
            return toelichting;
        }

        public void setToelichting(String toelichting) {
            this.toelichting = toelichting;
        }
    }

    public Soort getSoort() {
        return soort;
    }

    public void setSoort(Soort soort) {
        this.soort = soort;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public void setGemeentecode(String gemeentecode) {
        this.gemeentecode = gemeentecode;
    }

    public String getBsn() {
        return bsn;
    }

    public void setBsn(String bsn) {
        this.bsn = bsn;
    }

    public String getVerzoeker() {
        return verzoeker;
    }

    public void setVerzoeker(String verzoeker) {
        this.verzoeker = verzoeker;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public void setOmschrijving(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public LocalDate getOntvangenOp() {
        return ontvangenOp;
    }

    public void setOntvangenOp(LocalDate ontvangenOp) {
        this.ontvangenOp = ontvangenOp;
    }
}
