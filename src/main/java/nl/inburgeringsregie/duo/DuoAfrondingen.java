package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.util.UUID;
import nl.inburgeringsregie.duo.DuoRegels.Resultaat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ends of the route's parts to DUO, made from what the consultant records in module {@code voortgang} (issue 16,
 * ADR 0040): the PVT's signing (R-7, {@code PUT /personen/{bsn}/pvt}) and the MAP's eindgesprek (R-8, {@code
 * PUT /personen/{bsn}/map}), each with the verwijtbaar flag, and the Z-route's completion (R-5, {@code
 * PUT /personen/{bsn}/zroute}). Each is checked against DUO's rules ({@link DuoRegels}) and queued in the outbox, within
 * the caller's transaction and with the caller's right to change the dossier; a refusal names the field and the rule.
 */
@Service
public class DuoAfrondingen {

    private final DuoMeldingen meldingen;

    DuoAfrondingen(DuoMeldingen meldingen) {
        this.meldingen = meldingen;
    }

    @Transactional
    public void meldZroute(UUID inburgeraarId, LocalDate datum) {
        meldingen.zroute(inburgeraarId, datum);
    }

    /** The PVT's or the MAP's end date with the verwijtbaar flag (null when R-9 wants none); a null date withdraws it. */
    @Transactional
    public void meldResultaat(UUID inburgeraarId, Resultaat resultaat, LocalDate datum, String verwijtbaar) {
        meldingen.resultaat(inburgeraarId, resultaat, datum, verwijtbaar);
    }
}
