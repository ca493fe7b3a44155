namespace Placement.Domain.Imports;

/// <summary>
/// The DMAR table header. <see cref="Length"/> is the table's length in bytes as stored;
/// <see cref="BufferLength"/> the bytes given (at least <see cref="Length"/>).
/// <see cref="HostAddressWidth"/> is in bits: the stored byte plus one.
/// <see cref="ChecksumValid"/>: the <see cref="Length"/> bytes sum to 0 modulo 256.
/// <see cref="Flags"/>: bit 0 INTR_REMAP, bit 1 X2APIC_OPT_OUT, bit 2 DMA_CTRL_PLATFORM_OPT_IN.
/// </summary>
public sealed record DmarHeader(int Length, int BufferLength, byte Revision, byte Checksum, bool ChecksumValid, string OemId, string OemTableId, int HostAddressWidth, byte Flags);
