package nl.inburgeringsregie.pip;

import java.util.ArrayList;
import java.util.List;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.pip.PipKeuzes.Examenonderdeel;
import nl.inburgeringsregie.pip.PipKeuzes.Wijzigingsreden;

/**
 * The form that changes a vastgesteld PIP into a new version (P-3, T-6, T-7): typed binding, so an unknown reason,
 * route or exam part and hours that do not parse are field errors; the rules are {@link PipRegels}'s.
 */
class WijzigingFormulier {

    private Wijzigingsreden reden;
    private String toelichting;
    private Leerroute leerroute;
    private List<Examenonderdeel> afschalenOnderdelen = new ArrayList<>();

    PipService.Wijziging wijziging() {
        return PipService.Wijziging.om(reden, toelichting)
                .withLeerroute(leerroute)
                .withAfschalenOnderdelen(List.copyOf(afschalenOnderdelen));
    }

    public Wijzigingsreden getReden() {
        return reden;
    }

    public void setReden(Wijzigingsreden reden) {
        this.reden = reden;
    }

    public String getToelichting() {
        return toelichting;
    }

    public void setToelichting(String toelichting) {
        this.toelichting = toelichting;
    }

    public Leerroute getLeerroute() {
        return leerroute;
    }

    public void setLeerroute(Leerroute leerroute) {
        this.leerroute = leerroute;
    }

    public List<Examenonderdeel> getAfschalenOnderdelen() {
        return afschalenOnderdelen;
    }

    public void setAfschalenOnderdelen(List<Examenonderdeel> afschalenOnderdelen) {
        this.afschalenOnderdelen = afschalenOnderdelen == null ? new ArrayList<>() : afschalenOnderdelen;
    }
}
