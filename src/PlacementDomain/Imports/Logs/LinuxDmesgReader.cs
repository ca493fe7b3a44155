using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Imports;

/// <summary>
/// Walks a Linux log. Identity maps are matched to RMRR lines at the end: the kernel prints one
/// for each present device of each RMRR, with the RMRR's exact range, after all RMRR lines.
/// </summary>
internal sealed class LinuxDmesgReader(ImportBuilder builder)
{
    private readonly LogRegions regions = new(builder);
    private readonly List<(string Device, AddressRange Range, int Line)> identityMaps = [];
    private bool lpcNext;
    private bool sawWideSegment;

    public void Read(string text)
    {
        foreach (var line in LogText.Lines(text, LinuxLine.StartsEntry))
        {
            Apply(LinuxLine.Body(line.Text), line.Number);
        }

        AttachIdentityMaps();
    }

    private void Apply(string body, int line)
    {
        if (LinuxLine.FirmwareBug().IsMatch(body))
        {
            // An echo of an RMRR already printed on its "RMRR base:" line: never a new region.
            builder.Warn("linux-firmware-bug", $"Linux reports broken firmware: '{body}'.", line);
        }
        else if (LinuxLine.Rmrr().Match(body) is { Success: true } rmrr)
        {
            AddRmrr(rmrr.Groups["first"].Value, rmrr.Groups["last"].Value, line);
        }
        else if (LinuxLine.LpcUnityMap().IsMatch(body))
        {
            lpcNext = true;
            builder.Warn("linux-lpc-unity-map", "Linux's 0-16 MiB identity map for the LPC bridge is a floppy work-around, not an RMRR; it is not read.", line);
        }
        else if (LinuxLine.IdentityMap().Match(body) is { Success: true } map)
        {
            AddIdentityMap(map.Groups["device"].Value, map.Groups["first"].Value, map.Groups["last"].Value, line);
        }
        else if (LinuxLine.Memory().Match(body) is { Success: true } memory)
        {
            builder.MemoryMiB = ulong.Parse(memory.Groups["kib"].ValueSpan, provider: null) / 1024;
        }

        if (!sawWideSegment && LinuxLine.WideSegment().Match(body) is { Success: true } wide)
        {
            sawWideSegment = true;
            builder.Warn("pci-segment-too-wide", $"{wide.Groups["address"].Value} has a PCI segment above ffff (Intel VMD): such devices are not read, and xl cannot pass them through.", line);
        }
    }

    private void AddRmrr(string firstText, string lastText, int line)
    {
        var first = InclusiveRange.Hex(firstText, line);
        var last = InclusiveRange.Hex(lastText, line);
        if (InclusiveRange.From(first, last) is not { } range)
        {
            builder.Warn("rmrr-range-invalid", $"The RMRR {firstText}-{lastText} ends before it starts or at 2^64-1; no region is read for it.", line);
            return;
        }

        regions.Add(range, [], line);
    }

    private void AddIdentityMap(string device, string firstText, string lastText, int line)
    {
        var range = InclusiveRange.From(InclusiveRange.Hex(firstText, line), InclusiveRange.Hex(lastText, line));
        if (lpcNext || range is null)
        {
            lpcNext = false;
            return;
        }

        identityMaps.Add((device, range.Value, line));
    }

    private void AttachIdentityMaps()
    {
        foreach (var (text, range, line) in identityMaps)
        {
            var index = builder.Regions.FindIndex(r => r.Range == range);
            if (index < 0)
            {
                builder.Warn("linux-identity-map-without-rmrr", $"The identity map of {text} [{range.Start}, {range.End}) matches no 'RMRR base:' line; it is not read as an RMRR.", line);
            }
            else if (!PciAddress.TryParse(text, out var device))
            {
                builder.Warn("linux-device-unreadable", $"'{text}' is not a PCI address ({PciAddress.Rule}); it is left out of the RMRR.", line);
            }
            else if (!builder.Regions[index].Devices.Contains(device))
            {
                var region = builder.Regions[index];
                builder.Regions[index] = region with { Devices = [.. region.Devices, device] };
            }
        }
    }
}
