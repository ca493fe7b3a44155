using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Placement.Persistence.Domains;

internal sealed class AssignmentEventConfiguration : IEntityTypeConfiguration<AssignmentEventRow>
{
    public void Configure(EntityTypeBuilder<AssignmentEventRow> entry)
    {
        entry.ToTable("assignment_events", t => t.HasCheckConstraint("ck_assignment_events_kind", "kind IN ('assigned', 'refused', 'released', 'migrated', 'rebooted')"));
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        entry.Property(e => e.DomainId).HasColumnName("domain_id");
        entry.Property(e => e.HostName).HasColumnName("host_name").UseCollation("C");
        entry.Property(e => e.DomainName).HasColumnName("domain_name");
        entry.Property(e => e.Kind).HasColumnName("kind");
        entry.Property(e => e.FromHost).HasColumnName("from_host").UseCollation("C");
        entry.Property(e => e.Sbdf).HasColumnName("sbdf");
        entry.Property(e => e.RdmPolicy).HasColumnName("rdm_policy");
        entry.Property(e => e.Outcome).HasColumnName("outcome");
        entry.Property(e => e.Findings).HasColumnName("findings").HasColumnType("jsonb");
        entry.Property(e => e.Request).HasColumnName("request").HasColumnType("jsonb");
        entry.Property(e => e.At).HasColumnName("at");
        entry.Property(e => e.Caller).HasColumnName("caller");
        entry.HasOne<DomainRow>().WithMany().HasForeignKey(e => e.DomainId).OnDelete(DeleteBehavior.Restrict);
        entry.HasIndex(e => new { e.DomainId, e.Id }).HasDatabaseName("ix_assignment_events_domain");
        entry.HasIndex(e => new { e.HostName, e.Id }).HasFilter("domain_id IS NULL").HasDatabaseName("ix_assignment_events_refused_creates");
    }
}
