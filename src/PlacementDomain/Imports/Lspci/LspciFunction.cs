using Placement.Domain.Pci;

namespace Placement.Domain.Imports;

/// <summary>What lspci printed of one function, gathered line by line until the next function.</summary>
internal sealed class LspciFunction(PciAddress address, LspciHeader header)
{
    private readonly List<ImportedBar> bars = [];
    private byte[]? configHead;
    private int? numaNode;

    public PciAddress Address => address;

    public void Add(ImportedBar bar) => bars.Add(bar);

    public void SetNumaNode(int node) => numaNode = node;

    /// <summary>The first 16 bytes of config space, from the <c>00:</c> line of a <c>-x</c> dump.</summary>
    public void SetConfigHead(byte[] bytes) => configHead = bytes;

    /// <summary>
    /// Ids from the header when it printed them (-n, -nn), else from the dump (bytes 0-3). The class
    /// code from the dump when there is one (bytes 9-0xb: it is config space itself, prog-if
    /// included), else from the header.
    /// </summary>
    public ImportedDevice ToDevice()
    {
        var vendor = header.VendorId ?? Word(0);
        var device = header.DeviceId ?? Word(2);
        var classCode = configHead is { } c ? (uint)((c[0xb] << 16) | (c[0xa] << 8) | c[9]) : header.ClassCode;
        return new ImportedDevice(address, vendor, device, classCode, bars.ToArray())
        {
            NumaNode = numaNode,
            Description = header.Description,
        };
    }

    // Config space is little-endian.
    private ushort? Word(int offset) => configHead is { } b ? (ushort)(b[offset] | (b[offset + 1] << 8)) : null;
}
