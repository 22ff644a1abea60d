package nl.inburgeringsregie.pip;

import java.time.LocalDate;
import java.util.UUID;

/** A PIP version was established: the DUO capability turns this into a PIP melding (P-3). */
public record PipVastgesteld(
        UUID pipId,
        UUID inburgeraarId,
        String gemeentecode,
        int versienummer,
        LocalDate dagtekeningPip,
        String leerroute,
        String niveau,
        Integer geschatteIntensiteitB1Route,
        boolean indicatorMagOpleidingAfmaken,
        String indicatorAlfabetiseringsonderwijs) {}
