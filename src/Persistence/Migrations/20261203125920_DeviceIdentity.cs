using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Placement.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DeviceIdentity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "class_code",
                table: "devices",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "device_id",
                table: "devices",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "labels",
                table: "devices",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'{}'::jsonb");

            migrationBuilder.AddColumn<int>(
                name: "numa_node",
                table: "devices",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "vendor_id",
                table: "devices",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_devices_class_code",
                table: "devices",
                column: "class_code");

            migrationBuilder.CreateIndex(
                name: "ix_devices_labels",
                table: "devices",
                column: "labels")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "jsonb_path_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_devices_vendor_device",
                table: "devices",
                columns: new[] { "vendor_id", "device_id" });

            migrationBuilder.AddCheckConstraint(
                name: "ck_devices_class_code",
                table: "devices",
                sql: "class_code BETWEEN 0 AND 16777215");

            migrationBuilder.AddCheckConstraint(
                name: "ck_devices_device_id",
                table: "devices",
                sql: "device_id BETWEEN 0 AND 65535");

            migrationBuilder.AddCheckConstraint(
                name: "ck_devices_numa_node",
                table: "devices",
                sql: "numa_node >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "ck_devices_vendor_id",
                table: "devices",
                sql: "vendor_id BETWEEN 0 AND 65535");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_devices_class_code",
                table: "devices");

            migrationBuilder.DropIndex(
                name: "ix_devices_labels",
                table: "devices");

            migrationBuilder.DropIndex(
                name: "ix_devices_vendor_device",
                table: "devices");

            migrationBuilder.DropCheckConstraint(
                name: "ck_devices_class_code",
                table: "devices");

            migrationBuilder.DropCheckConstraint(
                name: "ck_devices_device_id",
                table: "devices");

            migrationBuilder.DropCheckConstraint(
                name: "ck_devices_numa_node",
                table: "devices");

            migrationBuilder.DropCheckConstraint(
                name: "ck_devices_vendor_id",
                table: "devices");

            migrationBuilder.DropColumn(
                name: "class_code",
                table: "devices");

            migrationBuilder.DropColumn(
                name: "device_id",
                table: "devices");

            migrationBuilder.DropColumn(
                name: "labels",
                table: "devices");

            migrationBuilder.DropColumn(
                name: "numa_node",
                table: "devices");

            migrationBuilder.DropColumn(
                name: "vendor_id",
                table: "devices");
        }
    }
}
