package nl.inburgeringsregie.gebruikers;

import static nl.inburgeringsregie.gebruikers.Recht.AUDITLOG_INZIEN;
import static nl.inburgeringsregie.gebruikers.Recht.CONSULENT_TOEWIJZEN;
import static nl.inburgeringsregie.gebruikers.Recht.DOSSIER_INZIEN;
import static nl.inburgeringsregie.gebruikers.Recht.DOSSIER_WIJZIGEN;
import static nl.inburgeringsregie.gebruikers.Recht.DUO_BERICHTEN;
import static nl.inburgeringsregie.gebruikers.Recht.DUO_SIMULATOR_BEDIENEN;
import static nl.inburgeringsregie.gebruikers.Recht.GEBRUIKERS_BEHEREN;
import static nl.inburgeringsregie.gebruikers.Recht.GEBRUIKERS_INZIEN;
import static nl.inburgeringsregie.gebruikers.Recht.INBURGERAAR_REGISTREREN;
import static nl.inburgeringsregie.gebruikers.Recht.INSTELLINGEN_BEHEREN;
import static nl.inburgeringsregie.gebruikers.Recht.PLICHT_INDICEREN;
import static nl.inburgeringsregie.gebruikers.Recht.TEAM_OVERZIEN;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of the people who use the system, and the one role matrix: which rights each role has.
 * Rights for partner organisations, providers and policy staff arrive with the capabilities that need
 * them (begeleiding, aanbieders, monitoring); until then those roles see no personal data at all.
 * docs/rollen.md shows this matrix; {@code RolMatrixDocumentTest} keeps the two equal.
 */
public enum Rol {
    CONSULENT(DOSSIER_INZIEN, INBURGERAAR_REGISTREREN, DOSSIER_WIJZIGEN, CONSULENT_TOEWIJZEN, PLICHT_INDICEREN),
    TEAMLEIDER(
            DOSSIER_INZIEN,
            INBURGERAAR_REGISTREREN,
            DOSSIER_WIJZIGEN,
            CONSULENT_TOEWIJZEN,
            PLICHT_INDICEREN,
            TEAM_OVERZIEN,
            DUO_SIMULATOR_BEDIENEN,
            Recht.TOEWIJZEN_BIJZONDERE_GEGEVENS),
    BUDGETCOACH(DOSSIER_INZIEN),
    BEGELEIDER(),
    AANBIEDER(),
    BELEIDSMEDEWERKER(),
    FUNCTIONEEL_BEHEERDER(GEBRUIKERS_INZIEN, DUO_SIMULATOR_BEDIENEN, GEBRUIKERS_BEHEREN, INSTELLINGEN_BEHEREN),
    PRIVACY_OFFICER(AUDITLOG_INZIEN, Recht.PRIVACYRECHTEN_BEHEREN),
    /** DUO's machine client for the M2M exchange (notifications); in production it signs in with its certificate. */
    DUO(DUO_BERICHTEN);

    private final EnumSet<Recht> rechten;

    Rol(Recht... rechten) {
        this.rechten = rechten.length == 0 ? EnumSet.noneOf(Recht.class) : EnumSet.of(rechten[0], rechten);
    }

    /** A machine client's role: such an account never signs in to the web UI. */
    public boolean machine() {
        return this == DUO;
    }

    public Set<Recht> rechten() {
        return EnumSet.copyOf(rechten);
    }

    public boolean heeft(Recht recht) {
        return rechten.contains(recht);
    }
}
