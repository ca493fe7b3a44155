using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Placement.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class GenerationSequence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "host_generations");

            // Hosts stored before keep their generations; new ones continue above all of them.
            migrationBuilder.Sql("SELECT setval('host_generations', COALESCE((SELECT max(generation) FROM hosts), 0) + 1, false);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropSequence(
                name: "host_generations");
        }
    }
}
