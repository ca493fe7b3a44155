using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Placement.Persistence.Hosts;

namespace Placement.Persistence.Placements;

internal sealed class HostFreeMemoryConfiguration : IEntityTypeConfiguration<HostFreeMemoryRow>
{
    public void Configure(EntityTypeBuilder<HostFreeMemoryRow> free)
    {
        free.ToTable(HostFreeMemory.Table);
        free.HasKey(f => f.HostName);
        free.Property(f => f.HostName).HasColumnName("host_name").UseCollation("C");
        free.Property(f => f.FreeMiB).HasColumnName("free_mib");
        free.HasOne<HostRow>().WithOne().HasForeignKey<HostFreeMemoryRow>(f => f.HostName).OnDelete(DeleteBehavior.Cascade);
        // The two orders a placement reads hosts in: spread, most free first; pack, least; then by name.
        free.HasIndex(f => new { f.FreeMiB, f.HostName }, "ix_host_free_memory_most").IsDescending(true, false);
        free.HasIndex(f => new { f.FreeMiB, f.HostName }, "ix_host_free_memory_least");
    }
}
