using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Placement.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HostDocument : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "document",
                table: "hosts",
                type: "json",
                nullable: true);

            // Hosts stored before this migration get their document assembled from their rows.
            migrationBuilder.Sql($"UPDATE hosts h SET document = {Placement.Persistence.Hosts.HostDocument.AssembleSql};");
            migrationBuilder.AlterColumn<string>(
                name: "document",
                table: "hosts",
                type: "json",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "json",
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "document",
                table: "hosts");
        }
    }
}
