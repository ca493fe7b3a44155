using System.Globalization;
using System.Text;

namespace Placement.Persistence.Placements;

/// <summary>
/// The statement of a placement search: one page of the hosts the filter admits (x86_64, every
/// label, one of the names) that have the memory, in the strategy's order, read from the index of
/// their free memory (<see cref="HostFreeMemory"/>): a page costs its hosts, not the fleet. Only
/// the page's hosts have their free matching devices counted (and documents read), so a
/// search that settles on its first page never looks at the devices of the rest of the fleet. The
/// first page may also count the hosts admitted and those without the memory.
/// </summary>
internal static class CandidateSql
{
    public const int FirstDeviceParameter = 9;

    public const int ParametersPerDevice = 6;

    // $1 names (null: any), $2 and $3 label keys and values.
    private const string Admits = """
        h.architecture = 'x86_64'
                 AND ($1::text[] IS NULL OR h.name = ANY($1))
                 AND (cardinality($2::text[]) = 0
                      OR NOT EXISTS (SELECT FROM unnest($2::text[], $3::text[]) AS w(k, v)
                                      WHERE NOT EXISTS (SELECT FROM host_labels l WHERE l.host_name = h.name AND l.key = w.k AND l.value = w.v)))
        """;

    /// <summary>
    /// One page of the admitted hosts with the memory ($4 MiB), after the last one read ($6 free,
    /// $7 name; not on the first page), at most $8. Columns: when <paramref name="counted"/> (a
    /// first page), the hosts admitted and how many of them lack the memory, else null; then
    /// name, free MiB, whether every device request finds enough free matching devices, and for
    /// those that do the live domain named $5; the devices of its live assignments and their
    /// owners; the memory its live domains use; the generation and update time of its document,
    /// which <see cref="Documents"/> reads when the <see cref="Hosts.InventoryCache"/> lacks it. A counted page without hosts is
    /// one row of counts, its name null. Each device request takes six parameters from $9 on:
    /// vendor, device, class code range low and high, labels (jsonb), count.
    /// </summary>
    public static string Page(int deviceRequests, bool mostFreeFirst, bool first, bool counted)
    {
        var (order, after) = mostFreeFirst ? ("DESC", "<") : ("ASC", ">");
        var rest = first ? "" : $"AND f.free_mib {after}= $6 AND (f.free_mib {after} $6 OR f.host_name > $7)";
        return $"""
            WITH page AS MATERIALIZED (
              SELECT f.host_name AS name, f.free_mib AS free, h.memory_mib - f.free_mib AS used
                FROM {HostFreeMemory.Table} f JOIN hosts h ON h.name = f.host_name
               WHERE f.free_mib >= $4 {rest}
                 AND {Admits}
               ORDER BY f.free_mib {order}, f.host_name LIMIT $8),
            found AS (
              SELECT p.name, p.free, f.fits,
                     CASE WHEN f.fits THEN (SELECT d.id FROM domains d WHERE d.host_name = p.name AND d.state = 'live' AND d.name = $5) END AS holder,
                     o.sbdfs, o.owners, p.used, h.generation, h.updated_at
                FROM page p JOIN hosts h ON h.name = p.name
               CROSS JOIN LATERAL (SELECT array_agg(a.sbdf ORDER BY a.sbdf) AS sbdfs, array_agg(a.domain_id ORDER BY a.sbdf) AS owners
                                     FROM assignments a WHERE a.host_name = p.name AND a.released_at IS NULL) o
               CROSS JOIN LATERAL ({Fits(deviceRequests)}) f)
            {(counted ? Counted : "SELECT NULL::bigint, NULL::bigint, r.* FROM found r")}
             ORDER BY r.free {order}, r.name
            """;
    }

    /// <summary>The documents of the hosts named in $1: name, document.</summary>
    public const string Documents = "SELECT name, document::text FROM hosts WHERE name = ANY($1)";

    private static string Counted => $"""
        SELECT (SELECT count(*) FROM hosts h WHERE {Admits}),
               (SELECT count(*) FROM {HostFreeMemory.Table} f JOIN hosts h ON h.name = f.host_name WHERE f.free_mib < $4 AND {Admits}),
               r.*
          FROM (SELECT) s LEFT JOIN found r ON true
        """;

    /// <summary>
    /// Whether the page's host <c>p</c> has, for every device request, as many free matching
    /// devices as it asks for: one pass over the host's devices, each request's conditions in an
    /// aggregate's filter, so that the only condition an index can serve is the host.
    /// </summary>
    private static string Fits(int deviceRequests)
    {
        if (deviceRequests == 0)
        {
            return "SELECT true AS fits";
        }

        var conditions = new StringBuilder();
        for (var i = 0; i < deviceRequests; i++)
        {
            var p = FirstDeviceParameter + (i * ParametersPerDevice);
            conditions.Append(i == 0 ? "" : "\n   AND ").Append(CultureInfo.InvariantCulture, $"""
                count(*) FILTER (WHERE (${p}::int IS NULL OR d.vendor_id = ${p}) AND (${p + 1}::int IS NULL OR d.device_id = ${p + 1})
                                   AND (${p + 2}::int IS NULL OR d.class_code BETWEEN ${p + 2} AND ${p + 3})
                                   AND d.labels @> ${p + 4}::jsonb) >= ${p + 5}
                """);
        }

        return $"""
            SELECT {conditions} AS fits
              FROM devices d WHERE d.host_name = p.name AND d.sbdf <> ALL(COALESCE(o.sbdfs, '{"{}"}'))
            """;
    }
}
