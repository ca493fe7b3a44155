using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Placement.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Domains : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "domains",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    host_name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    name = table.Column<string>(type: "text", nullable: false),
                    state = table.Column<string>(type: "text", nullable: false),
                    memory_mib = table.Column<long>(type: "bigint", nullable: false),
                    settings = table.Column<string>(type: "jsonb", nullable: false),
                    layout = table.Column<string>(type: "jsonb", nullable: false),
                    findings = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    destroyed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_domains", x => x.id);
                    table.CheckConstraint("ck_domains_destroyed_at", "(state = 'destroyed') = (destroyed_at IS NOT NULL)");
                    table.CheckConstraint("ck_domains_state", "state IN ('live', 'destroyed')");
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                columns: table => new
                {
                    key = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    request_hash = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    location = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotency_keys", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "assignment_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    domain_id = table.Column<Guid>(type: "uuid", nullable: true),
                    host_name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    domain_name = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    sbdf = table.Column<string>(type: "text", nullable: true),
                    rdm_policy = table.Column<string>(type: "text", nullable: true),
                    outcome = table.Column<string>(type: "text", nullable: true),
                    findings = table.Column<string>(type: "jsonb", nullable: false),
                    request = table.Column<string>(type: "jsonb", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assignment_events", x => x.id);
                    table.CheckConstraint("ck_assignment_events_kind", "kind IN ('assigned', 'refused', 'released')");
                    table.ForeignKey(
                        name: "FK_assignment_events_domains_domain_id",
                        column: x => x.domain_id,
                        principalTable: "domains",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assignments",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    domain_id = table.Column<Guid>(type: "uuid", nullable: false),
                    host_name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    sbdf = table.Column<string>(type: "text", nullable: false),
                    rdm_policy = table.Column<string>(type: "text", nullable: false),
                    outcome = table.Column<string>(type: "text", nullable: false),
                    findings = table.Column<string>(type: "jsonb", nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    released_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assignments", x => x.id);
                    table.CheckConstraint("ck_assignments_released", "released_at IS NULL OR released_at >= assigned_at");
                    table.ForeignKey(
                        name: "FK_assignments_domains_domain_id",
                        column: x => x.domain_id,
                        principalTable: "domains",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_assignment_events_domain",
                table: "assignment_events",
                columns: new[] { "domain_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_assignment_events_refused_creates",
                table: "assignment_events",
                columns: new[] { "host_name", "id" },
                filter: "domain_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_assignments_domain",
                table: "assignments",
                column: "domain_id");

            migrationBuilder.CreateIndex(
                name: "ux_assignments_live_device",
                table: "assignments",
                columns: new[] { "host_name", "sbdf" },
                unique: true,
                filter: "released_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_domains_host",
                table: "domains",
                columns: new[] { "host_name", "id" });

            migrationBuilder.CreateIndex(
                name: "ux_domains_live_name",
                table: "domains",
                columns: new[] { "host_name", "name" },
                unique: true,
                filter: "state = 'live'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assignment_events");

            migrationBuilder.DropTable(
                name: "assignments");

            migrationBuilder.DropTable(
                name: "idempotency_keys");

            migrationBuilder.DropTable(
                name: "domains");
        }
    }
}
