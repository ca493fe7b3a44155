using Placement.Domain.Layout;
using Placement.Domain.Pci;
using Placement.Persistence.Domains;

namespace Placement.Persistence.Tests.Domains;

/// <summary>Each write leaves its lines in the history, oldest first, at the time it happened.</summary>
public sealed class DomainHistoryTests : DomainTest
{
    [Fact]
    public async Task History_CreateHotplugRefusedHotplugDetachDestroy_OneLinePerDeviceChange()
    {
        await SaveHostAsync();
        var start = Clock.GetUtcNow();
        var other = (await CreateAsync("vm-0", Request(Device(3)))).ShouldBeOfType<DomainWrite.Created>().Domain;
        var id = (await CreateAsync("vm-1", Request(Device(1)))).ShouldBeOfType<DomainWrite.Created>().Domain.Id;
        Clock.Advance(TimeSpan.FromMinutes(1));
        (await AttachAsync(id, Device(2))).ShouldBeOfType<DomainWrite.Attached>();
        Clock.Advance(TimeSpan.FromMinutes(1));
        var refused = (await AttachAsync(id, Device(3))).ShouldBeOfType<DomainWrite.AttachRefused>();
        Clock.Advance(TimeSpan.FromMinutes(1));
        (await WithDomainsAsync(s => s.DetachAsync(id, Device(1), default))).ShouldBeOfType<DomainWrite.Released>();
        Clock.Advance(TimeSpan.FromMinutes(1));
        await WithDomainsAsync(s => s.DestroyAsync(id, default));

        var history = (await ReadAsync(r => r.HistoryAsync(id, null, 50, default))).ShouldNotBeNull();

        history.Items.Select(e => (e.Kind, e.Device, e.Outcome, e.At - start)).ShouldBe(
        [
            (AssignmentEventKind.Assigned, Device(1), AssignmentOutcome.Assigned, TimeSpan.Zero),
            (AssignmentEventKind.Assigned, Device(2), AssignmentOutcome.Assigned, TimeSpan.FromMinutes(1)),
            (AssignmentEventKind.Refused, Device(3), AssignmentOutcome.Refused, TimeSpan.FromMinutes(2)),
            (AssignmentEventKind.Released, Device(1), AssignmentOutcome.Assigned, TimeSpan.FromMinutes(3)),
            (AssignmentEventKind.Released, Device(2), AssignmentOutcome.Assigned, TimeSpan.FromMinutes(4)),
        ]);
        history.Items.ShouldAllBe(e => e.DomainId == id && e.DomainName == "vm-1" && e.Host == "xen-1" && e.Request == null);
        history.Items.Single(e => e.Kind == AssignmentEventKind.Refused).Id.ShouldBe(refused.RefusalId);
        refused.Outcome.Findings.ShouldContain(f => f.Code == FindingCodes.DeviceBusy && f.Message.Contains(other.Id.ToString()));
        history.LastId.ShouldBeNull();
        var destroyed = (await ReadAsync(r => r.FindAsync(id, default))).ShouldNotBeNull();
        destroyed.State.ShouldBe(DomainState.Destroyed);
        destroyed.Devices.ShouldBeEmpty();
        destroyed.DestroyedAt.ShouldBe(start.AddMinutes(4));
    }

    private Task<DomainWrite> AttachAsync(Guid id, PciAddress device) =>
        WithDomainsAsync(s => s.AttachAsync(id, new DeviceRequest(device), key: null, record: _ => null, default));
}
