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
 * gemeente codes, or {@code *} for system work that runs without a user.
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

        private static Connection metGemeenten(Connection connection) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select set_config('inburgeringsregie.gemeenten', ?, false)")) {
                statement.setString(1, gemeentenVanHuidigeGebruiker());
                statement.execute();
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return connection;
        }
    }
}
