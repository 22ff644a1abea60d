package nl.inburgeringsregie.gebruikers;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GebruikerRepository {

    private final JdbcClient jdbc;

    GebruikerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<GebruikerAccount> vind(String gebruikersnaam) {
        return jdbc.sql("select * from app_user where username = ?")
                .param(gebruikersnaam)
                .query((rs, i) -> new GebruikerAccount(gebruiker(rs), rs.getString("password_hash")))
                .optional();
    }

    List<Gebruiker> alle() {
        return jdbc.sql("select * from app_user order by username")
                .query((rs, i) -> gebruiker(rs))
                .list();
    }

    /** Users of any of the gemeenten whose name or username contains the text, folded (issue 21 point 7). */
    List<Gebruiker> zoek(String deel, List<String> gemeenten) {
        return jdbc.sql("""
                select * from app_user
                where gemeenten && cast(:gemeenten as char(4)[])
                  and (strpos(zoekvorm(display_name), zoekvorm(:deel)) > 0 or strpos(zoekvorm(username), zoekvorm(:deel)) > 0)
                order by display_name, username limit 100""")
                .param("gemeenten", gemeenten.toArray(String[]::new))
                .param("deel", deel)
                .query((rs, i) -> gebruiker(rs))
                .list();
    }

    /** Active users with the given role who work for the gemeente. */
    List<Gebruiker> metRolInGemeente(Rol rol, String gemeentecode) {
        return jdbc.sql("""
                select * from app_user
                where active and ? = any(roles) and ? = any(gemeenten)
                order by display_name""")
                .params(rol.name(), gemeentecode)
                .query((rs, i) -> gebruiker(rs))
                .list();
    }

    void bewaar(Gebruiker gebruiker, String wachtwoordHash) {
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, roles, gemeenten, active)
                values (:username, :naam, :hash, string_to_array(:roles, ','), string_to_array(:gemeenten, ','), :actief)
                on conflict (username) do update set display_name = excluded.display_name,
                    roles = excluded.roles, gemeenten = excluded.gemeenten, active = excluded.active""")
                .param("username", gebruiker.gebruikersnaam())
                .param("naam", gebruiker.naam())
                .param("hash", wachtwoordHash)
                .param(
                        "roles",
                        String.join(
                                ",", gebruiker.rollen().stream().map(Enum::name).toList()))
                .param("gemeenten", String.join(",", gebruiker.gemeenten()))
                .param("actief", gebruiker.actief())
                .update();
    }

    /** h5 (issue 14 point 13): a new password hash for an existing account. */
    void zetWachtwoord(String gebruikersnaam, String wachtwoordHash) {
        jdbc.sql("update app_user set password_hash = ? where username = ?")
                .params(wachtwoordHash, gebruikersnaam)
                .update();
    }

    boolean bestaat(String gebruikersnaam) {
        return jdbc.sql("select count(*) from app_user where username = ?")
                        .param(gebruikersnaam)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    List<Gemeente> gemeenten() {
        return jdbc.sql("select code, naam from gemeente order by naam")
                .query((rs, i) -> new Gemeente(rs.getString("code"), rs.getString("naam")))
                .list();
    }

    Optional<Gemeente> gemeente(String code) {
        return jdbc.sql("select code, naam from gemeente where code = ?")
                .param(code)
                .query((rs, i) -> new Gemeente(rs.getString("code"), rs.getString("naam")))
                .optional();
    }

    void bewaar(Gemeente gemeente) {
        jdbc.sql(
                        "insert into gemeente (code, naam) values (?, ?) on conflict (code) do update set naam = excluded.naam")
                .params(gemeente.code(), gemeente.naam())
                .update();
    }

    private static Gebruiker gebruiker(ResultSet rs) throws SQLException {
        EnumSet<Rol> rollen = EnumSet.noneOf(Rol.class);
        for (String rol : strings(rs.getArray("roles"))) {
            rollen.add(Rol.valueOf(rol));
        }
        return new Gebruiker(
                rs.getString("username"),
                rs.getString("display_name"),
                rollen,
                strings(rs.getArray("gemeenten")).stream().map(String::trim).toList(),
                rs.getBoolean("active"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
