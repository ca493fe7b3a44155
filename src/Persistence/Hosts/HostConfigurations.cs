using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Placement.Persistence.Hosts;

internal sealed class HostConfiguration : IEntityTypeConfiguration<HostRow>
{
    public void Configure(EntityTypeBuilder<HostRow> host)
    {
        host.ToTable("hosts", t =>
        {
            t.HasCheckConstraint("ck_hosts_memory", "memory_mib > 0");
            t.HasCheckConstraint("ck_hosts_generation", "generation > 0");
        });
        host.HasKey(h => h.Name);
        // Byte order keeps cursor pagination stable whatever the database's default collation is.
        host.Property(h => h.Name).HasColumnName("name").UseCollation("C");
        host.Property(h => h.Architecture).HasColumnName("architecture");
        host.Property(h => h.MemoryMiB).HasColumnName("memory_mib");
        host.Property(h => h.PhysAddressBits).HasColumnName("phys_address_bits");
        host.Property(h => h.Iommu).HasColumnName("iommu");
        host.Property(h => h.Generation).HasColumnName("generation").IsConcurrencyToken();
        host.Property(h => h.CreatedAt).HasColumnName("created_at");
        host.Property(h => h.UpdatedAt).HasColumnName("updated_at");
        host.Property(h => h.Document).HasColumnName("document").HasColumnType("json");
        host.Property(h => h.Arm).HasColumnName("arm").HasColumnType("jsonb")
            .HasConversion(JsonColumn.Converter<ArmPlatformRow?>(), JsonColumn.Comparer<ArmPlatformRow?>());
        host.HasIndex(h => h.Architecture).HasDatabaseName("ix_hosts_architecture");
        host.HasMany(h => h.Labels).WithOne().HasForeignKey(l => l.HostName).OnDelete(DeleteBehavior.Cascade);
        host.HasMany(h => h.Devices).WithOne().HasForeignKey(d => d.HostName).OnDelete(DeleteBehavior.Cascade);
        host.HasMany(h => h.ReservedRegions).WithOne().HasForeignKey(r => r.HostName).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HostLabelConfiguration : IEntityTypeConfiguration<HostLabelRow>
{
    public void Configure(EntityTypeBuilder<HostLabelRow> label)
    {
        label.ToTable("host_labels");
        label.HasKey(l => new { l.HostName, l.Key });
        label.Property(l => l.HostName).HasColumnName("host_name").UseCollation("C");
        label.Property(l => l.Key).HasColumnName("key");
        label.Property(l => l.Value).HasColumnName("value");
        label.HasIndex(l => new { l.Key, l.Value }).HasDatabaseName("ix_host_labels_key_value");
    }
}

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

internal sealed class BarConfiguration : IEntityTypeConfiguration<BarRow>
{
    public void Configure(EntityTypeBuilder<BarRow> bar)
    {
        bar.ToTable("bars", t => t.HasCheckConstraint("ck_bars_size", "size > 0"));
        bar.HasKey(b => new { b.HostName, b.Sbdf, b.Index });
        bar.Property(b => b.HostName).HasColumnName("host_name").UseCollation("C");
        bar.Property(b => b.Sbdf).HasColumnName("sbdf");
        bar.Property(b => b.Index).HasColumnName("index");
        bar.Property(b => b.Kind).HasColumnName("kind");
        bar.Property(b => b.Size).HasColumnName("size");
        bar.Property(b => b.Is64Bit).HasColumnName("is_64_bit");
        bar.Property(b => b.Prefetchable).HasColumnName("prefetchable");
    }
}

internal sealed class ReservedRegionConfiguration : IEntityTypeConfiguration<ReservedRegionRow>
{
    public void Configure(EntityTypeBuilder<ReservedRegionRow> region)
    {
        // Regions of one host never overlap, so the start identifies one.
        region.ToTable("reserved_regions", t => t.HasCheckConstraint("ck_reserved_regions_range", "start >= 0 AND \"end\" > start"));
        region.HasKey(r => new { r.HostName, r.Start });
        region.Property(r => r.HostName).HasColumnName("host_name").UseCollation("C");
        region.Property(r => r.Start).HasColumnName("start");
        region.Property(r => r.End).HasColumnName("end");
        region.Property(r => r.Devices).HasColumnName("devices");
    }
}
