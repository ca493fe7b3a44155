using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Placement.Persistence.Domains;

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
