package nl.inburgeringsregie.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo's warme overdracht (issue 17, T-12, ADR 0037), through the real paths as each gemeente's demo consultant:
 * the asielstatushouders of Haarlem and Velsen with a koppeling from the gemeente's start ({@code coa-termijnen.vanaf})
 * get COA's profile by the import ({@link CoaOverdrachten}) while their brede intake runs; those whose intake was
 * finished before (no intake to fill) have the profile and the handover conversation recorded outside the import
 * ({@link CoaRegistraties}). In each gemeente the most recent koppeling older than two weeks is left without a profile,
 * so the worklist shows T-12's signal. Everything counts today (T-15): the older dossiers show their deadlines met
 * late. Only in the embedded default, as the demo accounts; made once (when Haarlem has no COA record).
 */
@Component
@ConditionalOnProperty(
        name = {"inburgeringsregie.embedded-database.active", "inburgeringsregie.demo.enabled"},
        havingValue = "true")
public class DemoCoaOverdrachten {

    private static final Logger log = LoggerFactory.getLogger(DemoCoaOverdrachten.class);
    /** Each demo gemeente with the demo consultant who imports its profiles. */
    private static final Map<String, String> CONSULENTEN = Map.of("0392", "consulent", "0453", "consulent.velsen");

    private final CoaOverdrachten overdrachten;
    private final CoaRegistraties registraties;
    private final CoaTermijnInstellingen instellingen;
    private final UserDetailsService accounts;
    private final JdbcClient jdbc;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    DemoCoaOverdrachten(
            CoaOverdrachten overdrachten,
            CoaRegistraties registraties,
            CoaTermijnInstellingen instellingen,
            UserDetailsService accounts,
            JdbcClient jdbc,
            MessageSourceAccessor berichten,
            Clock clock) {
        this.overdrachten = overdrachten;
        this.registraties = registraties;
        this.instellingen = instellingen;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.berichten = berichten;
        this.clock = clock;
    }

    private record Dossier(
            UUID id,
            String bsn,
            String consulent,
            LocalDate koppeling,
            boolean intakeAfgerond,
            String land,
            List<String> talen) {}

    /** Imports or records COA's handover for the demo asielstatushouders when Haarlem has none yet. */
    public void zorgVoorDemoCoaOverdrachten() {
        boolean bestaat = jdbc.sql("""
                        select exists (select 1 from coa_overdracht where gemeentecode = '0392')
                            or exists (select 1 from coa_registratie where gemeentecode = '0392')""").query(Boolean.class).single();
        if (bestaat) {
            return;
        }
        LocalDate vandaag = LocalDate.now(clock);
        int geimporteerd = 0;
        int vastgelegd = 0;
        for (String gemeente : List.of("0392", "0453")) {
            List<Dossier> dossiers = jdbc.sql("""
                            select id, bsn, consulent, datum_koppeling, datum_brede_intake_afgerond is not null as afgerond,
                                   land_van_herkomst, talen
                            from inburgeraar
                            where gemeentecode = ? and doelgroep = 'ASIELSTATUSHOUDER' and fase <> 'UITGESCHREVEN'
                              and datum_koppeling between ? and ?
                            order by datum_koppeling desc, id""")
                    .params(gemeente, instellingen.vanaf(gemeente), vandaag)
                    .query((rs, i) -> new Dossier(
                            rs.getObject("id", UUID.class),
                            rs.getString("bsn"),
                            rs.getString("consulent"),
                            rs.getObject("datum_koppeling", LocalDate.class),
                            rs.getBoolean("afgerond"),
                            rs.getString("land_van_herkomst"),
                            List.of((String[]) rs.getArray("talen").getArray())))
                    .list();
            // The one left without a profile: the most recent koppeling whose two weeks have passed, of the demo
            // consultant's own caseload where there is one (their worklist shows it).
            List<Dossier> verlopen = dossiers.stream()
                    .filter(d ->
                            !d.intakeAfgerond() && d.koppeling().plusWeeks(2).isBefore(vandaag))
                    .toList();
            UUID zonder = verlopen.stream()
                    .filter(d -> CONSULENTEN.get(gemeente).equals(d.consulent()))
                    .findFirst()
                    .or(() -> verlopen.stream().findFirst())
                    .map(Dossier::id)
                    .orElse(null);
            List<CoaProfiel> profielen = new ArrayList<>();
            List<Dossier> buitenImport = new ArrayList<>();
            for (Dossier d : dossiers) {
                if (d.id().equals(zonder)) {
                    continue;
                }
                if (d.intakeAfgerond()) {
                    buitenImport.add(d);
                } else {
                    profielen.add(profiel(gemeente, d, vandaag));
                }
            }
            alsConsulent(CONSULENTEN.get(gemeente), () -> {
                if (!profielen.isEmpty()) {
                    overdrachten.importeer(profielen);
                }
                for (Dossier d : buitenImport) {
                    registraties.profielOntvangen(d.id(), null, berichten.getMessage("demo.coa.bron"));
                    registraties.gesprekGehouden(
                            d.id(), gesprek(d, vandaag), berichten.getMessage("demo.coa.deelnemers"));
                }
            });
            geimporteerd += profielen.size();
            vastgelegd += buitenImport.size();
        }
        log.info("Demo COA handover: {} profiles imported, {} recorded outside the import", geimporteerd, vastgelegd);
    }

    private CoaProfiel profiel(String gemeente, Dossier d, LocalDate vandaag) {
        return new CoaProfiel(
                d.bsn(),
                gemeente,
                gesprek(d, vandaag),
                List.of(berichten.getMessage("demo.coa.coa"), CONSULENTEN.get(gemeente)),
                berichten.getMessage("demo.coa.huishouden"),
                d.land(),
                d.talen(),
                berichten.getMessage("demo.coa.opleiding"),
                null,
                null,
                null,
                null,
                berichten.getMessage("demo.coa.wensen"),
                null);
    }

    /** The handover conversation four weeks after the koppeling, not after today. */
    private static LocalDate gesprek(Dossier d, LocalDate vandaag) {
        LocalDate gesprek = d.koppeling().plusWeeks(4);
        return gesprek.isAfter(vandaag) ? vandaag : gesprek;
    }

    private void alsConsulent(String gebruikersnaam, Runnable werk) {
        UserDetails account = accounts.loadUserByUsername(gebruikersnaam);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        try {
            werk.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
