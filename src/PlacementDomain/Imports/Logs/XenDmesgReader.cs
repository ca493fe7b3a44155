using System.Text.RegularExpressions;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Imports;

/// <summary>Walks <c>xl dmesg</c> line by line; endpoints belong to the latest <c>found ACPI_DMAR_*</c> header.</summary>
internal sealed class XenDmesgReader(ImportBuilder builder)
{
    private readonly LogRegions regions = new(builder);
    private XenRmrrBlock? block;
    private bool sawHeader;
    private bool sawRmrrLine;

    public void Read(string text)
    {
        foreach (var line in LogText.Lines(text, XenLine.StartsEntry))
        {
            var (kind, match) = XenLine.Classify(line.Text);
            Apply(kind, match, line.Number);
        }

        Close();
        if (!sawHeader)
        {
            builder.Warn(
                sawRmrrLine ? "xen-not-verbose" : "xen-no-vtd-lines",
                (sawRmrrLine ? "The log has no 'found ACPI_DMAR_*' lines, so not every RMRR and device is in it." : "The log has no VT-d lines, so no RMRR was read.")
                + " Boot Xen with iommu=verbose and run xl dmesg again.");
        }
    }

    private void Apply(XenLineKind kind, Match match, int line)
    {
        switch (kind)
        {
            case XenLineKind.Header:
                Close();
                sawHeader = true;
                block = match.Groups["kind"].Value == "RMRR" ? new XenRmrrBlock(line) : null;
                break;
            case XenLineKind.Endpoint when block is not null:
                AddDevice(match.Groups["device"].Value, line);
                break;
            case XenLineKind.Bridge when block is not null:
                block.Bridges.Add(match.Groups["device"].Value);
                break;
            case XenLineKind.Range or XenLineKind.NotReserved or XenLineKind.NotReservedLastPage or XenLineKind.NotReservedFrames
                or XenLineKind.NonExistentDevice or XenLineKind.Ignored:
                AddRange(kind, match, line);
                break;
            case XenLineKind.Incorrect:
                // Xen drops the RMRR: its block yields no region and no "without range" warning.
                block = null;
                builder.Warn("xen-rmrr-incorrect", $"Xen rejected an RMRR whose base lies above its end ({match.Value}); no region is read for it.", line);
                break;
            case XenLineKind.Overlapping:
                builder.Warn("xen-rmrr-overlapping", $"Xen found overlapping RMRRs and refused the second ({match.Value}); check the DMAR table.", line);
                break;
            case XenLineKind.UserRmrr:
                builder.Warn("xen-user-rmrr", "An RMRR added with Xen's rmrr= command-line option is not firmware data and is not read.", line);
                break;
            case XenLineKind.SystemRam:
                builder.MemoryMiB = ulong.Parse(match.Groups["kib"].ValueSpan, provider: null) / 1024;
                break;
        }
    }

    private void AddDevice(string text, int line)
    {
        if (PciAddress.TryParse(text, out var device))
        {
            block!.Devices.Add(device);
        }
        else
        {
            builder.Warn("xen-endpoint-unreadable", $"The endpoint '{text}' is not a PCI address ({PciAddress.Rule}); it is left out of the RMRR.", line);
        }
    }

    private void AddRange(XenLineKind kind, Match match, int line)
    {
        sawRmrrLine = true;
        var first = InclusiveRange.Hex(match.Groups["first"].Value, line);
        var last = InclusiveRange.Hex(match.Groups["last"].Value, line);
        if (XenRmrrBlock.RangeOf(kind, first, last) is not { } range)
        {
            builder.Warn("rmrr-range-invalid", $"The RMRR {match.Value} ends before it starts or at 2^64-1; no region is read for it.", line);
            return;
        }

        // A second range line with no header between: a block whose header the excerpt lacks.
        if (block is null || (kind == XenLineKind.Range && block.HasRangeLine))
        {
            Close();
            block = new XenRmrrBlock(line);
        }

        block.Ranges.Add((kind is XenLineKind.NotReservedLastPage or XenLineKind.NotReservedFrames ? XenLineKind.NotReserved : kind, range, line));
        Describe(kind, match, range, line);
    }

    private void Describe(XenLineKind kind, Match match, AddressRange range, int line)
    {
        switch (kind)
        {
            case XenLineKind.NotReserved or XenLineKind.NotReservedLastPage or XenLineKind.NotReservedFrames:
                builder.Warn("xen-rmrr-not-reserved", $"Xen says the RMRR [{range.Start}, {range.End}) is not (entirely) in E820-reserved memory; its range line, if any, is the same RMRR.", line);
                break;
            case XenLineKind.NonExistentDevice:
                builder.Warn("xen-device-not-present", $"Xen found no device {match.Groups["device"].Value} of the RMRR [{range.Start}, {range.End}); the RMRR stays unless Xen also ignores it.", line);
                break;
            case XenLineKind.Ignored:
                block!.IgnoredByXen = true;
                builder.Warn("xen-rmrr-ignored", $"Xen ignores the RMRR [{range.Start}, {range.End}): no device of its scope is present. It is kept, flagged {ImportedRegionFlags.IgnoredByXen}.", line);
                break;
        }
    }

    private void Close()
    {
        if (block is null)
        {
            return;
        }

        var closing = block;
        block = null;
        if (closing.Range is not var (range, line))
        {
            builder.Warn("xen-rmrr-without-range", $"The RMRR block has {closing.Devices.Count} endpoint(s) and no range: a release build of Xen does not print it. Read the DMAR table instead.", closing.Line);
            return;
        }

        foreach (var (other, otherLine) in closing.Disagreeing(range))
        {
            builder.Warn("xen-range-mismatch", $"Line {otherLine} gives [{other.Start}, {other.End}) for the RMRR read as [{range.Start}, {range.End}) on line {line}.", otherLine);
        }

        foreach (var bridge in closing.Bridges)
        {
            builder.Unresolved.Add(new UnresolvedScope(range, bridge, "a bridge scope: every device below the bridge is in the RMRR, and Xen does not name them"));
        }

        var devices = closing.Devices.Distinct().ToList();
        regions.Add(range, devices, line, closing.IgnoredByXen ? [ImportedRegionFlags.IgnoredByXen] : []);
    }
}
