using System.Numerics;

namespace Placement.Domain.Layout;

/// <summary>xl's <c>vga</c>: the emulated graphics card (<c>stdvga=1</c> is <see cref="StdVga"/>).</summary>
public enum VgaModel
{
    Cirrus,
    StdVga,
    Qxl,
    None,
}

/// <summary>The model of an emulated NIC (xl's vif <c>model=</c>).</summary>
public enum NicModel
{
    E1000,
    Rtl8139,
}

/// <summary>
/// What QEMU emulates on the guest's bus 0 besides the fixed chipset (§5.3): the xen-platform
/// device (PV drivers find Xen through it), the VGA and the NICs, in that slot order.
/// </summary>
public sealed record EmulatedDevices(VgaModel Vga, bool XenPlatformPci, IReadOnlyList<NicModel> Nics)
{
    public static EmulatedDevices Default { get; } = new(VgaModel.Cirrus, true, []);

    /// <summary>At most this many NICs: with the chipset, the platform device and the VGA they fill bus 0's 32 slots less some room for devices.</summary>
    public const int MaxNics = 8;

    /// <summary>Equal when the same VGA, platform setting and NICs in the same order.</summary>
    public bool Equals(EmulatedDevices? other) =>
        other is not null && Vga == other.Vga && XenPlatformPci == other.XenPlatformPci && Nics.SequenceEqual(other.Nics);

    public override int GetHashCode() => HashCode.Combine(Vga, XenPlatformPci, Nics.Count);
}

/// <summary>
/// §2: the video RAM a VGA model gets by default, which is also the least libxl accepts, and the
/// sizes QEMU starts with: cirrus 8 or 16 MiB, stdvga a power of two, qxl twice a power of two.
/// </summary>
public static class VideoRam
{
    public const string TooSmall = "videoram-too-small";
    public const string Unsupported = "videoram-unsupported";

    public static ulong DefaultMiB(VgaModel vga) => vga switch
    {
        VgaModel.Cirrus => 8,
        VgaModel.StdVga => 16,
        VgaModel.Qxl => 128,
        _ => 0,
    };

    /// <summary>The code and message when <paramref name="mib"/> does not suit <paramref name="vga"/>; null when it does.</summary>
    public static (string Code, string Message)? Problem(VgaModel vga, ulong mib)
    {
        var least = DefaultMiB(vga);
        if (mib < least)
        {
            return (TooSmall, $"{vga.Name()} needs at least {least} MiB of video RAM (libxl refuses less); videoRamMiB {least} or more.");
        }

        return vga switch
        {
            VgaModel.Cirrus when mib is not (8 or 16) => (Unsupported, "QEMU's cirrus VGA takes 8 or 16 MiB of video RAM only; videoRamMiB 8 or 16."),
            VgaModel.StdVga when !ulong.IsPow2(mib) => (Unsupported, $"QEMU's stdvga takes a power of two of video RAM; videoRamMiB {BitOperations.RoundUpToPowerOf2(mib)}."),
            VgaModel.Qxl when !ulong.IsPow2(mib) => (Unsupported, $"QEMU's qxl takes twice a power of two of video RAM; videoRamMiB {BitOperations.RoundUpToPowerOf2(mib)}."),
            _ => null,
        };
    }
}
