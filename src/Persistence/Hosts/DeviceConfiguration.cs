using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Placement.Persistence.Hosts;

internal sealed class DeviceConfiguration : IEntityTypeConfiguration<DeviceRow>
{
    public void Configure(EntityTypeBuilder<DeviceRow> device)
    {
        device.ToTable("devices", t =>
        {
            t.HasCheckConstraint("ck_devices_vendor_id", "vendor_id BETWEEN 0 AND 65535");
            t.HasCheckConstraint("ck_devices_device_id", "device_id BETWEEN 0 AND 65535");
            t.HasCheckConstraint("ck_devices_class_code", "class_code BETWEEN 0 AND 16777215");
            t.HasCheckConstraint("ck_devices_numa_node", "numa_node >= 0");
        });
        device.HasKey(d => new { d.HostName, d.Sbdf });
        device.Property(d => d.HostName).HasColumnName("host_name").UseCollation("C");
        device.Property(d => d.Sbdf).HasColumnName("sbdf");
        device.Property(d => d.Description).HasColumnName("description");
        device.Property(d => d.IommuProtected).HasColumnName("iommu_protected");
        device.Property(d => d.Mmio).HasColumnName("mmio").HasColumnType("jsonb").HasDefaultValueSql("'[]'::jsonb")
            .HasConversion(JsonColumn.Converter<List<RangeRow>>(), JsonColumn.Comparer<List<RangeRow>>());
        device.Property(d => d.Spis).HasColumnName("spis").HasDefaultValueSql("'{}'::integer[]");
        device.Property(d => d.VendorId).HasColumnName("vendor_id");
        device.Property(d => d.DeviceId).HasColumnName("device_id");
        device.Property(d => d.ClassCode).HasColumnName("class_code");
        device.Property(d => d.NumaNode).HasColumnName("numa_node");
        device.Property(d => d.Labels).HasColumnName("labels").HasColumnType("jsonb").HasDefaultValueSql("'{}'::jsonb")
            .HasConversion(JsonColumn.Converter<Dictionary<string, string>>(), JsonColumn.Comparer<Dictionary<string, string>>());
        // Placement looks devices up by model (vendor and device id), by class (a class code prefix is
        // a range of class_code) and by labels (jsonb containment, @>, which jsonb_path_ops serves).
        device.HasIndex(d => new { d.VendorId, d.DeviceId }).HasDatabaseName("ix_devices_vendor_device");
        device.HasIndex(d => d.ClassCode).HasDatabaseName("ix_devices_class_code");
        device.HasIndex(d => d.Labels).HasMethod("gin").HasOperators("jsonb_path_ops").HasDatabaseName("ix_devices_labels");
        // A fleet-wide migration check reads the devices it asks for on every host: an index-only scan.
        device.HasIndex(d => new { d.Sbdf, d.HostName }).IncludeProperties(d => d.IommuProtected).HasDatabaseName("ix_devices_sbdf");
        device.HasMany(d => d.Bars).WithOne().HasForeignKey(b => new { b.HostName, b.Sbdf }).OnDelete(DeleteBehavior.Cascade);
    }
}
