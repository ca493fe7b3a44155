using System.Numerics;

namespace Placement.Domain.Memory;

/// <summary>A size in bytes. Arithmetic is checked: it throws rather than wraps.</summary>
public readonly record struct ByteSize(ulong Bytes) : IComparable<ByteSize>, ISpanFormattable
{
    public const ulong KiB = 1UL << 10;
    public const ulong MiB = 1UL << 20;
    public const ulong GiB = 1UL << 30;

    public static readonly ByteSize Zero;

    public static ByteSize FromMiB(ulong mebibytes) => new(checked(mebibytes * MiB));

    public bool IsPowerOfTwo => BitOperations.IsPow2(Bytes);

    public static ByteSize operator +(ByteSize a, ByteSize b) => new(checked(a.Bytes + b.Bytes));

    public static ByteSize operator -(ByteSize a, ByteSize b) => new(checked(a.Bytes - b.Bytes));

    public static bool operator <(ByteSize a, ByteSize b) => a.Bytes < b.Bytes;

    public static bool operator >(ByteSize a, ByteSize b) => a.Bytes > b.Bytes;

    public static bool operator <=(ByteSize a, ByteSize b) => a.Bytes <= b.Bytes;

    public static bool operator >=(ByteSize a, ByteSize b) => a.Bytes >= b.Bytes;

    public int CompareTo(ByteSize other) => Bytes.CompareTo(other.Bytes);

    public override string ToString() => HexNotation.Format(Bytes);

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        HexNotation.TryFormat(Bytes, destination, out charsWritten);
}
