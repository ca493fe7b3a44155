using Npgsql;

namespace Placement.Load;

/// <summary>
/// Grows a fleet registered through the API by copying its hosts' rows under new names, in SQL:
/// a PUT per host of 10,000 takes minutes, a copy seconds. Host <c>h</c> (from the templates on)
/// gets every row of host <c>h % templates</c> (every column the tables have, read from the
/// catalog), a generation of its own from the sequence a PUT draws from, and the template's
/// document with the name and the generation replaced: what a PUT of the same inventory under
/// that name writes, but for the timestamps, which are the template's. A host's rows are written
/// together, in the template's order, as a PUT writes them (a host's 64 devices on a few pages).
/// </summary>
internal static class FleetCopy
{
    private static readonly string[] Children = ["host_labels", "devices", "bars", "reserved_regions"];

    public static async Task CopyAsync(string connectionString, int templates, int hosts, Func<int, string> name)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await ExecuteAsync(connection, """
            CREATE TEMP TABLE copies (template text COLLATE "C", name text COLLATE "C", generation bigint) ON COMMIT DROP
            """);
        await using (var writer = await connection.BeginBinaryImportAsync("COPY copies (template, name) FROM STDIN (FORMAT BINARY)"))
        {
            for (var h = templates; h < hosts; h++)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(name(h % templates));
                await writer.WriteAsync(name(h));
            }

            await writer.CompleteAsync();
        }

        await ExecuteAsync(connection, "UPDATE copies SET generation = nextval('host_generations')");
        var hostColumns = await ColumnsAsync(connection, "hosts", "name", "generation", "document");
        await ExecuteAsync(connection, $"""
            INSERT INTO hosts (name, generation, document, {string.Join(", ", hostColumns)})
            SELECT c.name, c.generation,
                   regexp_replace(replace(t.document::text, '"' || t.name || '"', '"' || c.name || '"'),
                                  '"generation":[0-9]+', '"generation":' || c.generation)::json,
                   {string.Join(", ", hostColumns.Select(column => "t." + column))}
              FROM copies c JOIN hosts t ON t.name = c.template
             ORDER BY c.name
            """);
        foreach (var table in Children)
        {
            var columns = await ColumnsAsync(connection, table, "host_name");
            await ExecuteAsync(connection, $"""
                INSERT INTO {table} (host_name, {string.Join(", ", columns)})
                SELECT c.name, {string.Join(", ", columns.Select(column => "t." + column))}
                  FROM copies c JOIN {table} t ON t.host_name = c.template
                 ORDER BY c.name, t.ctid
                """);
        }

        await transaction.CommitAsync();
        await ExecuteAsync(connection, "ANALYZE");
    }

    /// <summary>The table's columns but <paramref name="except"/>, quoted.</summary>
    private static async Task<List<string>> ColumnsAsync(NpgsqlConnection connection, string table, params string[] except)
    {
        await using var command = new NpgsqlCommand("""
            SELECT column_name FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' AND is_identity = 'NO'
               AND column_name <> ALL($2)
             ORDER BY ordinal_position
            """, connection);
        command.Parameters.Add(new() { Value = table });
        command.Parameters.Add(new() { Value = except });
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add('"' + reader.GetString(0) + '"');
        }

        return columns;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
    }
}
