using System.Buffers.Binary;

namespace Placement.Persistence.Domains;

/// <summary>
/// Domain ids: UUIDv7 that also increase within a millisecond, so lists keyed on the id show
/// domains in creation order. <see cref="Guid.CreateVersion7(DateTimeOffset)"/> fills everything
/// below the millisecond at random: two domains created in one millisecond would sort either way.
/// An id not above the last one is the last one plus one instead (RFC 9562 §6.2, method 2).
/// Monotonic per process; across replicas the millisecond still orders.
/// </summary>
internal static class DomainIds
{
    // rand_b: the 62 bits below the variant. Incrementing within them keeps version and variant.
    private static readonly UInt128 RandB = (UInt128.One << 62) - 1;
    private static readonly Lock Gate = new();
    private static UInt128 last;

    public static Guid Next(DateTimeOffset now)
    {
        var candidate = ToNumber(Guid.CreateVersion7(now));
        lock (Gate)
        {
            last = candidate > last ? candidate
                : (last & RandB) != RandB ? last + 1
                : ToNumber(Guid.CreateVersion7(DateTimeOffset.FromUnixTimeMilliseconds((long)(ulong)(last >> 80) + 1)));
            return ToGuid(last);
        }
    }

    private static UInt128 ToNumber(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        return BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }

    private static Guid ToGuid(UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, value);
        return new Guid(bytes, bigEndian: true);
    }
}
