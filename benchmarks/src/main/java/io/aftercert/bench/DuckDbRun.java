package io.aftercert.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * The same KPIs and data-quality rules (docs/records-format.md) as one DuckDB SQL query, written
 * independently of the Java engine, in its own JVM. Timestamps are parsed in the generator's
 * format ({@code %Y-%m-%dT%H:%M:%S}).
 */
public final class DuckDbRun {
    private DuckDbRun() {
    }

    /** The KPI numerators and denominators (docs/records-format.md), one column each: shared by the whole-file and grouped queries. */
    private static final String KPI_COUNTS = """
              count(*) FILTER (WHERE channel = 'phone' AND resp_sec <= 15) AS hotline_answer_num,
              count(*) FILTER (WHERE channel = 'phone') AS hotline_answer_den,
              count(*) FILTER (WHERE channel = 'phone' AND resp_sec <= 30) AS phone_response_num,
              count(*) FILTER (WHERE channel = 'phone') AS phone_response_den,
              count(*) FILTER (WHERE channel IN ('online','app') AND resp_sec <= 1800) AS online_response_num,
              count(*) FILTER (WHERE channel IN ('online','app')) AS online_response_den,
              count(*) FILTER (WHERE channel IN ('online','app') AND resp_sec <= 300) AS online_response_5min_num,
              count(*) FILTER (WHERE channel IN ('online','app')) AS online_response_5min_den,
              count(*) FILTER (WHERE priority = 'emergency' AND resp_sec <= 900) AS emergency_response_num,
              count(*) FILTER (WHERE priority = 'emergency') AS emergency_response_den,
              count(*) FILTER (WHERE appt IS NOT NULL AND arr IS NOT NULL AND abs(date_diff('second', appt, arr)) <= 1800) AS on_time_arrival_num,
              count(*) FILTER (WHERE appt IS NOT NULL AND arr IS NOT NULL) AS on_time_arrival_den,
              count(*) FILTER (WHERE complexity <> 'complex' AND res_sec <= 14400) AS resolution_simple_num,
              count(*) FILTER (WHERE complexity <> 'complex' AND res_sec IS NOT NULL) AS resolution_simple_den,
              count(*) FILTER (WHERE complexity = 'complex' AND res IS NOT NULL AND resp IS NOT NULL AND res < date_trunc('day', resp)
                  + to_days(CASE isodow(resp) WHEN 1 THEN 4 WHEN 2 THEN 4 WHEN 6 THEN 5 WHEN 7 THEN 4 ELSE 6 END)) AS resolution_complex_num,
              count(*) FILTER (WHERE complexity = 'complex' AND res_sec IS NOT NULL) AS resolution_complex_den,
              count(*) FILTER (WHERE fcr = 'true') AS first_contact_resolution_num,
              count(*) FILTER (WHERE fcr <> '') AS first_contact_resolution_den,
              count(*) FILTER (WHERE type = 'repair' AND rep IS NOT NULL) AS repeat_repair_num,
              count(*) FILTER (WHERE type = 'repair') AS repeat_repair_den,
              count(*) FILTER (WHERE type = 'complaint' AND resp_sec <= 86400) AS complaint_response_num,
              count(*) FILTER (WHERE type = 'complaint') AS complaint_response_den,
              count(*) FILTER (WHERE res IS NOT NULL AND cb IS NOT NULL) AS callback_ratio_num,
              count(*) FILTER (WHERE res IS NOT NULL) AS callback_ratio_den,
              sum(TRY_CAST(nullif(sat, '') AS INTEGER)) AS satisfaction_index_num,
              count(*) FILTER (WHERE sat <> '') AS satisfaction_index_den
            """;

    static final String SQL = """
            CREATE TEMP TABLE raw AS SELECT row_number() OVER () AS rn, * FROM read_csv('%s', header = true, all_varchar = true,
                quote = '"', escape = '"', delim = ',', max_line_size = 10000000);
            CREATE TEMP TABLE t AS SELECT rn,
                nullif(trim(ticket_id), '') AS tid, coalesce(trim(channel), '') AS channel, coalesce(trim(type), '') AS type,
                coalesce(trim(priority), '') AS priority, coalesce(trim(complexity), '') AS complexity, coalesce(trim(region), '') AS region,
                coalesce(trim(requested_at), '') AS req_s, coalesce(trim(responded_at), '') AS resp_s, coalesce(trim(appointment_at), '') AS appt_s,
                coalesce(trim(arrived_at), '') AS arr_s, coalesce(trim(resolved_at), '') AS res_s, coalesce(trim(callback_at), '') AS cb_s,
                coalesce(trim(first_contact_resolved), '') AS fcr, nullif(trim(repeat_of), '') AS rep, coalesce(trim(satisfaction), '') AS sat,
                try_strptime(requested_at, '%%Y-%%m-%%dT%%H:%%M:%%S') AS req, try_strptime(responded_at, '%%Y-%%m-%%dT%%H:%%M:%%S') AS resp,
                try_strptime(appointment_at, '%%Y-%%m-%%dT%%H:%%M:%%S') AS appt, try_strptime(arrived_at, '%%Y-%%m-%%dT%%H:%%M:%%S') AS arr,
                try_strptime(resolved_at, '%%Y-%%m-%%dT%%H:%%M:%%S') AS res, try_strptime(callback_at, '%%Y-%%m-%%dT%%H:%%M:%%S') AS cb
              FROM raw;
            CREATE TEMP TABLE ids AS SELECT DISTINCT tid FROM t WHERE tid IS NOT NULL;
            CREATE TEMP TABLE c AS SELECT t.*,
                (tid IS NULL OR channel = '' OR type = '' OR priority = '' OR req_s = '') AS incomplete,
                ((channel <> '' AND channel NOT IN ('phone','online','app','onsite','letter'))
                  OR (type <> '' AND type NOT IN ('consult','install','repair','maintenance','complaint','return','recycle'))
                  OR (priority <> '' AND priority NOT IN ('emergency','normal'))
                  OR (complexity <> '' AND complexity NOT IN ('simple','complex'))
                  OR (fcr <> '' AND fcr NOT IN ('true','false'))
                  OR (sat <> '' AND sat NOT IN ('1','2','3','4','5'))
                  OR (req_s <> '' AND req IS NULL) OR (resp_s <> '' AND resp IS NULL) OR (appt_s <> '' AND appt IS NULL)
                  OR (arr_s <> '' AND arr IS NULL) OR (res_s <> '' AND res IS NULL) OR (cb_s <> '' AND cb IS NULL)) AS out_of_range,
                ((resp < req) OR (res < resp) OR (arr < req)
                  OR (tid IS NOT NULL AND row_number() OVER (PARTITION BY tid ORDER BY rn) > 1)
                  OR (rep IS NOT NULL AND rep NOT IN (SELECT tid FROM ids))) AS illogical
              FROM t;
            CREATE TEMP TABLE k AS SELECT *, date_diff('second', req, resp) AS resp_sec, date_diff('second', resp, res) AS res_sec
              FROM c WHERE NOT (incomplete OR coalesce(out_of_range, false) OR coalesce(illogical, false));
            SELECT
              (SELECT count(*) FROM t) AS rows,
              (SELECT count(*) FROM t) - (SELECT count(*) FROM k) AS rows_excluded,
              median(res_sec) FILTER (WHERE complexity <> 'complex' AND res_sec IS NOT NULL) AS resolution_simple_median,
              median(res_sec) FILTER (WHERE complexity = 'complex' AND res_sec IS NOT NULL) AS resolution_complex_median,
              (SELECT count(*) FROM k JOIN (SELECT channel, avg(resp_sec) m, stddev_pop(resp_sec) s FROM k WHERE resp_sec IS NOT NULL
                  GROUP BY channel) z USING (channel) WHERE resp_sec IS NOT NULL AND s > 0 AND abs(resp_sec - m) / s > 3) AS outliers_response,
              (SELECT count(*) FROM k JOIN (SELECT channel, avg(res_sec) m, stddev_pop(res_sec) s FROM k WHERE res_sec IS NOT NULL
                  GROUP BY channel) z USING (channel) WHERE res_sec IS NOT NULL AND s > 0 AND abs(res_sec - m) / s > 3) AS outliers_resolution,
            """ + KPI_COUNTS + """
            FROM k;
            """;

    /** The same KPIs per month (of requested_at) and region: run after {@link #SQL}, on its temp tables. */
    static final String GROUPED_SQL = """
            SELECT coalesce(strftime(req, '%%Y-%%m'), '') AS g_month, region AS g_region,
            """ + KPI_COUNTS + """
            FROM k GROUP BY 1, 2;
            """;

    /** Rows and rows excluded per month and region (every row, with or without findings). */
    static final String GROUP_ROWS_SQL = """
            SELECT coalesce(strftime(req, '%%Y-%%m'), '') AS g_month, region AS g_region, count(*) AS rows,
              count(*) FILTER (WHERE incomplete OR coalesce(out_of_range, false) OR coalesce(illogical, false)) AS rows_excluded
            FROM c GROUP BY 1, 2;
            """;

    /**
     * {@code java … DuckDbRun FILE [grouped]}: the figures as "kpi NAME = num/den" lines (with
     * "grouped", also "group MONTH|REGION|NAME = num/den" and "group MONTH|REGION|rows = rows/excluded").
     */
    public static void main(String[] args) throws Exception {
        long t = System.nanoTime();
        Map<String, String> out = figures(args[0], args.length > 1 && args[1].equals("grouped"));
        long ms = (System.nanoTime() - t) / 1_000_000;
        out.forEach((k, v) -> System.out.println(k + " = " + v));
        System.out.println("elapsed_ms " + ms);
        System.out.println("peak_rss_mib " + Peak.rssMiB());
        System.out.println("cpu_ms " + ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L));
    }

    /** Group values printed on one line: line breaks inside a region are written as \\n. */
    static String groupKey(String month, String region) {
        return month + "|" + region.replace("\n", "\\n");
    }

    /** The figures of {@code file}: keys "kpi NAME", and with {@code grouped} "group MONTH|REGION|NAME". */
    public static Map<String, String> figures(String file, boolean grouped) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            String[] statements = String.format(SQL, file.replace("'", "''")).split(";\\s*\n");
            for (int i = 0; i < statements.length - 1; i++) s.execute(statements[i]);
            try (ResultSet rs = s.executeQuery(statements[statements.length - 1])) {
                rs.next();
                ResultSetMetaData md = rs.getMetaData();
                Map<String, String> col = new TreeMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) col.put(md.getColumnName(i), rs.getString(i));
                for (String name : col.keySet()) {
                    if (name.endsWith("_num")) {
                        String k = name.substring(0, name.length() - 4);
                        String median = col.get(k + "_median");
                        out.put("kpi " + k, col.get(name) + "/" + col.get(k + "_den") + (median != null
                                ? " median " + new BigDecimal(median).divide(BigDecimal.valueOf(3600), 4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() : ""));
                    }
                }
                for (String k : new String[] {"rows", "rows_excluded", "outliers_response", "outliers_resolution"}) out.put("kpi " + k, col.get(k));
            }
            if (grouped) {
                try (ResultSet rs = s.executeQuery(String.format(GROUPED_SQL).replace(";", ""))) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        String g = groupKey(rs.getString("g_month"), rs.getString("g_region"));
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            String name = md.getColumnName(i);
                            if (!name.endsWith("_num")) continue;
                            String k = name.substring(0, name.length() - 4);
                            String den = rs.getString(k + "_den");
                            if (!"0".equals(den)) out.put("group " + g + "|" + k, rs.getString(i) + "/" + den);
                        }
                    }
                }
                try (ResultSet rs = s.executeQuery(String.format(GROUP_ROWS_SQL).replace(";", ""))) {
                    while (rs.next()) {
                        out.put("group " + groupKey(rs.getString("g_month"), rs.getString("g_region")) + "|rows",
                                rs.getString("rows") + "/" + rs.getString("rows_excluded"));
                    }
                }
            }
        }
        return out;
    }
}
