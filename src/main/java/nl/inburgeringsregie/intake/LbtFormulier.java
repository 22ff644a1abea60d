package nl.inburgeringsregie.intake;

import java.time.LocalDate;
import nl.inburgeringsregie.intake.Keuzes.LbtResultaat;
import nl.inburgeringsregie.intake.Keuzes.LbtVrijstelling;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The leerbaarheidstoets form (I-3) on the intake page, with DUO's field names: typed binding, so a date that does not
 * parse and a result or exemption not in the list are field errors; the rules are {@link IntakeRegels#leerbaarheidstoets}.
 */
public class LbtFormulier {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate gepland;

    private LbtVrijstelling vrijstelling;
    private String vrijstellingBesluit;
    private LbtResultaat resultaat;
    private String behaaldeScore;
    private String benodigdeScore;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate datumAfname;

    static LbtFormulier van(Intake.Leerbaarheidstoets lbt) {
        LbtFormulier f = new LbtFormulier();
        f.gepland = lbt.gepland();
        f.vrijstelling = lbt.vrijstelling();
        f.vrijstellingBesluit = lbt.vrijstellingBesluit();
        f.resultaat = lbt.resultaat();
        f.behaaldeScore = lbt.behaaldeScore();
        f.benodigdeScore = lbt.benodigdeScore();
        f.datumAfname = lbt.datumAfname();
        return f;
    }

    Intake.Leerbaarheidstoets lbt() {
        return Intake.Leerbaarheidstoets.LEEG
                .withGepland(gepland)
                .withVrijstelling(vrijstelling)
                .withVrijstellingBesluit(IntakeRegels.tekst(vrijstellingBesluit))
                .withResultaat(resultaat)
                .withBehaaldeScore(IntakeRegels.tekst(behaaldeScore))
                .withBenodigdeScore(IntakeRegels.tekst(benodigdeScore))
                .withDatumAfname(datumAfname);
    }

    public LocalDate getGepland() {
        return gepland;
    }

    public void setGepland(LocalDate gepland) {
        this.gepland = gepland;
    }

    public LbtVrijstelling getVrijstelling() {
        return vrijstelling;
    }

    public void setVrijstelling(LbtVrijstelling vrijstelling) {
        this.vrijstelling = vrijstelling;
    }

    public String getVrijstellingBesluit() {
        return vrijstellingBesluit;
    }

    public void setVrijstellingBesluit(String vrijstellingBesluit) {
        this.vrijstellingBesluit = vrijstellingBesluit;
    }

    public LbtResultaat getResultaat() {
        return resultaat;
    }

    public void setResultaat(LbtResultaat resultaat) {
        this.resultaat = resultaat;
    }

    public String getBehaaldeScore() {
        return behaaldeScore;
    }

    public void setBehaaldeScore(String behaaldeScore) {
        this.behaaldeScore = behaaldeScore;
    }

    public String getBenodigdeScore() {
        return benodigdeScore;
    }

    public void setBenodigdeScore(String benodigdeScore) {
        this.benodigdeScore = benodigdeScore;
    }

    public LocalDate getDatumAfname() {
        return datumAfname;
    }

    public void setDatumAfname(LocalDate datumAfname) {
        this.datumAfname = datumAfname;
    }
}
