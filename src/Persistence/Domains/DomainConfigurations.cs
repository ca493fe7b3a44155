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
        domain.Property(d => d.CreatedAt).HasColumnName("created_at");
        domain.Property(d => d.DestroyedAt).HasColumnName("destroyed_at");
        // Xen names domains uniquely per host; a destroyed domain frees its name.
        domain.HasIndex(d => new { d.HostName, d.Name }).IsUnique().HasFilter($"state = '{Live}'").HasDatabaseName("ux_domains_live_name");
        domain.HasIndex(d => new { d.HostName, d.Id }).HasDatabaseName("ix_domains_host");
    }
}

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
        assignment.Property(a => a.AssignedAt).HasColumnName("assigned_at");
        assignment.Property(a => a.ReleasedAt).HasColumnName("released_at");
        assignment.HasOne<DomainRow>().WithMany().HasForeignKey(a => a.DomainId).OnDelete(DeleteBehavior.Restrict);
        // The rule that matters most: a device has at most one live owner, whatever the callers do.
        assignment.HasIndex(a => new { a.HostName, a.Sbdf }).IsUnique().HasFilter("released_at IS NULL").HasDatabaseName(DomainStore.LiveDeviceIndex);
        assignment.HasIndex(a => a.DomainId).HasDatabaseName("ix_assignments_domain");
    }
}

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
        entry.HasOne<DomainRow>().WithMany().HasForeignKey(e => e.DomainId).OnDelete(DeleteBehavior.Restrict);
        entry.HasIndex(e => new { e.DomainId, e.Id }).HasDatabaseName("ix_assignment_events_domain");
        entry.HasIndex(e => new { e.HostName, e.Id }).HasFilter("domain_id IS NULL").HasDatabaseName("ix_assignment_events_refused_creates");
    }
}

internal sealed class StaticBankConfiguration : IEntityTypeConfiguration<StaticBankRow>
{
    /// <summary>Held banks of one host never overlap: <c>EXCLUDE USING gist (host_name WITH =, int8range(start, end) WITH &amp;&amp;) WHERE released_at IS NULL</c>.</summary>
    public const string Disjoint = "ex_static_banks_overlap";

    public void Configure(EntityTypeBuilder<StaticBankRow> bank)
    {
        bank.ToTable("static_banks", t =>
        {
            t.HasCheckConstraint("ck_static_banks_range", "start >= 0 AND \"end\" > start");
        });
        bank.HasKey(b => b.Id);
        bank.Property(b => b.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        bank.Property(b => b.DomainId).HasColumnName("domain_id");
        bank.Property(b => b.HostName).HasColumnName("host_name").UseCollation("C");
        bank.Property(b => b.Start).HasColumnName("start");
        bank.Property(b => b.End).HasColumnName("end");
        bank.Property(b => b.ReleasedAt).HasColumnName("released_at");
        bank.HasOne<DomainRow>().WithMany().HasForeignKey(b => b.DomainId).OnDelete(DeleteBehavior.Restrict);
        bank.HasIndex(b => b.DomainId).HasDatabaseName("ix_static_banks_domain");
        bank.HasIndex(b => b.HostName).HasDatabaseName("ix_static_banks_host");
    }
}

internal sealed class IdempotencyKeyConfiguration : IEntityTypeConfiguration<IdempotencyKeyRow>
{
    public void Configure(EntityTypeBuilder<IdempotencyKeyRow> key)
    {
        key.ToTable("idempotency_keys");
        key.HasKey(k => k.Key);
        key.Property(k => k.Key).HasColumnName("key").UseCollation("C");
        key.Property(k => k.RequestHash).HasColumnName("request_hash");
        key.Property(k => k.Outcome).HasColumnName("outcome").HasColumnType("jsonb");
        key.Property(k => k.CreatedAt).HasColumnName("created_at");
    }
}
