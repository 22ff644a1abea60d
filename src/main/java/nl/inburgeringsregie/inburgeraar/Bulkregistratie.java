package nl.inburgeringsregie.inburgeraar;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import nl.inburgeringsregie.infrastructure.database.Unnest;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads many dossiers at once without a signed-in user: the demo caseload and the national-scale dataset
 * for benchmarks (docs/adr/0007-demo-data.md). Every dossier passes the same validation as a desk
 * registration; rows go in with one set-based insert per table ({@link Unnest}), which is as fast as COPY
 * and, unlike COPY, respects row-level security. It writes the REGISTRATIE journal entry but no audit rows
 * (it is not a user's access to personal data), and publishes one {@link InburgeraarsGeladen} per batch so
 * that read models catch up in the same transaction.
 */
@Component
public class Bulkregistratie {

    /** One dossier to load, with its phase, consultant and when and by whom it was registered. */
    public record Dossierinvoer(
            InburgeraarGegevens gegevens,
            Fase fase,
            String consulent,
            Registratiebron bron,
            Instant geregistreerdOp,
            String geregistreerdDoor) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Bulkregistratie(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Whether the gemeente has any dossier at all. */
    @Transactional(readOnly = true)
    public boolean heeftDossiers(String gemeentecode) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from inburgeraar where gemeentecode = ?)", Boolean.class, gemeentecode));
    }

    /**
     * Loads the dossiers in one transaction; refuses the whole batch (nothing saved) when any dossier is
     * invalid. Returns the ids in input order.
     */
    @Transactional
    public List<UUID> laad(List<Dossierinvoer> invoer) {
        LocalDate vandaag = LocalDate.now(clock);
        for (int i = 0; i < invoer.size(); i++) {
            List<Violation> fouten =
                    InburgeraarValidatie.controleer(invoer.get(i).gegevens(), vandaag);
            if (!fouten.isEmpty()) {
                String index = "[" + i + "].";
                throw new InvalidInputException(fouten.stream()
                        .map(f -> new Violation(index + f.field(), f.message(), f.regel(), f.args()))
                        .toList());
            }
        }
        List<UUID> ids = invoer.stream().map(d -> UUID.randomUUID()).toList();
        jdbc.execute((ConnectionCallback<Void>) con -> {
            dossiers(con, invoer, ids);
            kinderen(con, invoer, ids);
            journaal(con, invoer, ids);
            doelgroepHistorie(con, ids);
            return null;
        });
        events.publishEvent(new InburgeraarsGeladen(ids));
        return ids;
    }

    private static void dossiers(Connection con, List<Dossierinvoer> invoer, List<UUID> ids) throws SQLException {
        List<IntFunction<Object>> kolommen = new ArrayList<>();
        kolommen.add(ids::get);
        List<InburgeraarGegevens> g =
                invoer.stream().map(Dossierinvoer::gegevens).toList();
        kolommen.add(i -> g.get(i).gemeentecode());
        kolommen.add(i -> g.get(i).bsn());
        kolommen.add(i -> g.get(i).geslachtsnaam());
        kolommen.add(i -> g.get(i).voornamen());
        kolommen.add(i -> g.get(i).geboortedatum());
        kolommen.add(i -> g.get(i).geslacht());
        kolommen.add(i -> String.join(",", g.get(i).nationaliteiten()));
        kolommen.add(i -> g.get(i).landVanHerkomst());
        kolommen.add(i -> String.join(",", g.get(i).talen()));
        kolommen.add(i -> g.get(i).tolkNodig());
        kolommen.add(i -> g.get(i).tolkNodig() ? g.get(i).tolkTaal() : null);
        kolommen.add(i -> g.get(i).contact().telefoon());
        kolommen.add(i -> g.get(i).contact().email());
        kolommen.add(i -> g.get(i).contact().straat());
        kolommen.add(i -> g.get(i).contact().huisnummer());
        kolommen.add(i -> g.get(i).contact().postcode());
        kolommen.add(i -> g.get(i).contact().woonplaats());
        kolommen.add(i -> g.get(i).partner() == null ? null : g.get(i).partner().naam());
        kolommen.add(i -> g.get(i).partner() == null ? null : g.get(i).partner().geboortedatum());
        kolommen.add(i -> g.get(i).doelgroep());
        kolommen.add(i -> g.get(i).gedetailleerdeDoelgroep());
        kolommen.add(i -> g.get(i).wet());
        kolommen.add(i -> invoer.get(i).fase());
        kolommen.add(i -> invoer.get(i).consulent());
        kolommen.add(i -> invoer.get(i).bron());
        kolommen.add(i -> g.get(i).datumKennisgeving());
        kolommen.add(i -> g.get(i).datumKoppeling());
        kolommen.add(i -> g.get(i).datumHuisvesting());
        kolommen.add(i -> g.get(i).datumInschrijvingBrp());
        kolommen.add(i -> g.get(i).datumStartBijstand());
        kolommen.add(i -> invoer.get(i).geregistreerdOp());
        kolommen.add(i -> g.get(i).mijlpalen().datumBredeIntakeAfgerond());
        kolommen.add(i -> g.get(i).mijlpalen().dagtekeningPip());
        kolommen.add(i -> g.get(i).mijlpalen().einddatumInburgeringstermijn());
        kolommen.add(i -> g.get(i).mijlpalen().wachtOpDerdenSinds());
        kolommen.add(i -> g.get(i).mijlpalen().wachtOpDerdenReden());
        kolommen.add(i -> g.get(i).mijlpalen().wachtOpDerdenOntvangen());
        Unnest.voerUit(con, """
                insert into inburgeraar (id, gemeentecode, bsn, geslachtsnaam, voornamen, geboortedatum, geslacht,
                    nationaliteiten, land_van_herkomst, talen, tolk_nodig, tolk_taal, telefoon, email, straat, huisnummer,
                    postcode, woonplaats, partner_naam, partner_geboortedatum, doelgroep, gedetailleerde_doelgroep, wet,
                    fase, consulent, registratiebron, datum_kennisgeving, datum_koppeling, datum_huisvesting,
                    datum_inschrijving_brp, datum_start_bijstand, created_at, datum_brede_intake_afgerond, dagtekening_pip,
                    einddatum_inburgeringstermijn, wacht_op_derden_sinds, wacht_op_derden_reden, wacht_op_derden_ontvangen,
                    version)
                select c1::uuid, c2, c3, c4, c5, c6::date, c7, string_to_array(c8, ','), c9, string_to_array(c10, ','),
                    c11::boolean, c12, c13, c14, c15, c16, c17, c18, c19, c20::date, c21, c22, c23, c24, c25, c26,
                    c27::date, c28::date, c29::date, c30::date, c31::date, c32::timestamptz, c33::date, c34::date, c35::date,
                    c36::date, c37, c38::date, 1
                from unnest(%s) as t(%s)""", invoer.size(), kolommen);
    }

    private static void kinderen(Connection con, List<Dossierinvoer> invoer, List<UUID> ids) throws SQLException {
        List<UUID> ouder = new ArrayList<>();
        List<Integer> volgnummer = new ArrayList<>();
        List<Kind> kind = new ArrayList<>();
        for (int i = 0; i < invoer.size(); i++) {
            List<Kind> kinderen = invoer.get(i).gegevens().kinderen();
            for (int k = 0; k < kinderen.size(); k++) {
                ouder.add(ids.get(i));
                volgnummer.add(k);
                kind.add(kinderen.get(k));
            }
        }
        if (kind.isEmpty()) {
            return;
        }
        Unnest.voerUit(
                con,
                """
                insert into kind (inburgeraar, inburgeraar_key, voornaam, geboortedatum)
                select c1::uuid, c2::integer, c3, c4::date from unnest(%s) as t(%s)""",
                kind.size(),
                List.of(
                        ouder::get,
                        volgnummer::get,
                        i -> kind.get(i).voornaam(),
                        i -> kind.get(i).geboortedatum()));
    }

    /** PL-6: each loaded dossier's doelgroep as the first row of its history, from DUO's notice (or its registration). */
    private static void doelgroepHistorie(Connection con, List<UUID> ids) throws SQLException {
        try (var insert = con.prepareStatement("""
                insert into doelgroep_historie (inburgeraar_id, gemeentecode, doelgroep, gedetailleerde_doelgroep,
                                                geldig_vanaf, bron, vastgelegd_op)
                select id, gemeentecode, doelgroep, gedetailleerde_doelgroep,
                       coalesce(datum_kennisgeving, (created_at at time zone 'Europe/Amsterdam')::date), 'REGISTRATIE', created_at
                from inburgeraar where id = any(?)""")) {
            insert.setArray(1, con.createArrayOf("uuid", ids.toArray()));
            insert.executeUpdate();
        }
    }

    private static void journaal(Connection con, List<Dossierinvoer> invoer, List<UUID> ids) throws SQLException {
        Unnest.voerUit(
                con,
                """
                insert into journaal (inburgeraar_id, gemeentecode, occurred_at, username, soort, nieuwe_waarde)
                select c1::uuid, c2, c3::timestamptz, c4, 'REGISTRATIE', c5 from unnest(%s) as t(%s)""",
                invoer.size(),
                List.of(
                        ids::get,
                        i -> invoer.get(i).gegevens().gemeentecode(),
                        i -> invoer.get(i).geregistreerdOp(),
                        i -> invoer.get(i).geregistreerdDoor(),
                        i -> invoer.get(i).bron()));
    }
}
