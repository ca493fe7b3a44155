using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Placement.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Callers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_idempotency_keys",
                table: "idempotency_keys");

            migrationBuilder.AddColumn<string>(
                name: "caller",
                table: "placement_refusals",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "caller",
                table: "idempotency_keys",
                type: "text",
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "hosts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "caller",
                table: "assignment_events",
                type: "text",
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_idempotency_keys",
                table: "idempotency_keys",
                columns: new[] { "caller", "key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_idempotency_keys",
                table: "idempotency_keys");

            migrationBuilder.DropColumn(
                name: "caller",
                table: "placement_refusals");

            migrationBuilder.DropColumn(
                name: "caller",
                table: "idempotency_keys");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "hosts");

            migrationBuilder.DropColumn(
                name: "caller",
                table: "assignment_events");

            migrationBuilder.AddPrimaryKey(
                name: "PK_idempotency_keys",
                table: "idempotency_keys",
                column: "key");
        }
    }
}
