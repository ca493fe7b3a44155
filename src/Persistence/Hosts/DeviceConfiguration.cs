using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Placement.Persistence.Hosts;

internal sealed class DeviceConfiguration : IEntityTypeConfiguration<DeviceRow>
{
    public void Configure(EntityTypeBuilder<DeviceRow> device)
    {
        device.ToTable("devices");
        device.HasKey(d => new { d.HostName, d.Sbdf });
        device.Property(d => d.HostName).HasColumnName("host_name").UseCollation("C");
        device.Property(d => d.Sbdf).HasColumnName("sbdf");
        device.Property(d => d.Description).HasColumnName("description");
        device.Property(d => d.IommuProtected).HasColumnName("iommu_protected");
        device.Property(d => d.Mmio).HasColumnName("mmio").HasColumnType("jsonb").HasDefaultValueSql("'[]'::jsonb")
            .HasConversion(JsonColumn.Converter<List<RangeRow>>(), JsonColumn.Comparer<List<RangeRow>>());
        device.Property(d => d.Spis).HasColumnName("spis").HasDefaultValueSql("'{}'::integer[]");
        // A fleet-wide migration check reads the devices it asks for on every host: an index-only scan.
        device.HasIndex(d => new { d.Sbdf, d.HostName }).IncludeProperties(d => d.IommuProtected).HasDatabaseName("ix_devices_sbdf");
        device.HasMany(d => d.Bars).WithOne().HasForeignKey(b => new { b.HostName, b.Sbdf }).OnDelete(DeleteBehavior.Cascade);
    }
}
