using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Placement.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Hosts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gist", ",,");

            migrationBuilder.CreateTable(
                name: "hosts",
                columns: table => new
                {
                    name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    architecture = table.Column<string>(type: "text", nullable: false),
                    memory_mib = table.Column<long>(type: "bigint", nullable: false),
                    phys_address_bits = table.Column<int>(type: "integer", nullable: false),
                    iommu = table.Column<bool>(type: "boolean", nullable: false),
                    generation = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hosts", x => x.name);
                    table.CheckConstraint("ck_hosts_generation", "generation > 0");
                    table.CheckConstraint("ck_hosts_memory", "memory_mib > 0");
                });

            migrationBuilder.CreateTable(
                name: "devices",
                columns: table => new
                {
                    host_name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    sbdf = table.Column<string>(type: "text", nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    iommu_protected = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_devices", x => new { x.host_name, x.sbdf });
                    table.ForeignKey(
                        name: "FK_devices_hosts_host_name",
                        column: x => x.host_name,
                        principalTable: "hosts",
                        principalColumn: "name",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "host_labels",
                columns: table => new
                {
                    host_name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    key = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_host_labels", x => new { x.host_name, x.key });
                    table.ForeignKey(
                        name: "FK_host_labels_hosts_host_name",
                        column: x => x.host_name,
                        principalTable: "hosts",
                        principalColumn: "name",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reserved_regions",
                columns: table => new
                {
                    host_name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    start = table.Column<long>(type: "bigint", nullable: false),
                    end = table.Column<long>(type: "bigint", nullable: false),
                    devices = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reserved_regions", x => new { x.host_name, x.start });
                    table.CheckConstraint("ck_reserved_regions_range", "start >= 0 AND \"end\" > start");
                    table.ForeignKey(
                        name: "FK_reserved_regions_hosts_host_name",
                        column: x => x.host_name,
                        principalTable: "hosts",
                        principalColumn: "name",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bars",
                columns: table => new
                {
                    host_name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    sbdf = table.Column<string>(type: "text", nullable: false),
                    index = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    is_64_bit = table.Column<bool>(type: "boolean", nullable: false),
                    prefetchable = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bars", x => new { x.host_name, x.sbdf, x.index });
                    table.CheckConstraint("ck_bars_size", "size > 0");
                    table.ForeignKey(
                        name: "FK_bars_devices_host_name_sbdf",
                        columns: x => new { x.host_name, x.sbdf },
                        principalTable: "devices",
                        principalColumns: new[] { "host_name", "sbdf" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_host_labels_key_value",
                table: "host_labels",
                columns: new[] { "key", "value" });

            migrationBuilder.CreateIndex(
                name: "ix_hosts_architecture",
                table: "hosts",
                column: "architecture");

            // Not expressible in the EF model: the firmware's regions never overlap, and the
            // database refuses a host whose regions would.
            migrationBuilder.Sql(
                "ALTER TABLE reserved_regions ADD CONSTRAINT ex_reserved_regions_overlap " +
                "EXCLUDE USING gist (host_name WITH =, int8range(start, \"end\") WITH &&);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bars");

            migrationBuilder.DropTable(
                name: "host_labels");

            migrationBuilder.DropTable(
                name: "reserved_regions");

            migrationBuilder.DropTable(
                name: "devices");

            migrationBuilder.DropTable(
                name: "hosts");
        }
    }
}
