using System.Globalization;
using System.Text;

namespace Placement.Persistence.Placements;

/// <summary>
/// The statements of a placement search. The hosts the filter admits (x86_64, every label, one of
/// the names) with their free memory are counted once (<see cref="Screen"/>), then read a page at a
/// time in the strategy's order (<see cref="Page"/>): the page is sorted and cut first, and only
/// then are its hosts' free matching devices counted, so a search that settles on its first page
/// never looks at the devices of the rest of the fleet.
/// </summary>
internal static class CandidateSql
{
    // $1 names (null: any), $2 and $3 label keys and values, $4 memory asked for (MiB).
    private const string Admitted = """
        WITH used AS (SELECT host_name, sum(memory_mib)::bigint AS used FROM domains WHERE state = 'live' GROUP BY host_name),
        admitted AS (
          SELECT h.name, h.memory_mib - COALESCE(u.used, 0) AS free
            FROM hosts h LEFT JOIN used u ON u.host_name = h.name
           WHERE h.architecture = 'x86_64'
             AND ($1::text[] IS NULL OR h.name = ANY($1))
             AND (SELECT count(*) FROM host_labels l JOIN unnest($2::text[], $3::text[]) AS w(k, v) ON l.key = w.k AND l.value = w.v
                   WHERE l.host_name = h.name) = cardinality($2))
        """;

    /// <summary>Hosts admitted, and how many of them lack the memory asked for.</summary>
    public const string Screen = Admitted + "\nSELECT count(*), count(*) FILTER (WHERE free < $4) FROM admitted";

    public const int FirstDeviceParameter = 9;

    public const int ParametersPerDevice = 6;

    /// <summary>
    /// One page of the admitted hosts with the memory, after the last one read ($6 free, $7 name;
    /// null on the first page), at most $8: name, free MiB, whether every device request finds
    /// enough free matching devices, and for those that do, the inventory document, the owners of
    /// its live assignments and the live domain named $5. Each device request takes six parameters
    /// from $9 on: vendor, device, class code range low and high, labels (jsonb), count.
    /// </summary>
    public static string Page(int deviceRequests, bool mostFreeFirst)
    {
        var (order, after) = mostFreeFirst ? ("DESC", "<") : ("ASC", ">");
        return $"""
            {Admitted}
            SELECT c.name, c.free, c.fits,
                   CASE WHEN c.fits THEN h.document END,
                   CASE WHEN c.fits THEN (SELECT array_agg(a.sbdf ORDER BY a.sbdf) FROM assignments a WHERE a.host_name = c.name AND a.released_at IS NULL) END,
                   CASE WHEN c.fits THEN (SELECT array_agg(a.domain_id ORDER BY a.sbdf) FROM assignments a WHERE a.host_name = c.name AND a.released_at IS NULL) END,
                   CASE WHEN c.fits THEN (SELECT d.id FROM domains d WHERE d.host_name = c.name AND d.state = 'live' AND d.name = $5) END,
                   h.memory_mib - c.free
              FROM (SELECT s.name, s.free, {Fits(deviceRequests)} AS fits
                      FROM (SELECT name, free FROM admitted
                             WHERE free >= $4 AND ($6::bigint IS NULL OR free {after} $6 OR (free = $6 AND name > $7 COLLATE "C"))
                             ORDER BY free {order}, name COLLATE "C" LIMIT $8) s) c
              JOIN hosts h ON h.name = c.name
             ORDER BY c.free {order}, c.name COLLATE "C"
            """;
    }

    private static string Fits(int deviceRequests)
    {
        if (deviceRequests == 0)
        {
            return "true";
        }

        var conditions = new StringBuilder();
        for (var i = 0; i < deviceRequests; i++)
        {
            var p = FirstDeviceParameter + (i * ParametersPerDevice);
            conditions.Append(i == 0 ? "" : " AND ").Append(CultureInfo.InvariantCulture, $"""
                (SELECT count(*) FROM devices d
                  WHERE d.host_name = s.name
                    AND (${p}::int IS NULL OR d.vendor_id = ${p}) AND (${p + 1}::int IS NULL OR d.device_id = ${p + 1})
                    AND (${p + 2}::int IS NULL OR d.class_code BETWEEN ${p + 2} AND ${p + 3})
                    AND d.labels @> ${p + 4}::jsonb
                    AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.host_name = d.host_name AND a.sbdf = d.sbdf AND a.released_at IS NULL)) >= ${p + 5}
                """);
        }

        return conditions.ToString();
    }
}
