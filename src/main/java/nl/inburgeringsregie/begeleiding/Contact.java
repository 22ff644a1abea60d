package nl.inburgeringsregie.begeleiding;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One contact moment of the begeleider (T-9): the date, whether an interpreter took part and in which language, the
 * leefgebieden touched, the minutes spent, whether those minutes are participation hours for the Z-route (R-5, R-11;
 * they feed the hours ledger), and an optional signal to the consultant.
 */
@Table("begeleidingscontact")
record Contact(
        LocalDate datum,
        boolean tolk,
        String tolktaal,
        String leefgebieden,
        int minuten,
        boolean participatie,
        String signaal,
        String vastgelegdDoor) {

    /** The areas of life maatschappelijke begeleiding covers (route-na-pip.md §3: practical support and voorlichting). */
    enum Leefgebied {
        WONEN,
        ZORG,
        INKOMEN,
        VERVOER,
        VERZEKERINGEN,
        ONDERWIJS,
        WERK,
        GEZIN,
        VOORLICHTING
    }

    List<Leefgebied> leefgebiedenLijst() {
        return leefgebieden == null || leefgebieden.isBlank()
                ? List.of()
                : List.of(leefgebieden.split(",")).stream()
                        .map(Leefgebied::valueOf)
                        .toList();
    }
}
