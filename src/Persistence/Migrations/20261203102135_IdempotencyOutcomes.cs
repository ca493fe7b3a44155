using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Placement.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IdempotencyOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Keys now keep the outcome, not a rendered answer: the few recorded answers of the old
            // form go; a retry of one of them runs afresh (and meets its first write, name taken or device busy).
            migrationBuilder.Sql("DELETE FROM idempotency_keys;");

            migrationBuilder.DropColumn(
                name: "body",
                table: "idempotency_keys");

            migrationBuilder.DropColumn(
                name: "location",
                table: "idempotency_keys");

            migrationBuilder.DropColumn(
                name: "status",
                table: "idempotency_keys");

            migrationBuilder.AddColumn<string>(
                name: "outcome",
                table: "idempotency_keys",
                type: "jsonb",
                nullable: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "outcome",
                table: "idempotency_keys");

            migrationBuilder.AddColumn<string>(
                name: "body",
                table: "idempotency_keys",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "location",
                table: "idempotency_keys",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "status",
                table: "idempotency_keys",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }
    }
}
