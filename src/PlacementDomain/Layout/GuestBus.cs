using System.Numerics;
using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Layout;

/// <summary>
/// A function on the guest's bus 0 with the BARs hvmloader sizes; <see cref="Host"/> is the device
/// passed through to it, null when emulated; <see cref="Model"/> is what an emulated one is
/// (<c>xen-platform</c>, <c>cirrus</c>, <c>e1000</c>).
/// </summary>
public sealed record GuestFunction(PciAddress Slot, string? Model, PciAddress? Host, IReadOnlyList<Bar> Bars)
{
    public const string XenPlatform = "xen-platform";

    /// <summary>What it is, for messages: the model, or the passed-through device's host address.</summary>
    public string Name => Model ?? Host?.ToString() ?? "";
}

/// <summary>
/// §5.3: what xl with qemu-xen puts on the guest's bus 0, in slot order: the chipset (only the
/// IDE controller has a BAR hvmloader places), the xen-platform device at 00:02.0, the VGA, each
/// emulated NIC, then each passed-through device at the next slot, function 0. The emulated BARs
/// are QEMU's (sizes in the table of §5.3); a passed-through device shows the inventory's.
/// </summary>
public static class GuestBus
{
    public static readonly PciAddress Ide = new(0, 0, 1, 1);
    public const int FirstFreeSlot = 2;

    private static readonly ByteSize Kib4 = new(4 * ByteSize.KiB);
    private static readonly ByteSize VgaRom = new(64 * ByteSize.KiB);
    private static readonly ByteSize NicRom = new(256 * ByteSize.KiB);

    // The emulated functions of the defaults (xen-platform, cirrus with 8 MiB), built once: most domains have them.
    private static readonly List<GuestFunction> DefaultEmulated = Emulated(EmulatedDevices.Default, VideoRam.DefaultMiB(VgaModel.Cirrus));

    /// <summary>The functions of a domain with <paramref name="passedThrough"/> (in request order), each with the slot it gets.</summary>
    public static List<GuestFunction> Functions(EmulatedDevices emulated, ulong videoRamMiB, IReadOnlyList<PciDevice> passedThrough)
    {
        var isDefault = emulated.Equals(EmulatedDevices.Default) && videoRamMiB == VideoRam.DefaultMiB(VgaModel.Cirrus);
        var functions = new List<GuestFunction>(DefaultEmulated.Count + emulated.Nics.Count + passedThrough.Count);
        functions.AddRange(isDefault ? DefaultEmulated : Emulated(emulated, videoRamMiB));
        var slot = FirstDeviceSlot(emulated);

        // Bus 0 has 32 slots: a device beyond them has none (the planner refuses the domain).
        for (var i = 0; i < passedThrough.Count && slot <= PciAddress.MaxDevice; i++)
        {
            functions.Add(new(Slot(slot++), null, passedThrough[i].Address, passedThrough[i].Bars));
        }

        return functions;
    }

    private static List<GuestFunction> Emulated(EmulatedDevices emulated, ulong videoRamMiB)
    {
        var functions = new List<GuestFunction> { new(Ide, "IDE", null, [Io(4, 16)]) };
        var slot = FirstFreeSlot;
        if (emulated.XenPlatformPci)
        {
            functions.Add(new(Slot(slot++), GuestFunction.XenPlatform, null, [Io(0, 256), Memory(1, new(16 * ByteSize.MiB), prefetchable: true)]));
        }

        if (VgaSlot(emulated) is { } vga)
        {
            functions.Add(new(vga, emulated.Vga.Name(), null, VgaBars(emulated.Vga, videoRamMiB)));
            slot++;
        }

        foreach (var nic in emulated.Nics)
        {
            functions.Add(new(Slot(slot++), nic.Name(), null, nic == NicModel.E1000
                ? [Memory(0, new(128 * ByteSize.KiB)), Io(1, 64), Rom(NicRom)]
                : [Io(0, 256), Memory(1, new(256)), Rom(NicRom)]));
        }

        return functions;
    }

    /// <summary>The VGA's slot: right after the xen-platform device, if there is one; null without a VGA.</summary>
    public static PciAddress? VgaSlot(EmulatedDevices emulated) =>
        emulated.Vga == VgaModel.None ? null : Slot(FirstFreeSlot + (emulated.XenPlatformPci ? 1 : 0));

    /// <summary>The slot the first passed-through device gets: after the emulated functions.</summary>
    public static int FirstDeviceSlot(EmulatedDevices emulated) =>
        FirstFreeSlot + (emulated.XenPlatformPci ? 1 : 0) + (emulated.Vga != VgaModel.None ? 1 : 0) + emulated.Nics.Count;

    /// <summary>The VGA's BARs; the framebuffer is BAR0, where QEMU maps the video RAM (§6.3).</summary>
    public static IReadOnlyList<Bar> VgaBars(VgaModel vga, ulong videoRamMiB) => vga switch
    {
        VgaModel.Cirrus => [Memory(0, new(32 * ByteSize.MiB), prefetchable: true), Memory(1, Kib4), Rom(VgaRom)],
        VgaModel.StdVga => [Memory(0, ByteSize.FromMiB(BitOperations.RoundUpToPowerOf2(Math.Clamp(videoRamMiB, 1, 512))), prefetchable: true), Memory(2, Kib4), Rom(VgaRom)],
        VgaModel.Qxl =>
        [
            Memory(0, ByteSize.FromMiB(Math.Min(BitOperations.RoundUpToPowerOf2(Math.Max(videoRamMiB / 2, 32)), 512))),
            Memory(1, ByteSize.FromMiB(BitOperations.RoundUpToPowerOf2(Math.Max(videoRamMiB / 2, 1)))),
            Memory(2, new(8 * ByteSize.KiB)),
            Io(3, 32),
            Rom(VgaRom),
        ],
        _ => [],
    };

    public static PciAddress Slot(int slot) => new(0, 0, slot, 0);

    private static Bar Memory(int index, ByteSize size, bool prefetchable = false) => new(index, BarKind.Memory, size, false, prefetchable);

    private static Bar Io(int index, ulong bytes) => new(index, BarKind.Io, new(bytes), false, false);

    private static Bar Rom(ByteSize size) => new(Bar.RomIndex, BarKind.Rom, size, false, false);
}
