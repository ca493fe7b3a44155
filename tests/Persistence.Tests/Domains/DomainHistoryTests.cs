using Placement.Domain.Domains;
using Placement.Domain.Layout;
using Placement.Domain.Pci;
using Placement.Domain.UseCases;
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
        var other = (await CreateAsync("vm-0", Request(Device(3)))).ShouldBeOfType<CreateOutcome.Created>().Domain;
        var id = (await CreateAsync("vm-1", Request(Device(1)))).ShouldBeOfType<CreateOutcome.Created>().Domain.Id;
        Clock.Advance(TimeSpan.FromMinutes(1));
        (await AttachAsync(id, Device(2))).ShouldBeOfType<HotplugOutcome.Attached>();
        Clock.Advance(TimeSpan.FromMinutes(1));
        var refused = (await AttachAsync(id, Device(3))).ShouldBeOfType<HotplugOutcome.Refused>();
        Clock.Advance(TimeSpan.FromMinutes(1));
        (await WithDomainsAsync(s => s.UnplugAsync(id, Device(1), default))).ShouldBeOfType<UnplugOutcome.Released>();
        Clock.Advance(TimeSpan.FromMinutes(1));
        await WithDomainsAsync(s => s.DestroyAsync(id, default));

        var history = (await ReadAsync(r => r.HistoryAsync(id, null, 50, default))).ShouldNotBeNull();

        history.Items.Select(e => (e.Kind, e.Device, e.Outcome, e.At - start)).ShouldBe(
        [
            (AssignmentEventKind.Assigned, Device(1), AssignmentOutcome.Assigned, TimeSpan.Zero),
            (AssignmentEventKind.Assigned, Device(2), AssignmentOutcome.Assigned, TimeSpan.FromMinutes(1)),
            (AssignmentEventKind.Refused, Device(3), AssignmentOutcome.Refused, TimeSpan.FromMinutes(2)),
            (AssignmentEventKind.Released, Device(1), (AssignmentOutcome?)null, TimeSpan.FromMinutes(3)),
            (AssignmentEventKind.Released, Device(2), null, TimeSpan.FromMinutes(4)),
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

    private async Task<HotplugOutcome> AttachAsync(Guid id, PciAddress device) =>
        ((Keyed<HotplugOutcome>.Answered)await WithDomainsAsync(s => s.HotplugAsync(id, new DeviceRequest(device), key: null, default))).Outcome;
}
