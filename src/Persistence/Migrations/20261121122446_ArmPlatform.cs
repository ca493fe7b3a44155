using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Placement.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ArmPlatform : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "arm",
                table: "hosts",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "mmio",
                table: "devices",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'[]'::jsonb");

            migrationBuilder.AddColumn<List<int>>(
                name: "spis",
                table: "devices",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "'{}'::integer[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "arm",
                table: "hosts");

            migrationBuilder.DropColumn(
                name: "mmio",
                table: "devices");

            migrationBuilder.DropColumn(
                name: "spis",
                table: "devices");
        }
    }
}
