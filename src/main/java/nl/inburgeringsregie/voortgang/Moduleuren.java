package nl.inburgeringsregie.voortgang;

import java.util.List;
import java.util.UUID;
import nl.inburgeringsregie.uren.UrenBron;
import nl.inburgeringsregie.uren.Urenpost;
import nl.inburgeringsregie.uren.Urensoort;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hours of the PVT and the MAP the gemeente runs itself ({@link Routemodules}), as the hours ledger's source: one
 * post per module, read from {@code module_activiteit} itself. A provider's PVT or MAP placement contributes its own
 * attendance (module aanbieders); together they are the module's hours against its target.
 */
@Component
class Moduleuren implements UrenBron {

    /** The source code of the gemeente's own module hours. */
    static final String EIGEN_MODULE = "EIGEN_MODULE";

    private final JdbcClient jdbc;
    private final MessageSourceAccessor berichten;

    Moduleuren(JdbcClient jdbc, MessageSourceAccessor berichten) {
        this.jdbc = jdbc;
        this.berichten = berichten;
    }

    @Override
    public List<Urenpost> uren(UUID inburgeraarId) {
        return jdbc.sql("""
                        select module, sum(uren) as uren from module_activiteit
                        where inburgeraar_id = ? group by module order by module""")
                .param(inburgeraarId)
                .query((rs, i) -> new Urenpost(
                        Urensoort.valueOf(rs.getString("module")),
                        EIGEN_MODULE,
                        inburgeraarId,
                        berichten.getMessage("module.eigen.bron"),
                        rs.getBigDecimal("uren").stripTrailingZeros(),
                        false))
                .list();
    }
}
