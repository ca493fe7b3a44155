using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Placement.Persistence.Hosts;

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
