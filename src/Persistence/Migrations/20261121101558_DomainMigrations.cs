using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Placement.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DomainMigrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_assignment_events_kind",
                table: "assignment_events");

            migrationBuilder.AddColumn<string>(
                name: "from_host",
                table: "assignment_events",
                type: "text",
                nullable: true,
                collation: "C");

            migrationBuilder.AddCheckConstraint(
                name: "ck_assignment_events_kind",
                table: "assignment_events",
                sql: "kind IN ('assigned', 'refused', 'released', 'migrated')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_assignment_events_kind",
                table: "assignment_events");

            migrationBuilder.DropColumn(
                name: "from_host",
                table: "assignment_events");

            migrationBuilder.AddCheckConstraint(
                name: "ck_assignment_events_kind",
                table: "assignment_events",
                sql: "kind IN ('assigned', 'refused', 'released')");
        }
    }
}
