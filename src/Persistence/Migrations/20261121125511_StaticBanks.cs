using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Placement.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StaticBanks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_assignment_events_kind",
                table: "assignment_events");

            migrationBuilder.CreateTable(
                name: "static_banks",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    domain_id = table.Column<Guid>(type: "uuid", nullable: false),
                    host_name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    start = table.Column<long>(type: "bigint", nullable: false),
                    end = table.Column<long>(type: "bigint", nullable: false),
                    released_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_static_banks", x => x.id);
                    table.CheckConstraint("ck_static_banks_range", "start >= 0 AND \"end\" > start");
                    table.ForeignKey(
                        name: "FK_static_banks_domains_domain_id",
                        column: x => x.domain_id,
                        principalTable: "domains",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_assignment_events_kind",
                table: "assignment_events",
                sql: "kind IN ('assigned', 'refused', 'released', 'migrated', 'rebooted')");

            migrationBuilder.CreateIndex(
                name: "ix_static_banks_domain",
                table: "static_banks",
                column: "domain_id");

            migrationBuilder.CreateIndex(
                name: "ix_static_banks_host",
                table: "static_banks",
                column: "host_name");

            // Not expressible in the EF model: the banks live domains hold on one host never
            // overlap, whatever the writers do (a destroyed domain's banks no longer count).
            migrationBuilder.Sql(
                "ALTER TABLE static_banks ADD CONSTRAINT ex_static_banks_overlap " +
                "EXCLUDE USING gist (host_name WITH =, int8range(start, \"end\") WITH &&) WHERE (released_at IS NULL);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "static_banks");

            migrationBuilder.DropCheckConstraint(
                name: "ck_assignment_events_kind",
                table: "assignment_events");

            migrationBuilder.AddCheckConstraint(
                name: "ck_assignment_events_kind",
                table: "assignment_events",
                sql: "kind IN ('assigned', 'refused', 'released', 'migrated')");
        }
    }
}
