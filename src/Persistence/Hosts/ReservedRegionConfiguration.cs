using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Placement.Persistence.Hosts;

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
