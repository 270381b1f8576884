package org.sendclock.importer;

import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The yardstick of ADR 32: the very rows an import committed, table by table, inserted again into the same tables of
 * the same database (their indexes, keys and constraints) with plain JDBC batches, a thousand statements to a batch, in
 * one transaction, three times (the median reported). Each row is a copy of one the import wrote: every id and every
 * column naming an id moved by {@link #OFFSET}, each case reference prefixed, so the copies refer to each other as the
 * originals do. The rows are read first (not timed) and the copies removed again after each run (not timed).
 */
final class SameRowsPlainInsert {

    /** Far past any id the imports' sequences reach in a benchmark. */
    static final long OFFSET = 9_000_000_000L;
    private static final int BATCH = 1000;
    private static final int RUNS = 3;

    private SameRowsPlainInsert() {
    }

    /** What was inserted: rows per table, the median seconds of the runs, and each run's seconds in order. */
    record Measured(Map<String, Integer> rows, double seconds, List<Double> runs) {
        int total() {
            return rows.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** @param tables every table the import wrote, each after the tables it refers to */
    static Measured of(JdbcTemplate jdbc, PlatformTransactionManager transactions, List<String> tables) {
        Map<String, Copy> copies = new LinkedHashMap<>();
        for (String table : tables) {
            copies.put(table, read(jdbc, table));
        }
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        List<Copy> reversed = new ArrayList<>(copies.values());
        Collections.reverse(reversed);
        // Inserted and removed RUNS times, the median taken: one insert on a shared machine, just after the import's
        // commit (whose pages the database may still be writing), swung from a fifth to five times the others.
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long started = System.nanoTime();
            transaction.executeWithoutResult(status -> copies.values().forEach(copy -> {
                for (int from = 0; from < copy.rows.size(); from += BATCH) {
                    jdbc.batchUpdate(copy.insert, copy.rows.subList(from, Math.min(copy.rows.size(), from + BATCH)),
                            copy.types);
                }
            }));
            times.add((System.nanoTime() - started) / 1e9);
            transaction.executeWithoutResult(status -> reversed.stream().filter(copy -> !copy.rows.isEmpty())
                    .forEach(copy -> jdbc.update(copy.delete, OFFSET)));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        copies.forEach((table, copy) -> counts.put(table, copy.rows.size()));
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return new Measured(counts, sorted.get(RUNS / 2), times);
    }

    private record Copy(String insert, String delete, int[] types, List<Object[]> rows) {
    }

    private static Copy read(JdbcTemplate jdbc, String table) {
        List<Object[]> rows = new ArrayList<>();
        String[] sql = new String[2];
        int[][] types = new int[1][];
        jdbc.query("select * from " + table, rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            if (types[0] == null) {
                types[0] = new int[n];
                List<String> names = new ArrayList<>();
                String key = null;
                for (int i = 1; i <= n; i++) {
                    String name = meta.getColumnName(i).toLowerCase(Locale.ROOT);
                    names.add(name);
                    types[0][i - 1] = meta.getColumnType(i);
                    if (key == null && isId(name, meta.getColumnType(i)) || name.equals("id")) {
                        key = name;
                    }
                }
                sql[0] = "insert into " + table + " (" + String.join(", ", names) + ") values ("
                        + String.join(", ", Collections.nCopies(n, "?")) + ")";
                sql[1] = "delete from " + table + " where " + key + " >= ?";
            }
            Object[] row = new Object[n];
            for (int i = 1; i <= n; i++) {
                Object value = rs.getObject(i);
                String name = meta.getColumnName(i).toLowerCase(Locale.ROOT);
                if (value != null && isId(name, meta.getColumnType(i))) {
                    value = ((Number) value).longValue() + OFFSET;
                } else if (value != null && name.equals("case_ref")) {
                    value = "Z" + value;
                }
                row[i - 1] = value;
            }
            rows.add(row);
        });
        if (types[0] == null) {
            return new Copy(null, null, new int[0], List.of());
        }
        return new Copy(sql[0], sql[1], types[0], rows);
    }

    private static boolean isId(String column, int type) {
        return (column.equals("id") || column.endsWith("_id")) && type == Types.BIGINT;
    }
}
