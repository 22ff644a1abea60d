package nl.inburgeringsregie.inburgeraar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What another module reports about a dossier, as an event it publishes (issue 13 point 4,
 * docs/adr/0027-events-over-callbacks-and-deadline-sources.md). The owning module (intake, pip, duo) defines its own
 * event record and implements the kind below that says what the dossier does with it; this module listens to the kinds
 * ({@link Dossiermeldingen}) and knows none of the publishers, so the module graph stays acyclic. An event carries the
 * dossier's id and facts, never a BSN or a name; a module that knows a person only by BSN looks the id up first
 * ({@link DossierfeitenLezer#idVan}).
 *
 * <p>Every kind is handled synchronously, inside the publisher's transaction: the journal line, the phase, the
 * milestone, the audit row and the deadlines commit or roll back together with the act that caused them.
 */
public interface Dossiermelding {

    UUID inburgeraarId();

    /** Where a journal line comes from: its kind and subject in the journal. */
    enum Herkomst {
        PIP(Journaal.Soort.PIP, "pip"),
        DUO(Journaal.Soort.DUO, "duo"),
        /** Issue 21 point 8: a team lead marked a difference with DUO as seen, with the reason. */
        AFSTEMMING(Journaal.Soort.DUO, "afstemming"),
        /** Issue 15: a placement with a provider, or a step of its lifecycle (module aanbieders, ADR 0031). */
        PLAATSING(Journaal.Soort.PLAATSING, "plaatsing"),
        /** Issue 17, T-12: the consultant recorded COA's profile or the handover conversation (module intake, ADR 0037). */
        COA(Journaal.Soort.COA, "coa-overdracht"),
        /** Issue 16, T-5: the gemeente issued its statement for the late-offer ground (module voortgang, ADR 0041). */
        VERKLARING(Journaal.Soort.DOCUMENT, "verklaring-aanbod");

        final Journaal.Soort soort;
        final String onderwerp;

        Herkomst(Journaal.Soort soort, String onderwerp) {
            this.soort = soort;
            this.onderwerp = onderwerp;
        }
    }

    /** A line in the dossier's journal, already in words (the publisher's message bundle), naming no person. */
    interface Journaalregel extends Dossiermelding {
        Herkomst herkomst();

        String omschrijving();
    }

    /** T-2: the brede intake is done on {@code afgerondOp}; the dossier records the milestone and enters PIP. */
    interface IntakeAfgerond extends Dossiermelding {
        LocalDate afgerondOp();
    }

    /**
     * A PIP version was established (P-4), with its journal line: the first dagtekening becomes the milestone (T-1
     * met, T-3 and T-6 start; a later version never moves it, T-3) and the dossier enters INBURGERING.
     */
    interface PipDagtekening extends Journaalregel {
        LocalDate dagtekeningPip();
    }

    /**
     * DUO's facts about the duty (PL-1: DUO decides): the notice date and doelgroep replace ours, a change of doelgroep
     * holding from {@code doelgroepVanaf} (PL-6; null: today). Null fields keep ours.
     */
    interface DuoPlicht extends Dossiermelding {
        LocalDate kennisgeving();

        Doelgroep doelgroep();

        GedetailleerdeDoelgroep gedetailleerdeDoelgroep();

        LocalDate doelgroepVanaf();
    }

    /** One period of DUO's doelgroep history: the group and its begindatum. */
    record DoelgroepVanaf(Doelgroep doelgroep, LocalDate begindatum) {}

    /** DUO's doelgroep history (PL-6, PL-1): each period enters the dossier's doelgroep history once. */
    interface DuoDoelgroepHistorie extends Dossiermelding {
        List<DoelgroepVanaf> perioden();
    }

    /** DUO's registered termijn (T-3: DUO's value wins): its exclusive end date. */
    interface DuoTermijn extends Dossiermelding {
        LocalDate einddatum();
    }

    /**
     * The vastgesteld PIP was withdrawn on {@code ingetrokkenOp} (P-3): no valid PIP until a new one is vastgesteld,
     * which interrupts the deadlines ({@link Onderbreking}, T-1). A new {@link PipDagtekening} ends it.
     */
    interface PipIngetrokken extends Dossiermelding {
        LocalDate ingetrokkenOp();
    }

    /** DUO's tijdelijke vrijstelling (PL-5): its period ({@code tot} null: no end) replaces the one we had. */
    interface DuoVrijstelling extends Dossiermelding {
        LocalDate van();

        LocalDate tot();
    }

    /** DUO withdrew the tijdelijke vrijstelling (SS129/SS130, PL-5) on {@code ingetrokkenOp}: the deadlines run again. */
    interface DuoVrijstellingIngetrokken extends Dossiermelding {
        LocalDate ingetrokkenOp();
    }

    /**
     * What DUO reported about the person, as a journal line; {@code fase} non-null moves the dossier there (duty met:
     * AFGEROND; withdrawn or deceased: UITGESCHREVEN; PL-5).
     */
    interface DuoGebeurtenis extends Journaalregel {
        Fase fase();
    }
}
