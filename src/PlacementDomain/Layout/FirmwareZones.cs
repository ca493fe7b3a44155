using Placement.Domain.Memory;

namespace Placement.Domain.Layout;

/// <summary>
/// §5.2: a kept RDM in the pages the firmware or the toolstack populate. In hvmloader's dynamic
/// area it stops the firmware whoever uses it; in the ACPI pages the identity map of a device
/// assigned at this boot is in place before hvmloader fills them (the domain crashes); in the
/// special pages and the APIC access page, populated before devices are assigned, a strict device's
/// identity map fails and a relaxed one's skips them (a warning). A kept RDM there that no device uses is harmless.
/// </summary>
public static class FirmwareZones
{
    public static List<Finding> Check(IReadOnlyList<AddressRange> kept, X86Request request, DeviceScopes scopes)
    {
        var findings = new List<Finding>();
        foreach (var range in kept)
        {
            if (FirmwareView.DynamicArea.Overlaps(range))
            {
                findings.Add(Finding.Error(FindingCodes.RdmInFirmwareArea,
                    $"RDM {range} lies in hvmloader's dynamic area {FirmwareView.DynamicArea}: the firmware stops at boot on a reserved entry there. " +
                    "No setting avoids it while the region is reserved; when it is there only because of rdm.strategy host (no assigned device uses it), strategy ignore leaves it out.", range));
                continue;
            }

            var populatedEarly = FirmwareView.SpecialPages.Overlaps(range) ? ("the special and ioreq pages", FirmwareView.SpecialPages)
                : FirmwareView.ApicAccessPage.Overlaps(range) ? ("the APIC access page", FirmwareView.ApicAccessPage)
                : ((string Name, AddressRange Pages)?)null;
            if (!FirmwareView.AcpiPages.Overlaps(range) && populatedEarly is null)
            {
                continue;
            }

            var users = request.Devices.Where(d => scopes.RegionsOf(d.Address).Any(r => r.Range == range)).ToList();
            if (users.Count == 0)
            {
                continue;
            }

            var names = string.Join(", ", users.Select(d => d.Address));
            if (FirmwareView.AcpiPages.Overlaps(range))
            {
                findings.Add(Finding.Error(FindingCodes.RdmInFirmwareArea,
                    $"RDM {range} of {names} lies in hvmloader's ACPI pages {FirmwareView.AcpiPages}: the identity map is in place before the firmware fills them " +
                    "and the domain crashes, under either policy. This device cannot be passed through to an HVM guest on this host.", range, users[0].Address));
            }
            else if (populatedEarly is var (pagesName, pages))
            {
                var strict = users.Where(d => request.PolicyOf(d) == RdmPolicy.Strict).Select(d => d.Address).ToList();
                findings.Add(strict.Count > 0
                    ? Finding.Error(FindingCodes.RdmInFirmwareArea,
                        $"RDM {range} of {string.Join(", ", strict)} lies in {pagesName} {pages}, populated before devices are assigned: " +
                        "the identity map fails. rdmPolicy relaxed on the device attaches it without the map there.", range, strict[0])
                    : Finding.Warning(FindingCodes.RdmInFirmwareArea,
                        $"RDM {range} of {names} lies in {pagesName} {pages}: the identity map skips those pages (relaxed), " +
                        "and the device may misbehave if it uses them.", range, users[0].Address));
            }
        }

        return findings;
    }
}
