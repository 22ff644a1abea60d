package nl.inburgeringsregie.duo;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.inburgeringsregie.inburgeraar.Fase;

/**
 * The events DUO notifies (duo-m2m Gebeurtenissen.md; DUO's description in i18n/duo.properties): the subjects of DUO's APIs to fetch into
 * the dossier (the path after /personen/{bsn}/), and the phase the dossier moves to, if any. Other gebeurtenisIds
 * are stored as unknown.
 */
enum Gebeurtenis {
    SS101(null, "inburgeringsplicht", "doelgroep"),
    SS128(null, "inburgeringsplicht", "doelgroep"),
    SS139(null, "inburgeringsplicht", "doelgroep"),
    SS129(null, "inburgeringsplicht", "doelgroep", "vrijstellingen"),
    SS120(null, "inburgeringsplicht", "doelgroep"),
    SS121(null, "inburgeringsplicht", "doelgroep", "inburgeringstermijn", "PIP"),
    SS124(null, "doelgroep", "doelgroep/historie"),
    SS125(null, "doelgroep", "doelgroep/historie"),
    SS109(null, "inburgeringsplicht", "vrijstellingen"),
    SS110(Fase.UITGESCHREVEN, "inburgeringsplicht"),
    SS111(Fase.UITGESCHREVEN, "inburgeringsplicht"),
    SS106(Fase.AFGEROND, "inburgeringsplicht", "examens/resultaten"),
    SS107(Fase.AFGEROND, "inburgeringsplicht", "vrijstellingen"),
    SS108(Fase.AFGEROND, "inburgeringsplicht", "ontheffingen"),
    SS137(null, "lbt/examennummer"),
    SS131(null, "lbt/resultaten"),
    SS102(null, "inburgeringstermijn"),
    SS103(null, "inburgeringstermijn", "inburgeringstermijn/historie"),
    SS104(null, "inburgeringstermijn", "inburgeringstermijn/historie"),
    SS130(null, "inburgeringsplicht", "inburgeringstermijn", "PIP", "vrijstellingen"),
    SS199(null, "examens/resultaten", "examens/gratispogingen"),
    SS113(null, "inburgeringstermijn"),
    SS114(null, "vrijstellingen"),
    SS115(null, "vrijstellingen"),
    SS116(null, "vrijstellingen"),
    SS117(null, "vrijstellingen", "examens/resultaten"),
    SS118(null, "ontheffingen"),
    SS119(null, "ontheffingen", "examens/resultaten");

    private final Fase fase;
    private final List<String> onderwerpen;

    Gebeurtenis(Fase fase, String... onderwerpen) {
        this.fase = fase;
        this.onderwerpen = List.of(onderwerpen);
    }

    /** The phase the dossier moves to, or null. */
    Fase fase() {
        return fase;
    }

    /** SS129/SS130: DUO withdrew a tijdelijke vrijstelling, the suspended duty resumes (PL-5). */
    boolean hervat() {
        return this == SS129 || this == SS130;
    }

    List<String> onderwerpen() {
        return onderwerpen;
    }

    static Optional<Gebeurtenis> van(String id) {
        return Arrays.stream(values()).filter(g -> g.name().equals(id)).findFirst();
    }
}
