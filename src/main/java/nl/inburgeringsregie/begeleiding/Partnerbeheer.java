package nl.inburgeringsregie.begeleiding;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.gebruikers.Gebruiker;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagPartnersBeheren;
import nl.inburgeringsregie.gebruikers.Rol;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The functioneel beheerder registers partner organisations and links a begeleider's account to one (ADR 0036): an
 * account works for one organisation, and only an account with the role BEGELEIDER can be linked.
 */
@Service
class Partnerbeheer {

    record PartnerWeergave(UUID id, String naam, List<String> gebruikers) {}

    private final PartnerorganisatieRepository partners;
    private final Gebruikers gebruikers;
    private final JdbcClient jdbc;
    private final MessageSourceAccessor berichten;
    private final Clock clock;

    Partnerbeheer(
            PartnerorganisatieRepository partners,
            Gebruikers gebruikers,
            JdbcClient jdbc,
            MessageSourceAccessor berichten,
            Clock clock) {
        this.partners = partners;
        this.gebruikers = gebruikers;
        this.jdbc = jdbc;
        this.berichten = berichten;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @MagPartnersBeheren
    public List<PartnerWeergave> alle() {
        return partners.alle().stream().map(this::weergave).toList();
    }

    @Transactional
    @MagPartnersBeheren
    public PartnerWeergave registreer(String naam) {
        if (naam == null || naam.isBlank() || naam.strip().length() > 200) {
            throw new InvalidInputException("naam", "fout.partner.naamVerplicht", "T-9");
        }
        if (partners.metNaam(naam.strip()).isPresent()) {
            throw new InvalidInputException("naam", "fout.partner.naamBestaat", "T-9");
        }
        return weergave(partners.save(Partnerorganisatie.nieuw(naam, clock.instant())));
    }

    /** Links the account to the organisation (moving it from another one). */
    @Transactional
    @MagPartnersBeheren
    public PartnerWeergave koppel(UUID partnerId, String gebruikersnaam) {
        Partnerorganisatie p = partners.findById(partnerId)
                .orElseThrow(() -> new NotFoundException(berichten.getMessage("fout.partner.nietGevonden")));
        Gebruiker g =
                gebruikersnaam == null ? null : gebruikers.vind(gebruikersnaam).orElse(null);
        if (g == null || !g.rollen().contains(Rol.BEGELEIDER)) {
            throw new InvalidInputException("gebruikersnaam", "fout.partner.geenBegeleider", "T-9");
        }
        koppelAccount(p.id(), g.gebruikersnaam());
        return weergave(p);
    }

    void koppelAccount(UUID partnerId, String gebruikersnaam) {
        jdbc.sql("""
                        insert into partner_gebruiker (gebruikersnaam, partner_id) values (?, ?)
                        on conflict (gebruikersnaam) do update set partner_id = excluded.partner_id""").params(gebruikersnaam, partnerId).update();
    }

    private PartnerWeergave weergave(Partnerorganisatie p) {
        return new PartnerWeergave(
                p.id(),
                p.naam(),
                jdbc.sql("select gebruikersnaam from partner_gebruiker where partner_id = ? order by gebruikersnaam")
                        .param(p.id())
                        .query(String.class)
                        .list());
    }
}
