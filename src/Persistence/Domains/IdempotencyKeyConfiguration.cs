using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Placement.Persistence.Domains;

internal sealed class IdempotencyKeyConfiguration : IEntityTypeConfiguration<IdempotencyKeyRow>
{
    public void Configure(EntityTypeBuilder<IdempotencyKeyRow> key)
    {
        key.ToTable("idempotency_keys");
        key.HasKey(k => new { k.Caller, k.Key });
        // Rows from before keys were per caller belong to nobody in particular: the empty caller.
        key.Property(k => k.Caller).HasColumnName("caller").UseCollation("C").HasDefaultValue("");
        key.Property(k => k.Key).HasColumnName("key").UseCollation("C");
        key.Property(k => k.RequestHash).HasColumnName("request_hash");
        key.Property(k => k.Outcome).HasColumnName("outcome").HasColumnType("jsonb");
        key.Property(k => k.CreatedAt).HasColumnName("created_at");
    }
}
