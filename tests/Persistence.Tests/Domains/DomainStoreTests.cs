using Placement.Domain.Layout;
using Placement.Domain.UseCases;

namespace Placement.Persistence.Tests.Domains;

public sealed class DomainStoreTests : DomainTest
{
    [Fact]
    public async Task Create_ThenFind_ReadBackEqualsWhatCreateReturned()
    {
        await SaveHostAsync();
        // Every host RMRR reserved and left in RAM (relaxed, boundary above it): findings, dropped entries and a warned device.
        var request = new X86Request(
            4096,
            new List<DeviceRequest> { new(Device(0), RdmPolicy.Relaxed), new(Device(1)) },
            Strategy: RdmStrategy.Host,
            GlobalPolicy: RdmPolicy.Relaxed,
            RdmMemBoundaryMiB: 4096);

        var created = (await CreateAsync("vm-1", request)).ShouldBeOfType<CreateOutcome.Created>().Domain;
        var found = await ReadAsync(r => r.FindAsync(created.Id, default));

        created.Findings.ShouldNotBeEmpty();
        created.Devices.Select(d => d.Outcome).ShouldBe([AssignmentOutcome.AssignedWithWarnings, AssignmentOutcome.Assigned]);
        found.ShouldNotBeNull().ShouldBeEquivalentTo(created);
        found.Request.ShouldBeEquivalentTo(request);
    }

    [Fact]
    public async Task Create_DeviceOfLiveDomainThenOfDestroyedOne_RefusedBusyThenAssigned()
    {
        await SaveHostAsync();
        var holder = (await CreateAsync("vm-1", Request(Device(1)))).ShouldBeOfType<CreateOutcome.Created>().Domain;

        var refused = (await CreateAsync("vm-2", Request(Device(1)))).ShouldBeOfType<CreateOutcome.Refused>();
        await WithDomainsAsync(s => s.DestroyAsync(holder.Id, default));
        var created = (await CreateAsync("vm-2", Request(Device(1)))).ShouldBeOfType<CreateOutcome.Created>();

        refused.Findings.ShouldContain(f => f.Code == FindingCodes.DeviceBusy && f.Device == Device(1));
        created.Domain.Devices.ShouldHaveSingleItem().Device.ShouldBe(Device(1));
        var refusals = await ReadAsync(r => r.RefusalsAsync(Host, null, 10, default));
        refusals.Items.ShouldHaveSingleItem().Id.ShouldBe(refused.RefusalId);
    }

    [Fact]
    public async Task Create_SixteenParallelWantingOneDevice_OneCreatedRestRefusedBusy()
    {
        await SaveHostAsync();

        var writes = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => CreateAsync($"vm-{i}", Request(Device(2))))));

        var winner = writes.OfType<CreateOutcome.Created>().ShouldHaveSingleItem().Domain.Id;
        writes.OfType<CreateOutcome.Refused>().Count().ShouldBe(15);
        writes.OfType<CreateOutcome.Refused>().ShouldAllBe(r => r.Findings.Any(f => f.Code == FindingCodes.DeviceBusy));
        var usage = await ReadAsync(r => r.UsageAsync(Host, default));
        usage.OwnerOf(Device(2)).ShouldBe(winner);
    }
}
