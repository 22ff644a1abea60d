package nl.inburgeringsregie.aanbieders;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The capacity ledger of the contracts (table contractbezetting, AB-3): which placements hold a place or wait for one,
 * in which order. It holds no person's data, so a consultant of one gemeente counts the places another gemeente's
 * placements take. Every change happens after {@link #vergrendel} in the same transaction: two consultants placing the
 * last free place at once are served one after the other, and the second finds the contract full.
 */
@Component
class Bezettingen {

    /** The capacity view of a contract: places, used, free, waiting, and the expected starts of those placed. */
    record Capaciteit(int capaciteit, int bezet, int wachtlijst, List<VerwachteStart> verwachteStarts) {

        public int vrij() {
            return Math.max(0, capaciteit - bezet);
        }
    }

    /** How many placed persons are expected to start on a day (null: no date agreed yet). */
    record VerwachteStart(LocalDate datum, int aantal) {}

    private final JdbcClient jdbc;

    Bezettingen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the contract's row until the transaction ends; every change of its capacity ledger comes after this. */
    void vergrendel(UUID contractId) {
        jdbc.sql("select id from contract where id = ? for update")
                .param(contractId)
                .query(UUID.class)
                .optional();
    }

    /** The contract's capacity as it stands, and the placement's position on its waiting list (0: not waiting). */
    Plaatsing.Bezetting van(Contract contract, UUID plaatsingId) {
        int bezet = jdbc.sql("select count(*) from contractbezetting where contract_id = ? and status <> 'WACHTLIJST'")
                .param(contract.id())
                .query(Integer.class)
                .single();
        return new Plaatsing.Bezetting(contract.capaciteit(), bezet, plaatsingId == null ? 0 : positie(plaatsingId));
    }

    /** The placement's position on its contract's waiting list, 1 for the first; 0 when it is not waiting. */
    int positie(UUID plaatsingId) {
        return jdbc.sql("""
                        select count(*) from contractbezetting w
                        join contractbezetting mijn on mijn.contract_id = w.contract_id
                        where mijn.plaatsing_id = ? and mijn.status = 'WACHTLIJST'
                          and w.status = 'WACHTLIJST' and w.wachtnummer <= mijn.wachtnummer""").param(plaatsingId).query(Integer.class).single();
    }

    /** Books the placement's state into the ledger: holding a place, waiting (at the end of the list), or gone. */
    void boek(Plaatsing p) {
        switch (p.status()) {
            case GEPLAATST, GESTART ->
                jdbc.sql("""
                                insert into contractbezetting (plaatsing_id, contract_id, status, wachtnummer, verwachte_start)
                                values (?, ?, ?, null, ?)
                                on conflict (plaatsing_id) do update
                                set status = excluded.status, wachtnummer = null, verwachte_start = excluded.verwachte_start""")
                        .params(p.id(), p.contractId(), p.status().name(), p.verwachteStart())
                        .update();
            case WACHTLIJST ->
                jdbc.sql("""
                                insert into contractbezetting (plaatsing_id, contract_id, status, wachtnummer, verwachte_start)
                                values (?, ?, 'WACHTLIJST', nextval('contractbezetting_wachtnummer'), ?)
                                on conflict (plaatsing_id) do nothing""").params(p.id(), p.contractId(), p.verwachteStart()).update();
            default ->
                jdbc.sql("delete from contractbezetting where plaatsing_id = ?")
                        .param(p.id())
                        .update();
        }
    }

    /** The capacity view of a contract (counts only, no person). */
    Capaciteit capaciteit(Contract contract) {
        record Telling(int bezet, int wachtlijst) {}
        Telling telling = jdbc.sql("""
                        select count(*) filter (where status <> 'WACHTLIJST') as bezet,
                               count(*) filter (where status = 'WACHTLIJST') as wachtlijst
                        from contractbezetting where contract_id = ?""")
                .param(contract.id())
                .query((rs, i) -> new Telling(rs.getInt("bezet"), rs.getInt("wachtlijst")))
                .single();
        List<VerwachteStart> starts = jdbc.sql("""
                        select verwachte_start, count(*) as aantal from contractbezetting
                        where contract_id = ? and status = 'GEPLAATST'
                        group by verwachte_start order by verwachte_start nulls last""")
                .param(contract.id())
                .query((rs, i) ->
                        new VerwachteStart(rs.getObject("verwachte_start", LocalDate.class), rs.getInt("aantal")))
                .list();
        return new Capaciteit(contract.capaciteit(), telling.bezet(), telling.wachtlijst(), starts);
    }
}
