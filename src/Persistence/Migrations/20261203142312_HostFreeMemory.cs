using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Placement.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HostFreeMemory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "hosts")
                .Annotation("Npgsql:StorageParameter:toast_tuple_target", 128);

            // The documents of hosts stored before move out of line as a PUT would now store them:
            // the same text, written anew (a value written back unchanged would stay in the row).
            migrationBuilder.Sql("UPDATE hosts SET document = convert_from(convert_to(document::text, 'UTF8'), 'UTF8')::json;");

            migrationBuilder.CreateTable(
                name: "host_free_memory",
                columns: table => new
                {
                    host_name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    free_mib = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_host_free_memory", x => x.host_name);
                    table.ForeignKey(
                        name: "FK_host_free_memory_hosts_host_name",
                        column: x => x.host_name,
                        principalTable: "hosts",
                        principalColumn: "name",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_host_free_memory_least",
                table: "host_free_memory",
                columns: new[] { "free_mib", "host_name" });

            migrationBuilder.CreateIndex(
                name: "ix_host_free_memory_most",
                table: "host_free_memory",
                columns: new[] { "free_mib", "host_name" },
                descending: new[] { true, false });

            // Not expressible in the EF model: the triggers that keep each host's free memory in
            // every write's transaction (Placements.HostFreeMemory), then the hosts stored before.
            migrationBuilder.Sql("""
                CREATE FUNCTION host_free_memory_of_host() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF TG_OP = 'INSERT' THEN
                    INSERT INTO host_free_memory (host_name, free_mib)
                    VALUES (NEW.name, NEW.memory_mib - COALESCE((SELECT sum(d.memory_mib) FROM domains d WHERE d.host_name = NEW.name AND d.state = 'live'), 0));
                  ELSE
                    UPDATE host_free_memory SET free_mib = free_mib + NEW.memory_mib - OLD.memory_mib WHERE host_name = NEW.name;
                  END IF;
                  RETURN NULL;
                END $$;

                CREATE FUNCTION host_free_memory_of_domain() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF TG_OP <> 'INSERT' AND OLD.state = 'live' THEN
                    UPDATE host_free_memory SET free_mib = free_mib + OLD.memory_mib WHERE host_name = OLD.host_name;
                  END IF;
                  IF TG_OP <> 'DELETE' AND NEW.state = 'live' THEN
                    UPDATE host_free_memory SET free_mib = free_mib - NEW.memory_mib WHERE host_name = NEW.host_name;
                  END IF;
                  RETURN NULL;
                END $$;

                CREATE TRIGGER tr_hosts_free_memory_insert AFTER INSERT ON hosts
                  FOR EACH ROW EXECUTE FUNCTION host_free_memory_of_host();
                CREATE TRIGGER tr_hosts_free_memory_update AFTER UPDATE OF memory_mib ON hosts
                  FOR EACH ROW WHEN (OLD.memory_mib IS DISTINCT FROM NEW.memory_mib) EXECUTE FUNCTION host_free_memory_of_host();
                CREATE TRIGGER tr_domains_free_memory AFTER INSERT OR DELETE ON domains
                  FOR EACH ROW EXECUTE FUNCTION host_free_memory_of_domain();
                CREATE TRIGGER tr_domains_free_memory_update AFTER UPDATE OF state, host_name, memory_mib ON domains
                  FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state OR OLD.host_name IS DISTINCT FROM NEW.host_name OR OLD.memory_mib IS DISTINCT FROM NEW.memory_mib)
                  EXECUTE FUNCTION host_free_memory_of_domain();

                INSERT INTO host_free_memory (host_name, free_mib)
                SELECT h.name, h.memory_mib - COALESCE(u.used, 0)
                  FROM hosts h LEFT JOIN (SELECT host_name, sum(memory_mib) AS used FROM domains WHERE state = 'live' GROUP BY host_name) u ON u.host_name = h.name;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER tr_domains_free_memory_update ON domains;
                DROP TRIGGER tr_domains_free_memory ON domains;
                DROP TRIGGER tr_hosts_free_memory_update ON hosts;
                DROP TRIGGER tr_hosts_free_memory_insert ON hosts;
                DROP FUNCTION host_free_memory_of_domain();
                DROP FUNCTION host_free_memory_of_host();
                """);

            migrationBuilder.DropTable(
                name: "host_free_memory");

            migrationBuilder.AlterTable(
                name: "hosts")
                .OldAnnotation("Npgsql:StorageParameter:toast_tuple_target", 128);
        }
    }
}
