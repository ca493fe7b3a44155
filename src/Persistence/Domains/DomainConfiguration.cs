using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Placement.Persistence.Domains;

internal sealed class DomainConfiguration : IEntityTypeConfiguration<DomainRow>
{
    public const string Live = "live";
    public const string Destroyed = "destroyed";

    public void Configure(EntityTypeBuilder<DomainRow> domain)
    {
        domain.ToTable("domains", t =>
        {
            t.HasCheckConstraint("ck_domains_state", $"state IN ('{Live}', '{Destroyed}')");
            t.HasCheckConstraint("ck_domains_destroyed_at", $"(state = '{Destroyed}') = (destroyed_at IS NOT NULL)");
        });
        domain.HasKey(d => d.Id);
        domain.Property(d => d.Id).HasColumnName("id");
        domain.Property(d => d.HostName).HasColumnName("host_name").UseCollation("C");
        domain.Property(d => d.Name).HasColumnName("name");
        domain.Property(d => d.State).HasColumnName("state");
        domain.Property(d => d.MemoryMiB).HasColumnName("memory_mib");
        domain.Property(d => d.Settings).HasColumnName("settings").HasColumnType("jsonb");
        domain.Property(d => d.Layout).HasColumnName("layout").HasColumnType("jsonb");
        domain.Property(d => d.Findings).HasColumnName("findings").HasColumnType("jsonb");
        domain.Property(d => d.Placement).HasColumnName("placement").HasColumnType("jsonb");
        domain.Property(d => d.CreatedAt).HasColumnName("created_at");
        domain.Property(d => d.DestroyedAt).HasColumnName("destroyed_at");
        // Xen names domains uniquely per host; a destroyed domain frees its name.
        domain.HasIndex(d => new { d.HostName, d.Name }).IsUnique().HasFilter($"state = '{Live}'").HasDatabaseName("ux_domains_live_name");
        domain.HasIndex(d => new { d.HostName, d.Id }).HasDatabaseName("ix_domains_host");
    }
}
