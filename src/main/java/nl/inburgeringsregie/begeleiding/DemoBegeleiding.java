package nl.inburgeringsregie.begeleiding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.termijnen.TermijnfeitenGewijzigd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's begeleiding (issue 17, ADR 0036): a partner organisation like a regional refugee council, where the demo
 * account {@code begeleider} works; the asielstatushouders of Haarlem and Velsen housed within the last year assigned to
 * it, a few with contacts (some participation, one signal), so the begeleider has a real worklist and a handover due
 * soon; and nazorg for a few dossiers whose duty DUO reported met. Only in the embedded default, as the demo accounts;
 * made once (by the organisation's name).
 */
@Component
@ConditionalOnProperty(
        name = {"inburgeringsregie.embedded-database.active", "inburgeringsregie.demo.enabled"},
        havingValue = "true")
public class DemoBegeleiding {

    static final String PARTNER = "Stichting Welkom Kennemerland";

    private static final Logger log = LoggerFactory.getLogger(DemoBegeleiding.class);

    private final PartnerorganisatieRepository partners;
    private final BegeleidingRepository begeleidingen;
    private final NazorgRepository nazorgen;
    private final BegeleidingInstellingen instellingen;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    DemoBegeleiding(
            PartnerorganisatieRepository partners,
            BegeleidingRepository begeleidingen,
            NazorgRepository nazorgen,
            BegeleidingInstellingen instellingen,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            MessageSourceAccessor berichten,
            Clock clock) {
        this.berichten = berichten;
        this.partners = partners;
        this.begeleidingen = begeleidingen;
        this.nazorgen = nazorgen;
        this.instellingen = instellingen;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Creates the demo partner organisation, its begeleidingen and nazorg when the organisation is missing. */
    @Transactional
    public void zorgVoorDemoBegeleiding() {
        if (partners.metNaam(PARTNER).isPresent()) {
            return;
        }
        Instant nu = clock.instant();
        LocalDate vandaag = LocalDate.now(clock);
        Partnerorganisatie partner = partners.save(Partnerorganisatie.nieuw(PARTNER, nu));
        jdbc.sql("""
                        insert into partner_gebruiker (gebruikersnaam, partner_id)
                        select username, ? from app_user where username = 'begeleider' on conflict do nothing""").param(partner.id()).update();
        record Dossier(UUID id, String gemeentecode, LocalDate huisvesting) {}
        List<Dossier> gehuisvest = jdbc.sql("""
                        select id, gemeentecode, datum_huisvesting from inburgeraar
                        where gemeentecode in ('0392', '0453') and doelgroep = 'ASIELSTATUSHOUDER'
                          and datum_huisvesting is not null and datum_huisvesting > ? and datum_huisvesting <= ?
                        order by datum_huisvesting, id limit 12""")
                .params(vandaag.minusMonths(instellingen.maanden()), vandaag)
                .query((rs, i) -> new Dossier(
                        rs.getObject("id", UUID.class),
                        rs.getString("gemeentecode"),
                        rs.getObject("datum_huisvesting", LocalDate.class)))
                .list();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < gehuisvest.size(); i++) {
            Dossier d = gehuisvest.get(i);
            Begeleiding b = Begeleiding.nieuw(
                    d.id(), d.gemeentecode(), partner.id(), d.huisvesting(), instellingen.maanden(), nu);
            LocalDate contact = d.huisvesting().plusWeeks(2);
            if (i % 3 != 2 && !contact.isAfter(vandaag)) {
                b.legContactVast(
                        new Contact(contact, true, "Tigrinya", "WONEN,INKOMEN", 90, false, null, "begeleider"),
                        vandaag,
                        instellingen.maximumMinuten(),
                        nu);
                LocalDate tweede = contact.plusWeeks(4);
                if (!tweede.isAfter(vandaag)) {
                    b.legContactVast(
                            new Contact(
                                    tweede,
                                    false,
                                    null,
                                    "WERK,VOORLICHTING",
                                    180,
                                    true,
                                    i == 0 ? berichten.getMessage("demo.begeleiding.signaal") : null,
                                    "begeleider"),
                            vandaag,
                            instellingen.maximumMinuten(),
                            nu);
                }
            }
            begeleidingen.save(b);
            ids.add(d.id());
        }
        record Afgerond(UUID id, String gemeentecode) {}
        List<Afgerond> afgerond = jdbc.sql("""
                        select id, gemeentecode from inburgeraar
                        where gemeentecode in ('0392', '0453') and fase = 'AFGEROND'
                          and not exists (select 1 from nazorg n where n.inburgeraar_id = inburgeraar.id)
                        order by id limit 4""")
                .query((rs, i) -> new Afgerond(rs.getObject("id", UUID.class), rs.getString("gemeentecode")))
                .list();
        for (int i = 0; i < afgerond.size(); i++) {
            Afgerond a = afgerond.get(i);
            nazorgen.save(Nazorg.nieuw(
                    a.id(), a.gemeentecode(), vandaag.minusMonths(5).minusDays(i * 9L), Nazorg.Bron.DUO, nu));
            ids.add(a.id());
        }
        events.publishEvent(new TermijnfeitenGewijzigd(ids));
        log.info("Demo begeleiding created: {} begeleidingen, {} nazorg", gehuisvest.size(), afgerond.size());
    }
}
