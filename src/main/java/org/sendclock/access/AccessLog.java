package org.sendclock.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.Paging;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The access log (V11): who read which child's record, how, when and from which address. Written with one plain insert
 * per read outside any transaction of the read; searched by person, case reference, how and period, newest first, a
 * page at a time. It holds case references, never a child's name.
 */
@Repository
public class AccessLog {

    /** How the record was read. */
    public enum How {
        /** A case page, or a step posted from it. */
        PAGE,
        /** The API ({@code /api/cases/{ref}/...}). */
        API,
        /** The whole caseload exported ({@code /api/exports/...}): no case reference. */
        EXPORT
    }

    public record Entry(Instant at, String username, String caseRef, How what, String address) {
    }

    /**
     * What an administrator searches for: each part given narrows, null means any. {@code from} and {@code to} are
     * days in the service's time zone, both included.
     */
    public record Search(String username, String caseRef, How what, LocalDate from, LocalDate to) {

        public static final Search EVERYTHING = new Search(null, null, null, null, null);

        /** From request parameters: blank means any; a bad date or channel is a 400 naming each field at fault. */
        public static Search parse(String username, String caseRef, String what, String from, String to) {
            InvalidRequest.Collector errors = new InvalidRequest.Collector();
            How how = null;
            if (!blank(what)) {
                try {
                    how = How.valueOf(what.trim());
                } catch (IllegalArgumentException e) {
                    errors.reject("what", "must be one of " + Arrays.toString(How.values()));
                }
            }
            LocalDate first = date("from", from, errors);
            LocalDate last = date("to", to, errors);
            errors.rejectIf(first != null && last != null && last.isBefore(first), "to",
                    "must be on or after the from date").throwIfAny();
            return new Search(blank(username) ? null : username.trim(), blank(caseRef) ? null : caseRef.trim(), how,
                    first, last);
        }

        private static LocalDate date(String field, String value, InvalidRequest.Collector errors) {
            if (blank(value)) {
                return null;
            }
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                errors.reject(field, "must be a real date written YYYY-MM-DD");
                return null;
            }
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    public record Found(long total, int page, int size, long pages, List<Entry> entries) {
    }

    private static final RowMapper<Entry> ENTRY = (rs, i) -> new Entry(
            rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("username"), rs.getString("case_ref"),
            How.valueOf(rs.getString("what")), rs.getString("address"));

    private final NamedParameterJdbcTemplate jdbc;

    AccessLog(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(Instant at, String username, String caseRef, How what, String address) {
        jdbc.update("insert into access_log (at, username, case_ref, what, address)"
                        + " values (:at, :username, :caseRef, :what, :address)",
                new MapSqlParameterSource("at", at.atOffset(ZoneOffset.UTC)).addValue("username", username)
                        .addValue("caseRef", caseRef).addValue("what", what.name()).addValue("address", address));
    }

    public Found search(Search search, ZoneId zone, Paging paging) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(search, zone, params);
        long total = jdbc.queryForObject("select count(*) from access_log" + where, params, Long.class);
        List<Entry> entries = total == 0 ? List.of() : jdbc.query("select * from access_log" + where
                        + " order by at desc, id desc limit :size offset :offset",
                params.addValue("size", paging.size()).addValue("offset", paging.offset()), ENTRY);
        return new Found(total, paging.page(), paging.size(), paging.pagesFor(total), entries);
    }

    /** Every entry the search finds, newest first, handed on one by one as read (for the CSV export). */
    public void each(Search search, ZoneId zone, Consumer<Entry> to) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        jdbc.query("select * from access_log" + where(search, zone, params) + " order by at desc, id desc", params,
                rs -> {
                    to.accept(ENTRY.mapRow(rs, 0));
                });
    }

    private static String where(Search search, ZoneId zone, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (search.username() != null) {
            conditions.add("username = :username");
            params.addValue("username", search.username());
        }
        if (search.caseRef() != null) {
            conditions.add("case_ref = :caseRef");
            params.addValue("caseRef", search.caseRef());
        }
        if (search.what() != null) {
            conditions.add("what = :what");
            params.addValue("what", search.what().name());
        }
        if (search.from() != null) {
            conditions.add("at >= :from");
            params.addValue("from", search.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (search.to() != null) {
            conditions.add("at < :to");
            params.addValue("to", search.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
