package nl.inburgeringsregie.voortgang;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * T-10: the plan of voortgangsgesprekken of one dossier, derived, never stored. Conversation k is due
 * {@code planMaanden[k]} months after the PIP's dagtekening (T-14: a month without that day ends on its last day, so
 * 31 January + 1 month is 28 or 29 February); it is "binnenkort" from the margin's days before and passes the margin's
 * days after (scenario 14: due + 14 days). The conversations held, in date order, fill the plan in order: the first
 * held closes the first planned, and so on; a conversation the person did not come to closes none. So two conversations
 * in the first month close the first two, and the plan's next due date is the third: "about eight over the termijn"
 * (seed 002) is a count, not a calendar to match.
 */
record Gespreksplan(List<Moment> momenten) {

    /** One planned conversation: its number (1-based), month, due date, last day, and the day it was held (or null). */
    record Moment(
            int volgnummer,
            int maand,
            LocalDate gepland,
            LocalDate binnenkortVanaf,
            LocalDate uiterlijk,
            LocalDate gehoudenOp) {

        boolean gehouden() {
            return gehoudenOp != null;
        }

        /** Held after its last day: shown as late, also once held (T-15: history is kept). */
        boolean teLaat() {
            return gehoudenOp != null && gehoudenOp.isAfter(uiterlijk);
        }

        /** Not held and its last day has passed on this day. */
        boolean verlopen(LocalDate vandaag) {
            return gehoudenOp == null && vandaag.isAfter(uiterlijk);
        }
    }

    Gespreksplan {
        momenten = List.copyOf(momenten);
    }

    /** The plan from the dagtekening with these months and margin, filled with the days held (ascending). */
    static Gespreksplan van(
            LocalDate dagtekeningPip, List<Integer> planMaanden, int margeDagen, List<LocalDate> gehouden) {
        List<Moment> momenten = new ArrayList<>();
        for (int i = 0; i < planMaanden.size(); i++) {
            int maand = planMaanden.get(i);
            LocalDate gepland = dagtekeningPip.plusMonths(maand);
            momenten.add(new Moment(
                    i + 1,
                    maand,
                    gepland,
                    gepland.minusDays(margeDagen),
                    gepland.plusDays(margeDagen),
                    i < gehouden.size() ? gehouden.get(i) : null));
        }
        return new Gespreksplan(momenten);
    }

    /** The first planned conversation not yet held; empty when every planned one was. */
    Optional<Moment> volgende() {
        return momenten.stream().filter(m -> !m.gehouden()).findFirst();
    }

    int aantalGehouden() {
        return (int) momenten.stream().filter(Moment::gehouden).count();
    }
}
