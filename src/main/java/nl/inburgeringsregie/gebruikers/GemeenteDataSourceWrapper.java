package nl.inburgeringsregie.gebruikers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tells PostgreSQL's row-level security (V2__row_level_security.sql) which gemeenten the current user may
 * see: every connection handed out gets {@code inburgeringsregie.gemeenten} set to the signed-in user's
 * gemeente codes, or {@code *} for system work that runs without a user; and {@code inburgeringsregie.gebruiker} set
 * to the signed-in user's username (empty without one), for the policies of the relationships a user has to a person
 * (V30_2, ADR 0028: the assigned consultant).
 */
@Component
class GemeenteDataSourceWrapper implements BeanPostProcessor {

    static final String ALLE = "*";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof GemeenteDataSource)) {
            return new GemeenteDataSource(dataSource);
        }
        return bean;
    }

    /** The gemeenten of the signed-in user as PostgreSQL sees them. */
    static String gemeentenVanHuidigeGebruiker() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return ALLE;
        }
        Optional<Gebruiker> gebruiker = Gebruikers.gebruikerVan(authentication.getPrincipal());
        if (gebruiker.isPresent()) {
            return String.join(",", gebruiker.get().gemeenten());
        }
        // Authenticated, but not one of our accounts: no gemeente at all.
        return "";
    }

    /** The username of the signed-in user as PostgreSQL sees it; empty for system work or a foreign principal. */
    static String gebruikersnaamVanHuidigeGebruiker() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return "";
        }
        return Gebruikers.gebruikerVan(authentication.getPrincipal())
                .map(Gebruiker::gebruikersnaam)
                .orElse("");
    }

    static final class GemeenteDataSource extends DelegatingDataSource {

        GemeenteDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return metGemeenten(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return metGemeenten(super.getConnection(username, password));
        }

        /**
         * Set while the signed-in user is being determined. Sessions live in the database (issue 14 point 18): finding
         * the user may read the session, which takes a connection of its own, which would ask for the user again, and
         * so on until the pool is empty. That inner connection (it reads only the session tables, which have no
         * row-level security) gets no gemeenten at all: fail closed.
         */
        private static final ThreadLocal<Boolean> GEBRUIKER_BEPALEN = new ThreadLocal<>();

        /**
         * Runs the work (the session repository's, GedeeldeSessies) with connections that get no gemeenten and no
         * user, without determining the signed-in user first: the session tables have no row-level security, and
         * determining the user would read the session once more (issue 21, performance).
         */
        static <T> T zonderGebruiker(Werk<T> werk) throws Throwable {
            if (GEBRUIKER_BEPALEN.get() != null) {
                return werk.doe();
            }
            GEBRUIKER_BEPALEN.set(Boolean.TRUE);
            try {
                return werk.doe();
            } finally {
                GEBRUIKER_BEPALEN.remove();
            }
        }

        interface Werk<T> {
            T doe() throws Throwable;
        }

        /** The gemeenten and the username, in this order. */
        private static String[] gemeentenEnGebruiker() {
            if (GEBRUIKER_BEPALEN.get() != null) {
                return new String[] {"", ""};
            }
            GEBRUIKER_BEPALEN.set(Boolean.TRUE);
            try {
                return new String[] {gemeentenVanHuidigeGebruiker(), gebruikersnaamVanHuidigeGebruiker()};
            } finally {
                GEBRUIKER_BEPALEN.remove();
            }
        }

        private static Connection metGemeenten(Connection connection) throws SQLException {
            try (PreparedStatement statement =
                    connection.prepareStatement("select set_config('inburgeringsregie.gemeenten', ?, false),"
                            + " set_config('inburgeringsregie.gebruiker', ?, false)")) {
                String[] waarden = gemeentenEnGebruiker();
                statement.setString(1, waarden[0]);
                statement.setString(2, waarden[1]);
                statement.execute();
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return connection;
        }
    }
}
