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
        // The document (about 2 KB compressed) goes out of line: a row stays about 100 bytes, so a
        // scan of the fleet (placement counts its hosts) reads 16 times fewer pages.
        host.HasStorageParameter("toast_tuple_target", 128);
        // Byte order keeps cursor pagination stable whatever the database's default collation is.
        host.Property(h => h.Name).HasColumnName("name").UseCollation("C");
        host.Property(h => h.Architecture).HasColumnName("architecture");
        host.Property(h => h.MemoryMiB).HasColumnName("memory_mib");
        host.Property(h => h.PhysAddressBits).HasColumnName("phys_address_bits");
        host.Property(h => h.Iommu).HasColumnName("iommu");
        host.Property(h => h.Generation).HasColumnName("generation").IsConcurrencyToken();
        host.Property(h => h.CreatedAt).HasColumnName("created_at");
        host.Property(h => h.UpdatedAt).HasColumnName("updated_at");
        host.Property(h => h.UpdatedBy).HasColumnName("updated_by");
        host.Property(h => h.Document).HasColumnName("document").HasColumnType("json");
        host.Property(h => h.Arm).HasColumnName("arm").HasColumnType("jsonb")
            .HasConversion(JsonColumn.Converter<ArmPlatformRow?>(), JsonColumn.Comparer<ArmPlatformRow?>());
        host.HasIndex(h => h.Architecture).HasDatabaseName("ix_hosts_architecture");
        host.HasMany(h => h.Labels).WithOne().HasForeignKey(l => l.HostName).OnDelete(DeleteBehavior.Cascade);
        host.HasMany(h => h.Devices).WithOne().HasForeignKey(d => d.HostName).OnDelete(DeleteBehavior.Cascade);
        host.HasMany(h => h.ReservedRegions).WithOne().HasForeignKey(r => r.HostName).OnDelete(DeleteBehavior.Cascade);
    }
}
