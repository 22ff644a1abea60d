package nl.inburgeringsregie.infrastructure.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Set-based bulk writes: one statement for many rows, {@code insert … select … from unnest(?::text[], …) as
 * t(c1, c2, …)}, one text array per column holding each value's string form (or null); the SQL casts them back.
 * As fast as COPY, and unlike COPY it respects row-level security.
 */
public final class Unnest {

    private Unnest() {}

    /**
     * Runs {@code sql}, whose two {@code %s} take the array parameters and the column names c1…cn, for
     * {@code rijen} rows; column c(k+1) of row r is {@code kolommen.get(k).apply(r)}.
     */
    public static int voerUit(Connection con, String sql, int rijen, List<IntFunction<Object>> kolommen)
            throws SQLException {
        return voerUit(con, sql, rijen, kolommen, new Object[0]);
    }

    /**
     * As {@link #voerUit(Connection, String, int, List)}, with plain {@code ?} parameters {@code vast}, the same for
     * every row, that come before the {@code %s} of the arrays in {@code sql}.
     */
    public static int voerUit(Connection con, String sql, int rijen, List<IntFunction<Object>> kolommen, Object... vast)
            throws SQLException {
        if (rijen == 0) {
            return 0;
        }
        int n = kolommen.size();
        String parameters = String.join(", ", Collections.nCopies(n, "?::text[]"));
        String namen = IntStream.rangeClosed(1, n).mapToObj(c -> "c" + c).collect(Collectors.joining(", "));
        try (PreparedStatement statement = con.prepareStatement(sql.formatted(parameters, namen))) {
            for (int v = 0; v < vast.length; v++) {
                statement.setObject(v + 1, vast[v]);
            }
            for (int c = 0; c < n; c++) {
                String[] waarden = new String[rijen];
                for (int r = 0; r < rijen; r++) {
                    waarden[r] = Objects.toString(kolommen.get(c).apply(r), null);
                }
                statement.setArray(vast.length + c + 1, con.createArrayOf("text", waarden));
            }
            return statement.executeUpdate();
        }
    }
}
