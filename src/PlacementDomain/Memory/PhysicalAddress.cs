namespace Placement.Domain.Memory;

/// <summary>
/// A physical address in bytes (host- or guest-physical, as the context says). Arithmetic is
/// checked: an address never wraps around 2^64.
/// </summary>
public readonly record struct PhysicalAddress(ulong Value) : IComparable<PhysicalAddress>, ISpanFormattable
{
    public static readonly PhysicalAddress Zero;

    /// <summary>The first address above the 32-bit space (0x1_0000_0000).</summary>
    public static readonly PhysicalAddress FourGiB = new(1UL << 32);

    /// <summary>The exclusive top of a <paramref name="bits"/>-bit physical address space.</summary>
    public static PhysicalAddress TopOfAddressSpace(int bits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 63);
        return new PhysicalAddress(1UL << bits);
    }

    public bool IsAlignedTo(ByteSize alignment) => Value % RequirePositive(alignment) == 0;

    public PhysicalAddress AlignDown(ByteSize alignment) => new(Value - (Value % RequirePositive(alignment)));

    public PhysicalAddress AlignUp(ByteSize alignment)
    {
        var remainder = Value % RequirePositive(alignment);
        return remainder == 0 ? this : new PhysicalAddress(checked(Value + (alignment.Bytes - remainder)));
    }

    public static PhysicalAddress operator +(PhysicalAddress address, ByteSize size) => new(checked(address.Value + size.Bytes));

    public static PhysicalAddress operator -(PhysicalAddress address, ByteSize size) => new(checked(address.Value - size.Bytes));

    public static ByteSize operator -(PhysicalAddress end, PhysicalAddress start) => new(checked(end.Value - start.Value));

    public static bool operator <(PhysicalAddress a, PhysicalAddress b) => a.Value < b.Value;

    public static bool operator >(PhysicalAddress a, PhysicalAddress b) => a.Value > b.Value;

    public static bool operator <=(PhysicalAddress a, PhysicalAddress b) => a.Value <= b.Value;

    public static bool operator >=(PhysicalAddress a, PhysicalAddress b) => a.Value >= b.Value;

    public static PhysicalAddress Min(PhysicalAddress a, PhysicalAddress b) => a <= b ? a : b;

    public static PhysicalAddress Max(PhysicalAddress a, PhysicalAddress b) => a >= b ? a : b;

    public int CompareTo(PhysicalAddress other) => Value.CompareTo(other.Value);

    public override string ToString() => HexNotation.Format(Value);

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        HexNotation.TryFormat(Value, destination, out charsWritten);

    private static ulong RequirePositive(ByteSize alignment)
    {
        ArgumentOutOfRangeException.ThrowIfZero(alignment.Bytes, nameof(alignment));
        return alignment.Bytes;
    }
}
