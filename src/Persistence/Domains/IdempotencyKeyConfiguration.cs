using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Placement.Persistence.Domains;

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
