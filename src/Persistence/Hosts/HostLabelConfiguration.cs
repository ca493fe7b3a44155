using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Placement.Persistence.Hosts;

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
