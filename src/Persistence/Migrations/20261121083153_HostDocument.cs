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
            // Frozen here: the document of the schema as it stands at this migration.
            migrationBuilder.Sql("""
                UPDATE hosts h SET document =
                    json_build_object(
                        'name', h.name, 'architecture', h.architecture, 'memoryMiB', h.memory_mib,
                        'physAddressBits', h.phys_address_bits, 'iommu', h.iommu, 'generation', h.generation,
                        'createdAt', h.created_at, 'updatedAt', h.updated_at,
                        'labels', COALESCE((SELECT json_agg(json_build_object('hostName', l.host_name, 'key', l.key, 'value', l.value))
                            FROM host_labels l WHERE l.host_name = h.name), '[]'),
                        'devices', COALESCE((SELECT json_agg(json_build_object(
                                'hostName', d.host_name, 'sbdf', d.sbdf, 'description', d.description, 'iommuProtected', d.iommu_protected,
                                'bars', COALESCE((SELECT json_agg(json_build_object(
                                        'hostName', b.host_name, 'sbdf', b.sbdf, 'index', b.index, 'kind', b.kind, 'size', b.size,
                                        'is64Bit', b.is_64_bit, 'prefetchable', b.prefetchable))
                                    FROM bars b WHERE b.host_name = d.host_name AND b.sbdf = d.sbdf), '[]')))
                            FROM devices d WHERE d.host_name = h.name), '[]'),
                        'reservedRegions', COALESCE((SELECT json_agg(json_build_object(
                                'hostName', r.host_name, 'start', r.start, 'end', r."end", 'devices', r.devices))
                            FROM reserved_regions r WHERE r.host_name = h.name), '[]'))
                ;
                """);
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
