using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Placement.Persistence.Placements;

internal sealed class PlacementRefusalConfiguration : IEntityTypeConfiguration<PlacementRefusalRow>
{
    public void Configure(EntityTypeBuilder<PlacementRefusalRow> refusal)
    {
        refusal.ToTable("placement_refusals");
        refusal.HasKey(r => r.Id);
        refusal.Property(r => r.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        refusal.Property(r => r.Name).HasColumnName("name");
        refusal.Property(r => r.Settings).HasColumnName("settings").HasColumnType("jsonb");
        refusal.Property(r => r.Placement).HasColumnName("placement").HasColumnType("jsonb");
        refusal.Property(r => r.Evaluated).HasColumnName("evaluated");
        refusal.Property(r => r.Rejected).HasColumnName("rejected").HasColumnType("jsonb");
        refusal.Property(r => r.At).HasColumnName("at");
        refusal.Property(r => r.Caller).HasColumnName("caller");
    }
}
