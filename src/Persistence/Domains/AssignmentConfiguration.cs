using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Placement.Persistence.Domains;

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<AssignmentRow>
{
    public void Configure(EntityTypeBuilder<AssignmentRow> assignment)
    {
        assignment.ToTable("assignments", t => t.HasCheckConstraint("ck_assignments_released", "released_at IS NULL OR released_at >= assigned_at"));
        assignment.HasKey(a => a.Id);
        assignment.Property(a => a.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        assignment.Property(a => a.DomainId).HasColumnName("domain_id");
        assignment.Property(a => a.HostName).HasColumnName("host_name").UseCollation("C");
        assignment.Property(a => a.Sbdf).HasColumnName("sbdf");
        assignment.Property(a => a.RdmPolicy).HasColumnName("rdm_policy");
        assignment.Property(a => a.Outcome).HasColumnName("outcome");
        assignment.Property(a => a.Findings).HasColumnName("findings").HasColumnType("jsonb");
        assignment.Property(a => a.IdentityMaps).HasColumnName("identity_maps").HasColumnType("jsonb");
        assignment.Property(a => a.AssignedAt).HasColumnName("assigned_at");
        assignment.Property(a => a.ReleasedAt).HasColumnName("released_at");
        assignment.HasOne<DomainRow>().WithMany().HasForeignKey(a => a.DomainId).OnDelete(DeleteBehavior.Restrict);
        // The rule that matters most: a device has at most one live owner, whatever the callers do.
        assignment.HasIndex(a => new { a.HostName, a.Sbdf }).IsUnique().HasFilter("released_at IS NULL").HasDatabaseName(DomainStore.LiveDeviceIndex);
        assignment.HasIndex(a => a.DomainId).HasDatabaseName("ix_assignments_domain");
    }
}
